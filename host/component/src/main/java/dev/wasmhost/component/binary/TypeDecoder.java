package dev.wasmhost.component.binary;

import dev.wasmhost.component.binary.Scope.Info;
import dev.wasmhost.component.binary.Scope.Member;
import dev.wasmhost.component.binary.Scope.TypeKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Decodes and validates component types, value types and extern types. */
final class TypeDecoder {
  private TypeDecoder() {}

  static ValType valType(Reader r, Scope sc) {
    int at = r.pos();
    int b = r.peek("value type");
    if ((b & 0xc0) == 0x40) {
      r.u8("value type");
      PrimType p = PrimType.of(b);
      if (p == null) {
        throw Reader.fail(at, String.format("unknown value type 0x%02x", b));
      }
      return p;
    }
    long idx = r.s33("value type index");
    if (idx < 0) {
      throw Reader.fail(at, "unknown value type " + idx);
    }
    sc.checkType(Sort.TYPE, idx, TypeKind.VALUE, at, "value type");
    return new ValType.Ref((int) idx);
  }

  static boolean present(Reader r, String what) {
    int at = r.pos();
    int b = r.u8(what);
    if (b > 1) {
      throw Reader.fail(at, String.format("expected 0x00 or 0x01 for %s, found 0x%02x", what, b));
    }
    return b == 1;
  }

  static Optional<ValType> optionalValType(Reader r, Scope sc) {
    return present(r, "optional value type") ? Optional.of(valType(r, sc)) : Optional.empty();
  }

  /** Decodes one type definition and adds it to the type index space of {@code sc}. */
  static DefType defType(Reader r, Scope sc) {
    int at = r.pos();
    int b = r.peek("type definition");
    DefType t;
    Info info;
    switch (b) {
      case 0x40, 0x43 -> {
        t = funcType(r, sc);
        info = new Info(TypeKind.FUNC, null);
      }
      case 0x41, 0x42 -> {
        r.u8("type opcode");
        boolean component = b == 0x41;
        Scope inner = new Scope(component ? Scope.Kind.COMPONENT_TYPE : Scope.Kind.INSTANCE_TYPE, sc, at);
        Map<String, Member> exports = new LinkedHashMap<>();
        Map<String, Sort> imports = new LinkedHashMap<>();
        List<Decl> decls = decls(r, inner, exports, imports);
        t = component ? new DefType.ComponentType(decls) : new DefType.InstanceType(decls);
        info = new Info(component ? TypeKind.COMPONENT : TypeKind.INSTANCE, exports, component ? imports : null);
      }
      case 0x3f -> {
        r.u8("type opcode");
        if (sc.kind != Scope.Kind.COMPONENT) {
          throw Reader.fail(at, "resource types cannot be defined inside a component or instance type");
        }
        int repAt = r.pos();
        int rep = r.u8("resource representation");
        if (rep != 0x7f) {
          throw Reader.fail(repAt, String.format("resource representation must be i32 (0x7f), found 0x%02x", rep));
        }
        OptionalInt dtor = OptionalInt.empty();
        if (present(r, "resource destructor")) {
          int fAt = r.pos();
          int f = r.u32("destructor index");
          sc.check(Sort.CORE_FUNC, f, fAt, "resource destructor");
          dtor = OptionalInt.of(f);
        }
        t = new DefType.Resource(rep, dtor);
        info = new Info(TypeKind.RESOURCE, null);
      }
      default -> {
        DefType.ValueType v = valueType(r, sc);
        if (containsBorrow(v, sc)) {
          sc.borrowingTypes.add(sc.size(Sort.TYPE));
        }
        t = v;
        info = new Info(TypeKind.VALUE, null);
      }
    }
    sc.add(Sort.TYPE, info);
    return t;
  }

