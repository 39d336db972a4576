package dev.wasmhost.component.binary;

/** The type of an import or export: which sort it is and which type (or bound) describes it. */
public sealed interface ExternType {
  /** The sort an import or export of this type adds an index to. */
  Sort sort();

  record Module(int coreType) implements ExternType {
    public Sort sort() {
      return Sort.CORE_MODULE;
    }
  }

  record Func(int type) implements ExternType {
    public Sort sort() {
      return Sort.FUNC;
    }
  }

  /** {@code (value (eq i))} when {@code valueIndex >= 0} (then {@code type} is null), else {@code (value t)}. */
  record Value(int valueIndex, ValType type) implements ExternType {
    public Sort sort() {
      return Sort.VALUE;
    }
  }

  /** {@code (type (eq i))}. */
  record TypeEq(int type) implements ExternType {
    public Sort sort() {
      return Sort.TYPE;
    }
  }

  /** {@code (type (sub resource))}: a fresh abstract resource type. */
  record TypeSubResource() implements ExternType {
    public Sort sort() {
      return Sort.TYPE;
    }
  }

  record Component(int type) implements ExternType {
    public Sort sort() {
      return Sort.COMPONENT;
    }
  }

  record Instance(int type) implements ExternType {
    public Sort sort() {
      return Sort.INSTANCE;
    }
  }
}
