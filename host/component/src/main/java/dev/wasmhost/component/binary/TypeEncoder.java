package dev.wasmhost.component.binary;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Encodes types, extern types and names; the inverse of {@link TypeDecoder} and {@link CoreTypeDecoder}. */
final class TypeEncoder {
  private TypeEncoder() {}

  private static <T> void vec(Writer w, List<T> items, BiConsumer<Writer, T> item) {
    w.u32(items.size());
    for (T t : items) {
      item.accept(w, t);
    }
  }

  static void valType(Writer w, ValType t) {
    switch (t) {
      case PrimType p -> w.u8(p.code());
      case ValType.Ref r -> w.s33(r.index());
    }
  }

  private static void optional(Writer w, Optional<ValType> t) {
    if (t.isPresent()) {
      w.u8(1);
      valType(w, t.get());
    } else {
      w.u8(0);
    }
  }

  private static void field(Writer w, DefType.Field f) {
    w.name(f.label());
    valType(w, f.type());
  }

  static void defType(Writer w, DefType t) {
    switch (t) {
      case PrimType p -> w.u8(p.code());
      case DefType.Record r -> {
        w.u8(0x72);
        vec(w, r.fields(), TypeEncoder::field);
      }
      case DefType.Variant v -> {
        w.u8(0x71);
        vec(w, v.cases(), (x, c) -> {
          x.name(c.label());
          optional(x, c.type());
          x.u8(0x00);
        });
      }
      case DefType.ListOf l -> valType(w.u8(0x70), l.element());
      case DefType.FixedList l -> {
        valType(w.u8(0x67), l.element());
        w.u32(l.length());
      }
      case DefType.Tuple tu -> {
        w.u8(0x6f);
        vec(w, tu.types(), TypeEncoder::valType);
      }
      case DefType.Flags f -> {
        w.u8(0x6e);
        vec(w, f.labels(), Writer::name);
      }
      case DefType.Enum e -> {
        w.u8(0x6d);
        vec(w, e.labels(), Writer::name);
      }
      case DefType.Option o -> valType(w.u8(0x6b), o.type());
      case DefType.Result r -> {
        w.u8(0x6a);
        optional(w, r.ok());
        optional(w, r.error());
      }
      case DefType.Own o -> w.u8(0x69).u32(o.resourceType());
      case DefType.Borrow b -> w.u8(0x68).u32(b.resourceType());
      case DefType.Stream s -> optional(w.u8(0x66), s.element());
      case DefType.Future f -> optional(w.u8(0x65), f.element());
      case DefType.MapOf m -> {
        valType(w.u8(0x63), m.key());
        valType(w, m.value());
      }
      case DefType.Func f -> {
        w.u8(f.async() ? 0x43 : 0x40);
        vec(w, f.params(), TypeEncoder::field);
        if (f.result().isPresent()) {
          valType(w.u8(0x00), f.result().get());
        } else {
          w.u8(0x01).u8(0x00);
        }
      }
      case DefType.ComponentType c -> {
        w.u8(0x41);
        vec(w, c.decls(), TypeEncoder::decl);
      }
      case DefType.InstanceType i -> {
        w.u8(0x42);
        vec(w, i.decls(), TypeEncoder::decl);
      }
      case DefType.Resource r -> {
        w.u8(0x3f).u8(r.rep());
        if (r.destructor().isPresent()) {
          w.u8(1).u32(r.destructor().getAsInt());
        } else {
          w.u8(0);
        }
      }
    }
  }

  private static void decl(Writer w, Decl d) {
    switch (d) {
      case Decl.CoreTypeDecl c -> coreType(w.u8(0x00), c.type());
      case Decl.TypeDecl t -> defType(w.u8(0x01), t.type());
      case Decl.AliasDecl a -> ComponentEncoder.alias(w.u8(0x02), a.alias());
      case Decl.ImportDecl i -> {
        externName(w.u8(0x03), i.name());
        externType(w, i.type());
      }
      case Decl.ExportDecl e -> {
        externName(w.u8(0x04), e.name());
        externType(w, e.type());
      }
    }
  }

  static void externName(Writer w, ExternName n) {
    w.u8(n.form()).name(n.name());
    if (n.form() == 0x02) {
      vec(w, n.attributes(), (x, a) -> x.u8(a.kind()).name(a.value()));
    }
  }

  static void externType(Writer w, ExternType t) {
    switch (t) {
      case ExternType.Module m -> w.u8(0x00).u8(0x11).u32(m.coreType());
      case ExternType.Func f -> w.u8(0x01).u32(f.type());
      case ExternType.Value v -> {
        w.u8(0x02);
        if (v.valueIndex() >= 0) {
          w.u8(0x00).u32(v.valueIndex());
        } else {
          valType(w.u8(0x01), v.type());
        }
      }
      case ExternType.TypeEq e -> w.u8(0x03).u8(0x00).u32(e.type());
      case ExternType.TypeSubResource r -> w.u8(0x03).u8(0x01);
      case ExternType.Component c -> w.u8(0x04).u32(c.type());
      case ExternType.Instance i -> w.u8(0x05).u32(i.type());
    }
  }

  static void coreValType(Writer w, CoreType.ValType t) {
    w.u8(t.code());
    if (t.code() == 0x63 || t.code() == 0x64) {
      w.s33(t.heapType());
    }
  }

  static void coreType(Writer w, CoreType t) {
    switch (t) {
      case CoreType.Func f -> {
        w.u8(0x60);
        vec(w, f.params(), TypeEncoder::coreValType);
        vec(w, f.results(), TypeEncoder::coreValType);
      }
      case CoreType.Gc g -> w.bytes(g.encoding().unsafeArray());
      case CoreType.Module m -> {
        w.u8(0x50);
        vec(w, m.decls(), (x, d) -> {
          switch (d) {
            case CoreType.Import i -> coreExtern(x.u8(0x00).name(i.module()).name(i.name()), i.type());
            case CoreType.TypeDecl td -> coreType(x.u8(0x01), td.type());
            case CoreType.OuterTypeAlias a -> x.u8(0x02).u8(0x10).u8(0x01).u32(a.count()).u32(a.index());
            case CoreType.Export e -> coreExtern(x.u8(0x03).name(e.name()), e.type());
          }
        });
      }
    }
  }

  private static void coreExtern(Writer w, CoreType.ExternType t) {
    w.u8(t.kind()).bytes(t.descriptor().unsafeArray());
  }
}
