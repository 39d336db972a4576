package dev.wasmhost.component.binary;

import dev.wasmhost.component.binary.Scope.Info;
import dev.wasmhost.component.binary.Scope.TypeKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Decodes and validates canonical definitions. */
final class CanonDecoder {
  private CanonDecoder() {}

  static Canon canon(Reader r, Scope sc) {
    int at = r.pos();
    int tag = r.u8("canon opcode");
    Canon c = switch (tag) {
      case 0x00 -> {
        funcSortByte(r, "lift");
        int fAt = r.pos();
        int f = r.u32("core func index");
        sc.check(Sort.CORE_FUNC, f, fAt, "canon lift");
        List<CanonOption> opts = options(r, sc);
        int tAt = r.pos();
        int t = r.u32("type index");
        sc.checkType(Sort.TYPE, t, TypeKind.FUNC, tAt, "canon lift");
        yield new Canon.Lift(f, opts, t);
      }
      case 0x01 -> {
        funcSortByte(r, "lower");
        int fAt = r.pos();
        int f = r.u32("func index");
        sc.check(Sort.FUNC, f, fAt, "canon lower");
        yield new Canon.Lower(f, options(r, sc));
      }
      case 0x02, 0x03, 0x04 -> {
        String what = tag == 0x02 ? "resource.new" : tag == 0x03 ? "resource.drop" : "resource.rep";
        int tAt = r.pos();
        int t = r.u32("type index");
        sc.checkType(Sort.TYPE, t, TypeKind.RESOURCE, tAt, "canon " + what);
        yield tag == 0x02 ? new Canon.ResourceNew(t) : tag == 0x03 ? new Canon.ResourceDrop(t) : new Canon.ResourceRep(t);
      }
      default -> {
        CanonOp op = CanonOp.of(tag);
        if (op == null) {
          throw Reader.fail(at, String.format("unknown canon opcode 0x%02x", tag));
        }
        yield builtin(op, r, sc);
      }
    };
    sc.add(c.definedSort(), Info.NONE);
    return c;
  }

  private static void funcSortByte(Reader r, String what) {
    int at = r.pos();
    int b = r.u8("canon " + what);
    if (b != 0x00) {
      throw Reader.fail(at, String.format("canon %s must be followed by 0x00 (func sort), found 0x%02x", what, b));
    }
  }

  private static Canon.Builtin builtin(CanonOp op, Reader r, Scope sc) {
    List<Long> imm = new ArrayList<>();
    Optional<ValType> result = Optional.empty();
    List<CanonOption> opts = List.of();
    String what = "canon " + op.name().toLowerCase().replace('_', '.');
    for (CanonOp.Imm kind : op.shape()) {
      int at = r.pos();
      switch (kind) {
        case FLAG -> imm.add(TypeDecoder.present(r, what + " flag") ? 1L : 0L);
        case TYPE -> imm.add((long) checked(r, sc, Sort.TYPE, at, what));
        case CORE_TYPE -> imm.add((long) checked(r, sc, Sort.CORE_TYPE, at, what));
        case CORE_TABLE -> imm.add((long) checked(r, sc, Sort.CORE_TABLE, at, what));
        case CORE_MEMORY -> imm.add((long) checked(r, sc, Sort.CORE_MEMORY, at, what));
        case CORE_VALTYPE -> {
          int t = r.u8("core value type");
          if (t != 0x7f && t != 0x7e) {
            throw Reader.fail(at, String.format("%s needs an i32 or i64 value type, found 0x%02x", what, t));
          }
          imm.add((long) t);
        }
        case U32 -> imm.add((long) r.u32(what + " immediate"));
        case RESULT -> {
          int tag = r.u8("result list");
          if (tag == 0x00) {
            result = Optional.of(TypeDecoder.valType(r, sc));
          } else if (tag != 0x01 || r.u8("result list") != 0x00) {
            throw Reader.fail(at, "malformed result list of " + what);
          }
        }
        case OPTS -> opts = options(r, sc);
      }
    }
    return new Canon.Builtin(op, List.copyOf(imm), result, opts);
  }

  private static int checked(Reader r, Scope sc, Sort sort, int at, String what) {
    int i = r.u32(sort + " index");
    sc.check(sort, i, at, what);
    return i;
  }

  static List<CanonOption> options(Reader r, Scope sc) {
    int n = r.count("canon option");
    List<CanonOption> out = new ArrayList<>(n);
    Set<CanonOption.Kind> seen = EnumSet.noneOf(CanonOption.Kind.class);
    boolean encoding = false;
    for (int i = 0; i < n; i++) {
      int at = r.pos();
      int code = r.u8("canon option");
      CanonOption.Kind kind = null;
      for (CanonOption.Kind k : CanonOption.Kind.values()) {
        if (k.code == code) {
          kind = k;
        }
      }
      if (kind == null) {
        throw Reader.fail(at, String.format("unknown canon option 0x%02x", code));
      }
      if (!seen.add(kind)) {
        throw Reader.fail(at, "canon option " + kind.name().toLowerCase() + " is given twice");
      }
      if (kind.isStringEncoding()) {
        if (encoding) {
          throw Reader.fail(at, "conflicting string encodings in canon options");
        }
        encoding = true;
      }
      int index = -1;
      if (kind.target != null) {
        int iAt = r.pos();
        index = r.u32(kind.target + " index");
        sc.check(kind.target, index, iAt, "canon option " + kind.name().toLowerCase());
      }
      out.add(new CanonOption(kind, index));
    }
    return List.copyOf(out);
  }
}
