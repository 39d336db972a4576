package dev.wasmhost.component.link;

import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.binary.DefType;
import dev.wasmhost.component.binary.PrimType;
import dev.wasmhost.component.binary.ValType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One type index space (of a component, or of an instance or component type declaration) and the conversion of
 * its entries from the decoder's index-based types to the canonical ABI's resolved {@link Type}s.
 */
final class TypeScope {
  /** What a type index refers to. */
  sealed interface Entry {}

  /** A resource type: one {@link ResourceType} per definition (or per host resource an import is bound to). */
  record Resource(ResourceType type) implements Entry {}

  /** A type defined by {@code def}, whose indices refer to {@code scope}. */
  record Defined(DefType def, TypeScope scope) implements Entry {}

  private final TypeScope parent;
  private final String path;
  private final List<Entry> entries = new ArrayList<>();
  private final Map<Defined, Type> converted = new IdentityHashMap<>();

  TypeScope(TypeScope parent, String path) {
    this.parent = parent;
    this.path = path;
  }

  void add(Entry e) {
    entries.add(e);
  }

  int size() {
    return entries.size();
  }

  Entry entry(int index, String what) {
    if (index < 0 || index >= entries.size()) {
      throw LinkException.invalid(path + ": " + what + " refers to type " + index + ", but only " + entries.size()
          + " types are defined");
    }
    return entries.get(index);
  }

  TypeScope outer(int count, String what) {
    TypeScope s = this;
    for (int i = 0; i < count; i++) {
      s = s.parent;
      if (s == null) {
        throw LinkException.invalid(path + ": " + what + " goes out " + count + " scopes, past the outermost");
      }
    }
    return s;
  }

  /** The function type at {@code index}. */
  FuncType funcType(int index, String what) {
    Entry e = entry(index, what);
    if (e instanceof Defined d && d.def() instanceof DefType.Func f) {
      return d.scope().funcType(f);
    }
    throw LinkException.invalid(path + ": " + what + " refers to type " + index + ", which is not a function type");
  }

  FuncType funcType(DefType.Func f) {
    if (f.async()) {
      throw LinkException.unsupported(path + ": async function types");
    }
    List<FuncType.Param> params = new ArrayList<>();
    for (DefType.Field p : f.params()) {
      params.add(new FuncType.Param(p.label(), valueType(p.type())));
    }
    return new FuncType(params, f.result().map(this::valueType));
  }

  /** The resource type at {@code index}. */
  ResourceType resource(int index, String what) {
    if (entry(index, what) instanceof Resource r) {
      return r.type();
    }
    throw LinkException.invalid(path + ": " + what + " refers to type " + index + ", which is not a resource type");
  }

  Type valueType(ValType v) {
    return switch (v) {
      case PrimType p -> primitive(p);
      case ValType.Ref r -> {
        Entry e = entry(r.index(), "a value type");
        if (e instanceof Defined d && d.def() instanceof DefType.ValueType) {
          yield d.scope().convert(d);
        }
        throw LinkException.invalid(path + ": type " + r.index() + " is used as a value type but is not one");
      }
    };
  }

  private Type convert(Defined d) {
    Type t = converted.get(d);
    if (t == null) {
      t = convert((DefType.ValueType) d.def());
      converted.put(d, t);
    }
    return t;
  }

  private Type convert(DefType.ValueType v) {
    return switch (v) {
      case PrimType p -> primitive(p);
      case DefType.Record r -> new Type.RecordType(
          r.fields().stream().map(f -> new Type.Field(f.label(), valueType(f.type()))).toList());
      case DefType.Variant x -> new Type.VariantType(
          x.cases().stream().map(c -> new Type.Case(c.label(), c.type().map(this::valueType))).toList());
      case DefType.ListOf l -> new Type.ListType(valueType(l.element()));
      case DefType.Tuple t -> new Type.TupleType(t.types().stream().map(this::valueType).toList());
      case DefType.Flags f -> new Type.FlagsType(f.labels());
      case DefType.Enum e -> new Type.EnumType(e.labels());
      case DefType.Option o -> new Type.OptionType(valueType(o.type()));
      case DefType.Result r -> new Type.ResultType(r.ok().map(this::valueType), r.error().map(this::valueType));
      case DefType.Own o -> new Type.OwnType(resource(o.resourceType(), "own"));
      case DefType.Borrow b -> new Type.BorrowType(resource(b.resourceType(), "borrow"));
      case DefType.FixedList f -> throw unsupportedType("fixed-size list");
      case DefType.Stream s -> throw unsupportedType("stream");
      case DefType.Future f -> throw unsupportedType("future");
      case DefType.MapOf m -> throw unsupportedType("map");
    };
  }

  private LinkException unsupportedType(String what) {
    return LinkException.unsupported(path + ": " + what + " types (component-model async and later features)");
  }

  private Type primitive(PrimType p) {
    if (p == PrimType.ERROR_CONTEXT) {
      throw unsupportedType("error-context");
    }
    // The binary format's and the ABI's primitive types have the same names.
    return Type.Primitive.valueOf(p.name());
  }
}
