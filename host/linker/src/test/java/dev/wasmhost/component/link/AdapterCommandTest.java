package dev.wasmhost.component.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * hello-command.wasm: a preview 1 program wrapped by {@code jco new} with the preview 1 command adapter, which
 * imports WASI 0.2.12 interfaces; served here by a small WASI 0.2.0 host written for this test (the real one
 * lives in capabilities/wasi). Functions the program must not reach fail the test when called.
 */
class AdapterCommandTest {
  private static final String V = "@0.2.0";
  private static final int BAD_DESCRIPTOR = 3;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final List<String> calls = new ArrayList<>();
  private final ResourceType outputStream = new ResourceType("output-stream");
  private final ResourceType inputStream = new ResourceType("input-stream");
  private final List<Integer> dropped = new ArrayList<>();

  /** Thrown by wasi:cli/exit#exit. */
  static final class Exit extends RuntimeException {
    final int status;

    Exit(int status) {
      super("exit " + status);
      this.status = status;
    }
  }

  /** When set, writes to stdout fail with stream-error closed. */
  private boolean stdoutClosed;

  private ByteArrayOutputStream stream(Value self) {
    int rep = ((Value.HandleValue) self).rep();
    return rep == 1 ? stdout : rep == 2 ? stderr : null;
  }

  private Linker host(Map<String, String> env) {
    HostFunction unexpected = (cx, a) -> {
      throw new AssertionError("the program should not call " + cx.importName());
    };
    Value ok = new Value.ResultValue(true, Optional.empty());
    return new Linker()
        .defineResource("wasi:io/streams" + V, "output-stream", outputStream, dropped::add)
        .defineResource("wasi:io/streams" + V, "input-stream", inputStream, dropped::add)
        .define("wasi:cli/environment" + V, "get-environment", (cx, a) -> {
          calls.add("get-environment");
          return Optional.of(new Value.ListValue(env.entrySet().stream().<Value>map(e -> new Value.TupleValue(
              List.of(new Value.StringValue(e.getKey()), new Value.StringValue(e.getValue())))).toList()));
        })
        .define("wasi:cli/exit" + V, "exit", (cx, a) -> {
          throw new Exit(((Value.ResultValue) a.get(0)).ok() ? 0 : 1);
        })
        .define("wasi:cli/stdin" + V, "get-stdin", (cx, a) -> Optional.of(new Value.HandleValue(inputStream, 0, true)))
        .define("wasi:cli/stdout" + V, "get-stdout",
            (cx, a) -> Optional.of(new Value.HandleValue(outputStream, 1, true)))
        .define("wasi:cli/stderr" + V, "get-stderr",
            (cx, a) -> Optional.of(new Value.HandleValue(outputStream, 2, true)))
        .define("wasi:io/streams" + V, "[method]output-stream.check-write",
            (cx, a) -> Optional.of(new Value.ResultValue(true, Optional.of(new Value.IntValue(Type.Primitive.U64,
                4096)))))
        .define("wasi:io/streams" + V, "[method]output-stream.write", (cx, a) -> {
          calls.add("write");
          if (stdoutClosed) {
            return Optional.of(new Value.ResultValue(false, Optional.of(new Value.VariantValue(1, Optional.empty()))));
          }
          for (Value b : ((Value.ListValue) a.get(1)).values()) {
            stream(a.get(0)).write((int) ((Value.IntValue) b).value());
          }
          return Optional.of(ok);
        })
        .define("wasi:io/streams" + V, "[method]output-stream.blocking-write-and-flush", (cx, a) -> {
          calls.add("blocking-write-and-flush");
          if (stdoutClosed) {
            return Optional.of(new Value.ResultValue(false, Optional.of(new Value.VariantValue(1, Optional.empty()))));
          }
          for (Value b : ((Value.ListValue) a.get(1)).values()) {
            stream(a.get(0)).write((int) ((Value.IntValue) b).value());
          }
          return Optional.of(ok);
        })
        .define("wasi:io/streams" + V, "[method]output-stream.blocking-flush", (cx, a) -> Optional.of(ok))
        .define("wasi:filesystem/types" + V, "[method]descriptor.write-via-stream", unexpected)
        .define("wasi:filesystem/types" + V, "[method]descriptor.append-via-stream", unexpected)
        .define("wasi:filesystem/types" + V, "[method]descriptor.get-type", (cx, a) -> Optional.of(
            new Value.ResultValue(false, Optional.of(new Value.EnumValue(BAD_DESCRIPTOR)))))
        .define("wasi:filesystem/types" + V, "[method]descriptor.stat", unexpected)
        .define("wasi:filesystem/types" + V, "filesystem-error-code",
            (cx, a) -> Optional.of(new Value.OptionValue(Optional.empty())))
        .define("wasi:filesystem/preopens" + V, "get-directories",
            (cx, a) -> Optional.of(new Value.ListValue(List.of())));
  }

  private int run() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("../../conformance/components/wasm/hello-command.wasm"));
    var engine = new ComponentEngine(new EndiveEngine(EngineKind.INTERPRETER, null));
    return ComponentRunner.runCommand(engine, bytes, host(Map.of("A", "1", "B", "2")),
        t -> t instanceof Exit e ? OptionalInt.of(e.status) : OptionalInt.empty(), null);
  }

  @Test
  void aFailedWriteMakesTheProgramExitThroughWasiCliExit() throws Exception {
    stdoutClosed = true;
    // fd_write fails, the program calls proc_exit(1), the adapter calls wasi:cli/exit#exit(err).
    assertThat(run()).isEqualTo(1);
    assertThat(stdout.size()).isZero();
  }

  @Test
  void preview1ProgramThroughTheAdapterPrintsToStdout() throws Exception {
    int status = run();
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("hello from a component\n");
    assertThat(stderr.size()).isZero();
    assertThat(status).isZero();
    assertThat(calls).contains("get-environment");
  }
}
