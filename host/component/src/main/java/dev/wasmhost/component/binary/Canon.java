package dev.wasmhost.component.binary;

import java.util.List;
import java.util.Optional;

/** A canonical definition: lift and lower adapters and the built-in core functions. */
public sealed interface Canon extends Definition {
  /** The sort of the function this definition adds: {@link Sort#FUNC} for lift, else {@link Sort#CORE_FUNC}. */
  default Sort definedSort() {
    return this instanceof Lift ? Sort.FUNC : Sort.CORE_FUNC;
  }

  /** {@code (canon lift coreFunc opts (type t))}. */
  record Lift(int coreFunc, List<CanonOption> options, int type) implements Canon {}

  /** {@code (canon lower func opts (core func))}. */
  record Lower(int func, List<CanonOption> options) implements Canon {}

  record ResourceNew(int type) implements Canon {}

  record ResourceDrop(int type) implements Canon {}

  record ResourceRep(int type) implements Canon {}

  /**
   * Any other built-in (async, streams, futures, error contexts, waitable sets, threads). {@code immediates}
   * are its integer immediates in binary order as {@link CanonOp#shape()} lists them; {@code result} is set only
   * for {@code task.return} (empty there meaning no result); {@code options} only for ops that take them.
   */
  record Builtin(CanonOp op, List<Long> immediates, Optional<ValType> result, List<CanonOption> options)
      implements Canon {}
}
