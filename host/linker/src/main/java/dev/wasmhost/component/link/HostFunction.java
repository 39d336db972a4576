package dev.wasmhost.component.link;

import dev.wasmhost.component.abi.Value;
import java.util.List;
import java.util.Optional;

/**
 * A host implementation of one imported component function. Arguments arrive lifted (handles as
 * {@code HandleValue} carrying the resource's rep); the result is lowered into the calling guest.
 *
 * <pre>{@code
 * linker.define("wasi:cli/environment@0.2.0", "get-arguments",
 *     (cx, args) -> Optional.of(new Value.ListValue(List.of(new Value.StringValue("prog")))));
 * }</pre>
 */
@FunctionalInterface
public interface HostFunction {
  Optional<Value> call(HostContext cx, List<Value> args);
}
