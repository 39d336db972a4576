package dev.wasmhost.component.binary;

import java.util.List;

/** An entry of a core type section: a core function type, a raw GC rec group, or a module type. */
public sealed interface CoreType extends Definition {
  /**
   * A core value type: {@code code} is the opcode (0x7f i32 ... 0x7b v128, 0x63/0x64 ref null/ref,
   * or an abbreviated reference type); {@code heapType} is the signed heap type after 0x63/0x64.
   */
  record ValType(int code, long heapType) {
    static final long NO_HEAP_TYPE = Long.MIN_VALUE;
  }

  /** {@code (func (param ...) (result ...))}, opcode 0x60. */
  record Func(List<ValType> params, List<ValType> results) implements CoreType {}

  /**
   * A WebAssembly 3.0 (GC) rec group or sub type, kept as its encoded bytes; it defines
   * {@code typeCount} core types.
   */
  record Gc(Bytes encoding, int typeCount) implements CoreType {}

  /** {@code (module decl*)}. */
  record Module(List<ModuleDecl> decls) implements CoreType {}

  /**
   * A core extern type: kind 0x00 func, 0x01 table, 0x02 memory, 0x03 global, 0x04 tag;
   * {@code descriptor} is its encoding after the kind byte, {@code typeIndex} the core type for func and tag.
   */
  record ExternType(int kind, Bytes descriptor, int typeIndex) {}

  sealed interface ModuleDecl {}

  record Import(String module, String name, ExternType type) implements ModuleDecl {}

  record TypeDecl(CoreType type) implements ModuleDecl {}

  /** {@code (alias outer count index (type))}. */
  record OuterTypeAlias(int count, int index) implements ModuleDecl {}

  record Export(String name, ExternType type) implements ModuleDecl {}
}
