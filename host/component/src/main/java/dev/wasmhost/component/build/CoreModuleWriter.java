package dev.wasmhost.component.build;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
    Out m = header();
    m.section(1, typeSection(types));
    Out funcs = new Out().leb(types.size());
    for (int i = 0; i < types.size(); i++) {
      funcs.leb(i);
    }
    m.section(3, funcs);
    m.section(4, new Out().leb(1).u8(FUNCREF).u8(0).leb(types.size()));
    Out exports = new Out().leb(types.size() + 1);
    for (int i = 0; i < types.size(); i++) {
      exports.name(Integer.toString(i)).u8(0).leb(i);
    }
    exports.name(TABLE).u8(1).leb(0);
    m.section(7, exports);
    Out code = new Out().leb(types.size());
    for (int i = 0; i < types.size(); i++) {
      Out body = new Out().leb(0);
      for (int p = 0; p < types.get(i).params().size(); p++) {
        body.u8(0x20).leb(p); // local.get p
      }
      body.u8(0x41).sleb(i); // i32.const i
      body.u8(0x11).leb(i).leb(0); // call_indirect (type i) (table 0)
      body.u8(0x0b);
      code.leb(body.size()).bytes(body);
    }
    m.section(10, code);
    return m.toByteArray();
  }

  /** Imports the shim's table and the lowered functions ({@code ""."0"}...) and puts them in slots 0..n-1. */
  static byte[] fixup(List<CoreModuleInfo.FuncType> types) {
    Out m = header();
    m.section(1, typeSection(types));
    Out imports = new Out().leb(types.size() + 1);
    for (int i = 0; i < types.size(); i++) {
      imports.name("").name(Integer.toString(i)).u8(0).leb(i);
    }
    imports.name("").name(TABLE).u8(1).u8(FUNCREF).u8(0).leb(types.size());
    m.section(2, imports);
    Out elements = new Out().leb(1).leb(0).u8(0x41).sleb(0).u8(0x0b).leb(types.size());
    for (int i = 0; i < types.size(); i++) {
      elements.leb(i);
    }
    m.section(9, elements);
    return m.toByteArray();
  }

  private static Out header() {
    return new Out().bytes(new byte[] {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00});
  }

  private static Out typeSection(List<CoreModuleInfo.FuncType> types) {
    Out out = new Out().leb(types.size());
    for (CoreModuleInfo.FuncType t : types) {
      out.u8(0x60).leb(t.params().size());
      t.params().forEach(out::u8);
      out.leb(t.results().size());
      t.results().forEach(out::u8);
    }
    return out;
  }

  private static final class Out {
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

    Out u8(int b) {
      buf.write(b);
      return this;
    }

    Out leb(long v) {
      do {
        int b = (int) (v & 0x7f);
        v >>>= 7;
        buf.write(v != 0 ? b | 0x80 : b);
      } while (v != 0);
      return this;
    }

    Out sleb(long v) {
      while (true) {
        int b = (int) (v & 0x7f);
        v >>= 7;
        boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
        buf.write(done ? b : b | 0x80);
        if (done) {
          return this;
        }
      }
    }

    Out name(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      leb(b.length);
      buf.writeBytes(b);
      return this;
    }

    Out bytes(byte[] b) {
      buf.writeBytes(b);
      return this;
    }

    Out bytes(Out o) {
      return bytes(o.toByteArray());
    }

    Out section(int id, Out body) {
      u8(id);
      leb(body.size());
      return bytes(body);
    }

    int size() {
      return buf.size();
    }

    byte[] toByteArray() {
      return buf.toByteArray();
    }
  }
}
