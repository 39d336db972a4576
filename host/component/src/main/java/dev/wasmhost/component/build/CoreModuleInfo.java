package dev.wasmhost.component.build;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the component builder needs to know about a core module: its function types, its function imports and its
 * exports. Only the type, import and export sections are read; validation is left to the engine.
 */
record CoreModuleInfo(List<FuncType> types, List<FuncImport> imports, List<Export> exports) {
  /** Value types as their binary codes: 0x7f i32, 0x7e i64, 0x7d f32, 0x7c f64. */
  record FuncType(List<Integer> params, List<Integer> results) {}

  record FuncImport(String module, String name, FuncType type) {}

  /** {@code kind}: 0 func, 1 table, 2 memory, 3 global, 4 tag. */
  record Export(String name, int kind, int index) {}

  static CoreModuleInfo read(byte[] module) {
    In in = new In(module);
    if (module.length < 8 || in.u32le() != 0x6d736100 || in.u32le() != 1) {
      throw new ComponentBuildException("not a core WebAssembly module (bad header)");
    }
    List<FuncType> types = new ArrayList<>();
    List<FuncImport> imports = new ArrayList<>();
    List<Export> exports = new ArrayList<>();
    while (in.pos < module.length) {
      int id = in.u8();
      int size = in.leb();
      int end = in.pos + size;
      switch (id) {
        case 1 -> {
          for (int n = in.leb(), i = 0; i < n; i++) {
            if (in.u8() != 0x60) {
              throw new ComponentBuildException("the core module uses GC types, which the builder does not support");
            }
            types.add(new FuncType(in.valTypes(), in.valTypes()));
          }
        }
        case 2 -> {
          for (int n = in.leb(), i = 0; i < n; i++) {
            String mod = in.name();
            String name = in.name();
            int kind = in.u8();
            if (kind != 0) {
              throw new ComponentBuildException("the core module imports " + mod + "." + name
                  + ", which is not a function; a component's core module may import only functions");
            }
            imports.add(new FuncImport(mod, name, types.get(in.leb())));
          }
        }
        case 7 -> {
          for (int n = in.leb(), i = 0; i < n; i++) {
            String name = in.name();
            int kind = in.u8();
            exports.add(new Export(name, kind, in.leb()));
          }
        }
        default -> {}
      }
      in.pos = end;
    }
    return new CoreModuleInfo(types, imports, exports);
  }

  boolean exports(String name, int kind) {
    return exports.stream().anyMatch(e -> e.name().equals(name) && e.kind() == kind);
  }

  private static final class In {
    final byte[] b;
    int pos;

    In(byte[] b) {
      this.b = b;
    }

    int u8() {
      if (pos >= b.length) {
        throw new ComponentBuildException("the core module is truncated at byte " + pos);
      }
      return b[pos++] & 0xff;
    }

    int u32le() {
      return u8() | u8() << 8 | u8() << 16 | u8() << 24;
    }

    int leb() {
      int result = 0;
      for (int shift = 0; ; shift += 7) {
        int x = u8();
        result |= (x & 0x7f) << shift;
        if ((x & 0x80) == 0) {
          return result;
        }
      }
    }

    String name() {
      int n = leb();
      String s = new String(b, pos, n, StandardCharsets.UTF_8);
      pos += n;
      return s;
    }

    List<Integer> valTypes() {
      List<Integer> out = new ArrayList<>();
      for (int n = leb(), i = 0; i < n; i++) {
        out.add(u8());
      }
      return out;
    }
  }
}
