package dev.wasmhost.component.link;

import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.Value;
import java.util.List;
import java.util.Optional;

/** A component-level function at run time: a host function or a lifted guest export. */
interface Func {
  FuncType type();

  /** Calls with lifted arguments; returns the result value (empty when the type has none). */
  Optional<Value> call(List<Value> args);
}
