package dev.wasmhost.component.binary;

import dev.wasmhost.component.binary.Scope.Info;
import dev.wasmhost.component.binary.Scope.Member;
import dev.wasmhost.component.binary.Scope.TypeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes core types as they appear in components: function types, GC rec groups (kept raw) and module types. */
final class CoreTypeDecoder {
  private CoreTypeDecoder() {}

  /** Decodes one core type and adds the type(s) it defines to the core type index space of {@code sc}. */
  static CoreType coreType(Reader r, Scope sc) {
    int at = r.pos();
    int b = r.peek("core type");
    switch (b) {
      case 0x60 -> {
        r.u8("core type");
        CoreType.Func f = funcBody(r);
        sc.add(Sort.CORE_TYPE, new Info(TypeKind.CORE_FUNC, null));
        return f;
      }
      case 0x50 -> {
        r.u8("core type");
        if (sc.kind == Scope.Kind.MODULE_TYPE) {
          throw Reader.fail(at, "module types cannot be defined inside a module type");
        }
        Scope inner = new Scope(Scope.Kind.MODULE_TYPE, sc, at);
        Map<String, Member> exports = new LinkedHashMap<>();
        CoreType.Module m = new CoreType.Module(moduleDecls(r, inner, exports));
        sc.add(Sort.CORE_TYPE, new Info(TypeKind.CORE_MODULE, exports));
        return m;
      }
      case 0x00, 0x4e, 0x4f, 0x5f, 0x5e -> {
        int n = gcTypes(r);
        byte[] raw = Arrays.copyOfRange(r.array(), at, r.pos());
        for (int i = 0; i < n; i++) {
          sc.add(Sort.CORE_TYPE, new Info(TypeKind.CORE_OTHER, null));
        }
        return new CoreType.Gc(Bytes.wrap(raw), n);
      }
      default -> throw Reader.fail(at, String.format("unknown core type opcode 0x%02x", b));
    }
  }

