package dev.wasmhost.component.link;

import run.endive.runtime.GlobalInstance;
import run.endive.runtime.TableInstance;
import run.endive.runtime.WasmFunctionHandle;
import run.endive.wasm.types.FunctionType;

/** A core item at run time: what a core func/table/memory/global index of a component refers to. */
sealed interface CoreExtern {
  /**
   * A core function. {@code type} is its core signature where known (exports of Endive instances, lowered
   * functions); built-ins without a fixed signature take the one the importing module declares.
   */
  record Func(FunctionType type, WasmFunctionHandle handle) implements CoreExtern {
    private static final long[] NONE = new long[0];

    /** Calls the function; a function without results gives an empty array (Endive gives null). */
    long[] call(long... args) {
      long[] results = handle.apply(null, args);
      return results == null ? NONE : results;
    }
  }

  record Table(TableInstance table) implements CoreExtern {}

  record Memory(run.endive.runtime.Memory memory) implements CoreExtern {}

  record Global(GlobalInstance global) implements CoreExtern {}

  default String kind() {
    return switch (this) {
      case Func f -> "func";
      case Table t -> "table";
      case Memory m -> "memory";
      case Global g -> "global";
    };
  }
}
