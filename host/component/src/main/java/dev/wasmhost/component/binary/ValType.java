package dev.wasmhost.component.binary;

/** A component value type as used in signatures: a primitive or a reference into the type index space. */
public sealed interface ValType permits PrimType, ValType.Ref {
  /** A reference to a defined value type, by type index. */
  record Ref(int index) implements ValType {}
}