  private static CoreType.Func funcBody(Reader r) {
    int n = r.count("core parameter");
    List<CoreType.ValType> ps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ps.add(valType(r));
    }
    int m = r.count("core result");
    List<CoreType.ValType> rs = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      rs.add(valType(r));
    }
    return new CoreType.Func(List.copyOf(ps), List.copyOf(rs));
  }

  static CoreType.ValType valType(Reader r) {
    int at = r.pos();
    int b = r.u8("core value type");
    if (b >= 0x7b && b <= 0x7f) {
      return new CoreType.ValType(b, CoreType.ValType.NO_HEAP_TYPE);
    }
    if (b == 0x63 || b == 0x64) {
      return new CoreType.ValType(b, r.s33("heap type"));
    }
    if (b >= 0x69 && b <= 0x74) {
      return new CoreType.ValType(b, CoreType.ValType.NO_HEAP_TYPE);
    }
    throw Reader.fail(at, String.format("unknown core value type 0x%02x", b));
  }

  /** Skips a GC rec group or sub type, checking its structure; returns how many types it defines. */
  private static int gcTypes(Reader r) {
    if (r.peek("core type") == 0x4e) {
      r.u8("rec group");
      int n = r.count("rec group member");
      for (int i = 0; i < n; i++) {
        subType(r, true);
      }
      return n;
    }
    subType(r, false);
    return 1;
  }

  private static void subType(Reader r, boolean inRecGroup) {
    int at = r.pos();
    int b = r.u8("sub type");
    if (b == 0x00) {
      int p = r.u8("sub type");
      if (p != 0x50) {
        throw Reader.fail(at + 1, String.format("expected 0x50 after 0x00 in a core sub type, found 0x%02x", p));
      }
      b = 0x50;
    } else if (b == 0x50 && !inRecGroup) {
      throw Reader.fail(at, "a top-level non-final core sub type must be written 0x00 0x50");
    }
    if (b == 0x50 || b == 0x4f) {
      int n = r.count("super type");
      for (int i = 0; i < n; i++) {
        r.u32("super type index");
      }
      at = r.pos();
      b = r.u8("composite type");
    }
    switch (b) {
      case 0x60 -> funcBody(r);
      case 0x5f -> {
        int n = r.count("struct field");
        for (int i = 0; i < n; i++) {
          fieldType(r);
        }
      }
      case 0x5e -> fieldType(r);
      default -> throw Reader.fail(at, String.format("unknown core composite type 0x%02x", b));
    }
  }

  private static void fieldType(Reader r) {
    int b = r.peek("storage type");
    if (b == 0x78 || b == 0x77) {
      r.u8("storage type");
    } else {
      valType(r);
    }
    TypeDecoder.present(r, "field mutability");
  }

  private static List<CoreType.ModuleDecl> moduleDecls(Reader r, Scope inner, Map<String, Member> exports) {
    int n = r.count("module declarator");
    List<CoreType.ModuleDecl> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int at = r.pos();
      int tag = r.u8("module declarator");
      switch (tag) {
        case 0x00 -> {
          String module = r.name("import module name");
          String name = r.name("import name");
          out.add(new CoreType.Import(module, name, externType(r, inner)));
        }
        case 0x01 -> out.add(new CoreType.TypeDecl(coreType(r, inner)));
        case 0x02 -> {
          int s = r.u8("core alias sort");
          int k = r.u8("core alias kind");
          if (s != 0x10 || k != 0x01) {
            throw Reader.fail(at + 1, String.format(
                "module types may only alias outer core types (0x10 0x01), found 0x%02x 0x%02x", s, k));
          }
          int ctAt = r.pos();
          int ct = r.u32("outer count");
          int idxAt = r.pos();
          int idx = r.u32("outer index");
          Scope target = inner.outer(ct, ctAt);
          Info info = target.check(Sort.CORE_TYPE, idx, idxAt, "outer alias");
          if (info.kind() == TypeKind.CORE_MODULE) {
            throw Reader.fail(idxAt, "module types cannot alias a module type (core type " + idx + ")");
          }
          inner.add(Sort.CORE_TYPE, info);
          out.add(new CoreType.OuterTypeAlias(ct, idx));
        }
        case 0x03 -> {
          int nameAt = r.pos();
          String name = r.name("export name");
          inner.uniqueExport(name, nameAt);
          CoreType.ExternType t = externType(r, inner);
          exports.put(name, new Member(coreSortOf(t.kind()), Info.NONE));
          out.add(new CoreType.Export(name, t));
        }
        default -> throw Reader.fail(at, String.format("unknown module declarator 0x%02x", tag));
      }
    }
    return List.copyOf(out);
  }

  static Sort coreSortOf(int externKind) {
    return Sort.core(externKind);
  }

  /** Decodes a core extern type; func and tag type indices are checked against {@code sc}'s core types. */
  static CoreType.ExternType externType(Reader r, Scope sc) {
    int at = r.pos();
    int kind = r.u8("core extern type");
    int start = r.pos();
    int typeIndex = -1;
    switch (kind) {
      case 0x00 -> {
        typeIndex = r.u32("core type index");
        sc.checkType(Sort.CORE_TYPE, typeIndex, TypeKind.CORE_FUNC, start, "core func import/export");
      }
      case 0x01 -> {
        CoreType.ValType t = valType(r);
        if (t.code() < 0x63 || t.code() > 0x74) {
          throw Reader.fail(start, "core table element type must be a reference type");
        }
        limits(r);
      }
      case 0x02 -> limits(r);
      case 0x03 -> {
        valType(r);
        TypeDecoder.present(r, "global mutability");
      }
      case 0x04 -> {
        int z = r.u8("tag attribute");
        if (z != 0x00) {
          throw Reader.fail(start, String.format("core tag attribute must be 0x00, found 0x%02x", z));
        }
        int tAt = r.pos();
        typeIndex = r.u32("core type index");
        sc.checkType(Sort.CORE_TYPE, typeIndex, TypeKind.CORE_FUNC, tAt, "core tag import/export");
      }
      default -> throw Reader.fail(at, String.format("unknown core extern type 0x%02x", kind));
    }
    return new CoreType.ExternType(kind, Bytes.wrap(Arrays.copyOfRange(r.array(), start, r.pos())), typeIndex);
  }

  private static void limits(Reader r) {
    int at = r.pos();
    int flags = r.u8("limits");
    if (flags > 0x07) {
      throw Reader.fail(at, String.format("unknown limits flags 0x%02x", flags));
    }
    r.u64("limits minimum");
    if ((flags & 1) != 0) {
      r.u64("limits maximum");
    }
  }
}
