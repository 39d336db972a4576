package dev.wasmhost.component.bindgen.runtime;

import dev.wasmhost.component.abi.Value;
import java.util.List;
import java.util.Optional;

/**
 * Calls one function of an interface a component exports, by its component-model name
 * ({@code run}, {@code [method]counter.add}, {@code [resource-drop]counter}). Generated proxies
 * call through this; the linker provides it for a component instance.
 */
@FunctionalInterface
public interface Invoker {
  Optional<Value> call(String function, List<Value> args);
}