  private static DefType.Func funcType(Reader r, Scope sc) {
    boolean async = r.u8("func type opcode") == 0x43;
    int n = r.count("parameter");
    List<DefType.Field> params = new ArrayList<>(n);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      params.add(field(r, sc, seen, "parameter"));
    }
    int at = r.pos();
    int tag = r.u8("result list");
    Optional<ValType> result;
    if (tag == 0x00) {
      result = Optional.of(valType(r, sc));
    } else if (tag == 0x01) {
      int z = r.u8("result list");
      if (z != 0x00) {
        throw Reader.fail(at + 1, String.format("named results are no longer supported: expected 0x00, found 0x%02x", z));
      }
      result = Optional.empty();
    } else {
      throw Reader.fail(at, String.format("expected result list 0x00 or 0x01, found 0x%02x", tag));
    }
    if (result.isPresent() && borrows(result.get(), sc)) {
      throw Reader.fail(at, "function result type contains a borrow handle; results may only own resources");
    }
    return new DefType.Func(async, List.copyOf(params), result);
  }

  private static boolean borrows(ValType t, Scope sc) {
    return t instanceof ValType.Ref ref && sc.borrowingTypes.contains(ref.index());
  }

  private static boolean borrows(Optional<ValType> t, Scope sc) {
    return t.isPresent() && borrows(t.get(), sc);
  }

  /** Whether a value type holds a borrow, directly or through a type of this scope known to hold one. */
  private static boolean containsBorrow(DefType.ValueType v, Scope sc) {
    return switch (v) {
      case DefType.Borrow b -> true;
      case DefType.Record rec -> rec.fields().stream().anyMatch(f -> borrows(f.type(), sc));
      case DefType.Variant var -> var.cases().stream().anyMatch(c -> borrows(c.type(), sc));
      case DefType.ListOf l -> borrows(l.element(), sc);
      case DefType.FixedList l -> borrows(l.element(), sc);
      case DefType.Tuple tu -> tu.types().stream().anyMatch(x -> borrows(x, sc));
      case DefType.Option o -> borrows(o.type(), sc);
      case DefType.Result res -> borrows(res.ok(), sc) || borrows(res.error(), sc);
      case DefType.Stream st -> borrows(st.element(), sc);
      case DefType.Future f -> borrows(f.element(), sc);
      case DefType.MapOf m -> borrows(m.key(), sc) || borrows(m.value(), sc);
      case PrimType p -> false;
      case DefType.Flags f -> false;
      case DefType.Enum e -> false;
      case DefType.Own o -> false;
    };
  }

  private static String label(Reader r, Set<String> seen, String what) {
    int at = r.pos();
    String l = r.name(what + " label");
    if (l.isEmpty()) {
      throw Reader.fail(at, what + " label is empty");
    }
    if (!seen.add(l)) {
      throw Reader.fail(at, "duplicate " + what + " label \"" + l + "\"");
    }
    return l;
  }

  private static DefType.Field field(Reader r, Scope sc, Set<String> seen, String what) {
    String l = label(r, seen, what);
    return new DefType.Field(l, valType(r, sc));
  }

  private static int nonEmptyCount(Reader r, String what) {
    int at = r.pos();
    int n = r.count(what);
    if (n == 0) {
      throw Reader.fail(at, what + " list must not be empty");
    }
    return n;
  }

  private static DefType.ValueType valueType(Reader r, Scope sc) {
    int at = r.pos();
    int b = r.u8("type opcode");
    PrimType p = PrimType.of(b);
    if (p != null) {
      return p;
    }
    Set<String> seen = new HashSet<>();
    switch (b) {
      case 0x72 -> {
        int n = nonEmptyCount(r, "record field");
        List<DefType.Field> fs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          fs.add(field(r, sc, seen, "record field"));
        }
        return new DefType.Record(List.copyOf(fs));
      }
      case 0x71 -> {
        int n = nonEmptyCount(r, "variant case");
        List<DefType.Case> cs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          String l = label(r, seen, "variant case");
          Optional<ValType> t = optionalValType(r, sc);
          int zAt = r.pos();
          int z = r.u8("variant case");
          if (z != 0x00) {
            throw Reader.fail(zAt, String.format("variant case must end with 0x00, found 0x%02x", z));
          }
          cs.add(new DefType.Case(l, t));
        }
        return new DefType.Variant(List.copyOf(cs));
      }
      case 0x70 -> {
        return new DefType.ListOf(valType(r, sc));
      }
      case 0x67 -> {
        ValType e = valType(r, sc);
        int lenAt = r.pos();
        int len = r.u32("fixed list length");
        if (len == 0) {
          throw Reader.fail(lenAt, "fixed-length list must have a length above 0");
        }
        return new DefType.FixedList(e, len);
      }
      case 0x6f -> {
        int n = nonEmptyCount(r, "tuple type");
        List<ValType> ts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          ts.add(valType(r, sc));
        }
        return new DefType.Tuple(List.copyOf(ts));
      }
      case 0x6e, 0x6d -> {
        String what = b == 0x6e ? "flags" : "enum";
        int nAt = r.pos();
        int n = nonEmptyCount(r, what);
        if (b == 0x6e && n > 32) {
          throw Reader.fail(nAt, "flags type has " + n + " flags; at most 32 are allowed");
        }
        List<String> ls = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          ls.add(label(r, seen, what));
        }
        return b == 0x6e ? new DefType.Flags(List.copyOf(ls)) : new DefType.Enum(List.copyOf(ls));
      }
      case 0x6b -> {
        return new DefType.Option(valType(r, sc));
      }
      case 0x6a -> {
        Optional<ValType> ok = optionalValType(r, sc);
        return new DefType.Result(ok, optionalValType(r, sc));
      }
      case 0x69, 0x68 -> {
        int iAt = r.pos();
        int i = r.u32("resource type index");
        sc.checkType(Sort.TYPE, i, TypeKind.RESOURCE, iAt, b == 0x69 ? "own handle" : "borrow handle");
        return b == 0x69 ? new DefType.Own(i) : new DefType.Borrow(i);
      }
      case 0x66 -> {
        return new DefType.Stream(optionalValType(r, sc));
      }
      case 0x65 -> {
        return new DefType.Future(optionalValType(r, sc));
      }
      case 0x63 -> {
        ValType k = valType(r, sc);
        return new DefType.MapOf(k, valType(r, sc));
      }
      default -> throw Reader.fail(at, String.format("unknown type opcode 0x%02x", b));
    }
  }

  /** Declarators of a component type (imports allowed) or instance type, validated in {@code inner}. */
  private static List<Decl> decls(Reader r, Scope inner, Map<String, Member> exports, Map<String, Sort> imports) {
    int n = r.count("declarator");
    List<Decl> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int at = r.pos();
      int tag = r.u8("declarator");
      switch (tag) {
        case 0x00 -> out.add(new Decl.CoreTypeDecl(CoreTypeDecoder.coreType(r, inner)));
        case 0x01 -> out.add(new Decl.TypeDecl(defType(r, inner)));
        case 0x02 -> out.add(new Decl.AliasDecl(ComponentDecoder.alias(r, inner, true)));
        case 0x03, 0x04 -> {
          if (tag == 0x03 && inner.kind != Scope.Kind.COMPONENT_TYPE) {
            throw Reader.fail(at, "instance types cannot declare imports");
          }
          int nameAt = r.pos();
          ExternName name = ExternDecoder.externName(r);
          ExternType type = ExternDecoder.externType(r, inner);
          Info info = inner.infoOf(type);
          inner.add(type.sort(), info);
          if (tag == 0x03) {
            inner.uniqueImport(name.name(), nameAt);
            imports.put(name.name(), type.sort());
            out.add(new Decl.ImportDecl(name, type));
          } else {
            inner.uniqueExport(name.name(), nameAt);
            exports.put(name.name(), new Member(type.sort(), info));
            out.add(new Decl.ExportDecl(name, type));
          }
        }
        default -> throw Reader.fail(at, String.format("unknown declarator 0x%02x", tag));
      }
    }
    return List.copyOf(out);
  }
}
