package dev.wasmhost.component.binary;

import dev.wasmhost.component.binary.Scope.TypeKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Decodes and validates import/export names and extern types. */
final class ExternDecoder {
  private ExternDecoder() {}

  static ExternName externName(Reader r) {
    int at = r.pos();
    int form = r.u8("name");
    if (form > 0x02) {
      throw Reader.fail(at, String.format("unknown import/export name form 0x%02x", form));
    }
    String name = r.name("import/export name");
    if (name.isEmpty()) {
      throw Reader.fail(at + 1, "import/export name is empty");
    }
    if (form < 0x02) {
      return new ExternName(form, name, List.of());
    }
    int n = r.count("name attribute");
    List<ExternName.Attribute> attrs = new ArrayList<>(n);
    Set<Integer> kinds = new HashSet<>();
    for (int i = 0; i < n; i++) {
      int aAt = r.pos();
      int kind = r.u8("name attribute");
      if (kind > 0x02) {
        throw Reader.fail(aAt, String.format("unknown name attribute 0x%02x", kind));
      }
      if (!kinds.add(kind)) {
        throw Reader.fail(aAt, "name attribute " + kind + " appears twice on \"" + name + "\"");
      }
      attrs.add(new ExternName.Attribute(kind, r.name("name attribute")));
    }
    return new ExternName(form, name, List.copyOf(attrs));
  }

  static ExternType externType(Reader r, Scope sc) {
    int at = r.pos();
    int tag = r.u8("extern type");
    int iAt = r.pos() + (tag == 0x00 ? 1 : 0);
    switch (tag) {
      case 0x00 -> {
        int s = r.u8("extern type");
        if (s != 0x11) {
          throw Reader.fail(at + 1, String.format("core extern type must be a module (0x11), found 0x%02x", s));
        }
        int i = r.u32("core type index");
        sc.checkType(Sort.CORE_TYPE, i, TypeKind.CORE_MODULE, iAt, "module import/export");
        return new ExternType.Module(i);
      }
      case 0x01 -> {
        int i = r.u32("type index");
        sc.checkType(Sort.TYPE, i, TypeKind.FUNC, iAt, "func import/export");
        return new ExternType.Func(i);
      }
      case 0x02 -> {
        int b = r.u8("value bound");
        if (b == 0x00) {
          int v = r.u32("value index");
          sc.check(Sort.VALUE, v, iAt + 1, "value bound");
          return new ExternType.Value(v, null);
        }
        if (b == 0x01) {
          return new ExternType.Value(-1, TypeDecoder.valType(r, sc));
        }
        throw Reader.fail(iAt, String.format("unknown value bound 0x%02x", b));
      }
      case 0x03 -> {
        int b = r.u8("type bound");
        if (b == 0x00) {
          int t = r.u32("type index");
          sc.check(Sort.TYPE, t, iAt + 1, "type bound");
          return new ExternType.TypeEq(t);
        }
        if (b == 0x01) {
          return new ExternType.TypeSubResource();
        }
        throw Reader.fail(iAt, String.format("unknown type bound 0x%02x", b));
      }
      case 0x04 -> {
        int i = r.u32("type index");
        sc.checkType(Sort.TYPE, i, TypeKind.COMPONENT, iAt, "component import/export");
        return new ExternType.Component(i);
      }
      case 0x05 -> {
        int i = r.u32("type index");
        sc.checkType(Sort.TYPE, i, TypeKind.INSTANCE, iAt, "instance import/export");
        return new ExternType.Instance(i);
      }
      default -> throw Reader.fail(at, String.format("unknown extern type 0x%02x", tag));
    }
  }
}
