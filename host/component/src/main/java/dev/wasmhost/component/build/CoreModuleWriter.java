package dev.wasmhost.component.build;

import dev.wasmhost.component.binary.Writer;
import java.util.List;

/**
 * Writes the two small core modules a component needs when its imports are lowered with the main module's memory:
 * the shim (exported functions that call through a table, so the main module can be instantiated first) and the
 * fixup (fills the table with the lowered functions once they exist).
 */
final class CoreModuleWriter {
  static final String TABLE = "$imports";
  private static final int FUNCREF = 0x70;

  private CoreModuleWriter() {}

  /** Function {@code i} of the shim has type {@code types.get(i)} and calls table slot {@code i}. */
  static byte[] shim(List<CoreModuleInfo.FuncType> types) {
    Writer m = header();
    section(m, 1, typeSection(types));
    Writer funcs = new Writer().u32(types.size());
    for (int i = 0; i < types.size(); i++) {
      funcs.u32(i);
    }
    section(m, 3, funcs);
    section(m, 4, new Writer().u32(1).u8(FUNCREF).u8(0).u32(types.size()));
    Writer exports = new Writer().u32(types.size() + 1);
    for (int i = 0; i < types.size(); i++) {
      exports.name(Integer.toString(i)).u8(0).u32(i);
    }
    exports.name(TABLE).u8(1).u32(0);
    section(m, 7, exports);
    Writer code = new Writer().u32(types.size());
    for (int i = 0; i < types.size(); i++) {
      Writer body = new Writer().u32(0);
      for (int p = 0; p < types.get(i).params().size(); p++) {
        body.u8(0x20).u32(p); // local.get p
      }
      body.u8(0x41).s33(i); // i32.const i
      body.u8(0x11).u32(i).u32(0); // call_indirect (type i) (table 0)
      body.u8(0x0b);
      code.sized(body);
    }
    section(m, 10, code);
    return m.toByteArray();
  }

  /** Imports the shim's table and the lowered functions ({@code ""."0"}...) and puts them in slots 0..n-1. */
  static byte[] fixup(List<CoreModuleInfo.FuncType> types) {
    Writer m = header();
    section(m, 1, typeSection(types));
    Writer imports = new Writer().u32(types.size() + 1);
    for (int i = 0; i < types.size(); i++) {
      imports.name("").name(Integer.toString(i)).u8(0).u32(i);
    }
    imports.name("").name(TABLE).u8(1).u8(FUNCREF).u8(0).u32(types.size());
    section(m, 2, imports);
    Writer elements = new Writer().u32(1).u32(0).u8(0x41).s33(0).u8(0x0b).u32(types.size());
    for (int i = 0; i < types.size(); i++) {
      elements.u32(i);
    }
    section(m, 9, elements);
    return m.toByteArray();
  }

  private static Writer header() {
    return new Writer().bytes(new byte[] {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00});
  }

  private static Writer typeSection(List<CoreModuleInfo.FuncType> types) {
    Writer out = new Writer().u32(types.size());
    for (CoreModuleInfo.FuncType t : types) {
      out.u8(0x60).u32(t.params().size());
      t.params().forEach(out::u8);
      out.u32(t.results().size());
      t.results().forEach(out::u8);
    }
    return out;
  }

  private static Writer section(Writer module, int id, Writer body) {
    return module.u8(id).sized(body);
  }
}
