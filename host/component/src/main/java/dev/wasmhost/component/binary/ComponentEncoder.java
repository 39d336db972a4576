package dev.wasmhost.component.binary;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Encodes a {@link Component} to bytes. Decoding the result gives an equal model; for a component decoded from
 * minimally encoded bytes (what real toolchains write) the bytes are identical.
 *
 * <pre>{@code
 * byte[] bytes = ComponentEncoder.encode(new Component(List.of(
 *     new Section.Imports(List.of(new Section.Import(ExternName.of("wasi:cli/run@0.2.3"), ...))))));
 * }</pre>
 *
 * The encoder does not validate; run the bytes through {@link ComponentDecoder#decode(byte[])} for that.
 */
public final class ComponentEncoder {
  private ComponentEncoder() {}

  public static byte[] encode(Component component) {
    Writer w = new Writer();
    component(w, component);
    return w.toByteArray();
  }

  static void component(Writer w, Component c) {
    w.bytes(WasmBinary.MAGIC).bytes(WasmBinary.COMPONENT_VERSION_AND_LAYER);
    for (Section s : c.sections()) {
      Writer body = new Writer();
      section(body, s);
      w.u8(s.id()).sized(body);
    }
  }

  private static <T> void vec(Writer w, List<T> items, BiConsumer<Writer, T> item) {
    w.u32(items.size());
    for (T t : items) {
      item.accept(w, t);
    }
  }

  private static void section(Writer w, Section s) {
    switch (s) {
      case Section.Custom c -> w.name(c.name()).bytes(c.payload().unsafeArray());
      case Section.CoreModule m -> w.bytes(m.bytes().unsafeArray());
      case Section.CoreInstances ci -> vec(w, ci.instances(), ComponentEncoder::coreInstance);
      case Section.CoreTypes ct -> vec(w, ct.types(), TypeEncoder::coreType);
      case Section.NestedComponent nc -> component(w, nc.component());
      case Section.Instances in -> vec(w, in.instances(), ComponentEncoder::instance);
      case Section.Aliases a -> vec(w, a.aliases(), ComponentEncoder::alias);
      case Section.Types t -> vec(w, t.types(), TypeEncoder::defType);
      case Section.Canons c -> vec(w, c.canons(), ComponentEncoder::canon);
      case Section.Start st -> {
        w.u32(st.func());
        vec(w, st.args(), (x, v) -> x.u32(v));
        w.u32(st.results());
      }
      case Section.Imports im -> vec(w, im.imports(), (x, i) -> {
        TypeEncoder.externName(x, i.name());
        TypeEncoder.externType(x, i.type());
      });
      case Section.Exports ex -> vec(w, ex.exports(), (x, e) -> {
        TypeEncoder.externName(x, e.name());
        e.sort().write(x);
        x.u32(e.index());
        if (e.type().isPresent()) {
          x.u8(1);
          TypeEncoder.externType(x, e.type().get());
        } else {
          x.u8(0);
        }
      });
      case Section.Values v -> vec(w, v.values(), (x, val) -> {
        TypeEncoder.valType(x, val.type());
        x.u32(val.encoding().length()).bytes(val.encoding().unsafeArray());
      });
    }
  }

  private static void coreInstance(Writer w, CoreInstance i) {
    switch (i) {
      case CoreInstance.Instantiate in -> {
        w.u8(0x00).u32(in.module());
        vec(w, in.args(), (x, a) -> x.name(a.name()).u8(0x12).u32(a.coreInstance()));
      }
      case CoreInstance.FromExports fe -> {
        w.u8(0x01);
        vec(w, fe.exports(), (x, e) -> x.name(e.name()).u8(e.sort().code()).u32(e.index()));
      }
    }
  }

  private static void instance(Writer w, Instance i) {
    switch (i) {
      case Instance.Instantiate in -> {
        w.u8(0x00).u32(in.component());
        vec(w, in.args(), (x, a) -> {
          x.name(a.name());
          a.sort().write(x);
          x.u32(a.index());
        });
      }
      case Instance.FromExports fe -> {
        w.u8(0x01);
        vec(w, fe.exports(), (x, e) -> {
          TypeEncoder.externName(x, e.name());
          e.sort().write(x);
          x.u32(e.index());
        });
      }
    }
  }

  static void alias(Writer w, Alias a) {
    a.sort().write(w);
    switch (a) {
      case Alias.InstanceExport e -> w.u8(0x00).u32(e.instance()).name(e.name());
      case Alias.CoreInstanceExport e -> w.u8(0x01).u32(e.coreInstance()).name(e.name());
      case Alias.Outer o -> w.u8(0x02).u32(o.count()).u32(o.index());
    }
  }

  private static void canon(Writer w, Canon c) {
    switch (c) {
      case Canon.Lift l -> {
        w.u8(0x00).u8(0x00).u32(l.coreFunc());
        options(w, l.options());
        w.u32(l.type());
      }
      case Canon.Lower l -> {
        w.u8(0x01).u8(0x00).u32(l.func());
        options(w, l.options());
      }
      case Canon.ResourceNew r -> w.u8(0x02).u32(r.type());
      case Canon.ResourceDrop r -> w.u8(0x03).u32(r.type());
      case Canon.ResourceRep r -> w.u8(0x04).u32(r.type());
      case Canon.Builtin b -> {
        w.u8(b.op().code());
        int next = 0;
        for (CanonOp.Imm kind : b.op().shape()) {
          switch (kind) {
            case RESULT -> {
              if (b.result().isPresent()) {
                w.u8(0x00);
                TypeEncoder.valType(w, b.result().get());
              } else {
                w.u8(0x01).u8(0x00);
              }
            }
            case OPTS -> options(w, b.options());
            case FLAG, CORE_VALTYPE -> w.u8((int) (long) b.immediates().get(next++));
            default -> w.u32(b.immediates().get(next++));
          }
        }
      }
    }
  }

  private static void options(Writer w, List<CanonOption> opts) {
    vec(w, opts, (x, o) -> {
      x.u8(o.kind().code);
      if (o.kind().target != null) {
        x.u32(o.index());
      }
    });
  }
}
