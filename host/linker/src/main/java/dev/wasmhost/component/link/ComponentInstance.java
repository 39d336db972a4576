package dev.wasmhost.component.link;

import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.binary.ExternName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An instantiated component. Its exported functions are called by name: a function exported at the top level
 * ({@code "greet"}) or one inside an exported interface instance ({@code "wasi:cli/run@0.2.0#run"}; the
 * interface may be named without its version, {@code "wasi:cli/run#run"}).
 *
 * <pre>{@code
 * Optional<Value> r = instance.call("wasmhost:test/shapes@0.1.0#flip", List.of(new Value.EnumValue(0)));
 * }</pre>
 */
public final class ComponentInstance {
  private final Frame root;
  private final Instantiator instantiator;
  private final HostHandles held;
  /** The first trap (or exit) out of the guest, after which the instance is not entered again; null if none. */
  private String trapped;

  ComponentInstance(Frame root, Instantiator instantiator) {
    this.root = root;
    this.instantiator = instantiator;
    this.held = new HostHandles(instantiator.guestDefined());
    for (String name : functions()) {
      held.learnName(name, function(name).type());
    }
  }

  /**
   * Drops an own handle the host received from this component (e.g. from a constructor), running the
   * resource's destructor in the guest, as the guest's own {@code resource.drop} would.
   *
   * @throws IllegalArgumentException if the handle is a borrow, or one the host no longer holds (already dropped,
   *     or passed to the component as an {@code own} argument)
   */
  public void dropResource(Value.HandleValue handle) {
    if (!handle.own()) {
      throw new IllegalArgumentException("only own handles are dropped; a borrow ends with its call");
    }
    requireNotTrapped();
    held.beforeDrop(handle);
    guest(() -> {
      instantiator.destroy(handle.type(), handle.rep());
      return Optional.empty();
    });
  }

  /**
   * Calls an exported function with argument values matching its type; returns its result.
   *
   * <p>Handles of resources the component defines are checked against the own handles this instance returned
   * to the host: an {@code own} argument moves the handle into the component (the host no longer holds it), a
   * {@code borrow} lends it for the call, and a handle the host no longer holds is refused before the guest runs.
   *
   * @throws LinkException if there is no such export
   * @throws IllegalArgumentException if the number of arguments is wrong or a handle is not held by the host
   * @throws IllegalStateException if an earlier call trapped: the instance is not entered again
   * @throws dev.wasmhost.component.abi.AbiTrap if the arguments do not fit the type or the guest breaks the ABI
   */
  public Optional<Value> call(String export, List<Value> args) {
    Func f = function(export);
    if (args.size() != f.type().params().size()) {
      throw new IllegalArgumentException(export + " takes " + f.type().params().size() + " argument(s), "
          + args.size() + " given");
    }
    requireNotTrapped();
    held.beforeCall(export, f.type(), args);
    Optional<Value> result = guest(() -> f.call(args));
    held.afterCall(f.type(), result);
    return result;
  }

  /**
   * Runs guest code; a trap (or any failure but a host's bad argument) leaves the guest's state unknown, so the
   * instance is not entered again, as the component model's rule for a trapped instance has it.
   */
  private Optional<Value> guest(java.util.function.Supplier<Optional<Value>> code) {
    try {
      return code.get();
    } catch (IllegalArgumentException e) {
      throw e; // a value that does not fit its type, found while lowering the arguments
    } catch (RuntimeException | Error e) {
      trapped = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      throw e;
    }
  }

  private void requireNotTrapped() {
    if (trapped != null) {
      throw new IllegalStateException("the component instance trapped (" + trapped
          + ") and cannot be entered again; instantiate the component anew");
    }
  }

  /** Number of own handles of component-defined resources the host holds (returned to it and not yet given back). */
  public int heldHandles() {
    return held.size();
  }

  /** The type of an exported function. */
  public FuncType type(String export) {
    return function(export).type();
  }

  /** The names of the exported functions, interface functions as {@code interface#function}. */
  public List<String> functions() {
    List<String> out = new ArrayList<>();
    root.exports.forEach((name, v) -> {
      if (v instanceof Func) {
        out.add(name);
      } else if (v instanceof Frame.InstanceValue i) {
        i.exports().forEach((n, x) -> {
          if (x instanceof Func) {
            out.add(name + "#" + n);
          }
        });
      }
    });
    return out;
  }

  private Func function(String export) {
    int hash = export.indexOf('#');
    Object found;
    if (hash < 0) {
      found = lookup(root.exports, export);
    } else {
      Object inst = lookup(root.exports, export.substring(0, hash));
      found = inst instanceof Frame.InstanceValue i ? i.exports().get(export.substring(hash + 1)) : null;
    }
    if (found instanceof Func f) {
      return f;
    }
    throw LinkException.invalid("the component exports no function " + export + "; it exports "
        + String.join(", ", functions()));
  }

  /** By exact name, else by name without version. */
  private static Object lookup(Map<String, Object> exports, String name) {
    Object v = exports.get(name);
    if (v != null) {
      return v;
    }
    String wanted = ExternName.of(name).withoutVersion();
    for (var e : exports.entrySet()) {
      if (ExternName.of(e.getKey()).withoutVersion().equals(wanted)) {
        return e.getValue();
      }
    }
    return null;
  }
}
