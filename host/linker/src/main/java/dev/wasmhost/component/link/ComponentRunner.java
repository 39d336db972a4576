package dev.wasmhost.component.link;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.runtime.ExitCode;
import dev.wasmhost.runtime.GuestTrap;
import dev.wasmhost.runtime.WasmhostException;
import dev.wasmhost.runtime.GuestExecution;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Runs a {@code wasi:cli/command} component: instantiates it against a {@link Linker} and calls its
 * {@code wasi:cli/run#run} export, on a guest thread with a deep stack.
 *
 * <pre>{@code
 * int status = ComponentRunner.runCommand(engine, bytes, linker,
 *     e -> e instanceof WasiExit x ? OptionalInt.of(x.status()) : OptionalInt.empty(), null);
 * }</pre>
 */
public final class ComponentRunner {
  /** The export a command component runs. */
  public static final String RUN = "wasi:cli/run#run";

  /** Its type: {@code func() -> result}. */
  private static final FuncType RUN_TYPE =
      new FuncType(List.of(), Optional.of(new Type.ResultType(Optional.empty(), Optional.empty())));

  private ComponentRunner() {}

  /**
   * @param exitStatus recognises the host's "exit" signal (thrown by {@code wasi:cli/exit#exit}) anywhere in a
   *     thrown exception's cause chain and gives its status
   * @param timeout stop the guest after this long, or null for no limit
   * @return 0 when run returns {@code ok}, 1 when it returns {@code err}, else the status the guest exited with
   * @throws WasmhostException for link errors, traps (a canonical ABI violation is a {@link GuestTrap} too) and
   *     timeouts, each with its exit code
   */
  public static int runCommand(ComponentEngine engine, byte[] component, Linker linker,
      Function<Throwable, OptionalInt> exitStatus, Duration timeout) {
    return GuestExecution.run(() -> {
      try {
        ComponentInstance instance = linker.instantiate(engine, component);
        FuncType type = instance.type(RUN);
        if (!type.equals(RUN_TYPE)) {
          throw new WasmhostException(ExitCode.INVALID_MODULE, "invalid component: its " + RUN + " has type "
              + type + ", but a command's run is " + RUN_TYPE);
        }
        Optional<Value> result = instance.call(RUN, List.of());
        return result.isPresent() && result.get() instanceof Value.ResultValue r && r.ok() ? 0 : 1;
      } catch (RuntimeException e) {
        // The engine may wrap what host code threw; look through the causes.
        for (Throwable t = e; t != null; t = t.getCause()) {
          OptionalInt status = exitStatus.apply(t);
          if (status.isPresent()) {
            return status.getAsInt();
          }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
          if (t instanceof WasmhostException w) {
            throw w;
          }
          if (t instanceof AbiTrap trap) {
            throw new GuestTrap("guest trapped: " + trap.getMessage(), List.of(), trap);
          }
        }
        throw e;
      }
    }, timeout, engine::sourceMappedModule);
  }
}
