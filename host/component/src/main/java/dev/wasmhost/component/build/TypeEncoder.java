package dev.wasmhost.component.build;

import dev.wasmhost.component.binary.DefType;
import dev.wasmhost.component.binary.PrimType;
import dev.wasmhost.component.binary.ValType;
import dev.wasmhost.component.wit.Function;
import dev.wasmhost.component.wit.Primitive;
import dev.wasmhost.component.wit.Type;
import dev.wasmhost.component.wit.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns WIT types into component binary types inside one scope (an instance type's declarations, or the component
 * itself). Named types defined elsewhere come from {@link Scope#foreign}; structural types are defined on demand.
 */
final class TypeEncoder {
  /** Where types go and how names defined elsewhere are reached. */
  interface Scope {
    /** Appends a type definition and returns its index. */
    int define(DefType type);

    /** Gives a WIT named type of this scope its name (an export of the type), returning the named index. */
    int name(TypeDef def, int definition);

    /** Declares a resource of this scope, returning its index. */
    int resource(TypeDef def);

    /** The index of a named type owned by another interface. */
    int foreign(TypeDef def);

    /** Whether {@code def} belongs to this scope (else it is foreign). */
    boolean owns(TypeDef def);
  }

  private final Scope scope;
  private final Map<TypeDef, Integer> named = new HashMap<>();

  TypeEncoder(Scope scope) {
    this.scope = scope;
  }

  /** The index {@link #named} gave {@code def}, or null if it has not been used. */
  Integer known(TypeDef def) {
    return named.get(def);
  }

  /** The index of a named type, defining it (and what it refers to) on first use. */
  int named(TypeDef def) {
    Integer known = named.get(def);
    if (known != null) {
      return known;
    }
    int index;
    if (!scope.owns(def)) {
      index = scope.foreign(def);
    } else {
      index = switch (def.kind()) {
        case TypeDef.Resource r -> scope.resource(def);
        case TypeDef.Alias a -> a.target() instanceof Type.Named(TypeDef target) && !scope.owns(target)
            ? scope.name(def, scope.foreign(target))
            : scope.name(def, indexOf(valType(a.target())));
        case TypeDef.Record r -> scope.name(def, scope.define(new DefType.Record(
            r.fields().stream().map(f -> new DefType.Field(f.name(), valType(f.type()))).toList())));
        case TypeDef.Variant v -> scope.name(def, scope.define(new DefType.Variant(v.cases().stream()
            .map(c -> new DefType.Case(c.name(), Optional.ofNullable(c.payload()).map(this::valType))).toList())));
        case TypeDef.Enum e -> scope.name(def, scope.define(new DefType.Enum(
            e.cases().stream().map(TypeDef.Label::name).toList())));
        case TypeDef.Flags f -> scope.name(def, scope.define(new DefType.Flags(
            f.flags().stream().map(TypeDef.Label::name).toList())));
      };
    }
    named.put(def, index);
    return index;
  }

  private int indexOf(ValType vt) {
    return vt instanceof ValType.Ref(int index) ? index : scope.define((PrimType) vt);
  }

  ValType valType(Type type) {
    return switch (type) {
      case Primitive p -> primitive(p);
      case Type.Named(TypeDef def) -> new ValType.Ref(named(def));
      case Type.ListOf l -> ref(new DefType.ListOf(valType(l.element())));
      case Type.FixedListOf l -> ref(new DefType.FixedList(valType(l.element()), l.size()));
      case Type.OptionOf o -> ref(new DefType.Option(valType(o.some())));
      case Type.ResultOf r -> ref(new DefType.Result(
          Optional.ofNullable(r.ok()).map(this::valType), Optional.ofNullable(r.err()).map(this::valType)));
      case Type.TupleOf t -> ref(new DefType.Tuple(t.elements().stream().map(this::valType).toList()));
      case Type.Own o -> ref(new DefType.Own(named(o.resource())));
      case Type.Borrow b -> ref(new DefType.Borrow(named(b.resource())));
      case Type.FutureOf f -> ref(new DefType.Future(Optional.ofNullable(f.payload()).map(this::valType)));
      case Type.StreamOf s -> ref(new DefType.Stream(Optional.ofNullable(s.payload()).map(this::valType)));
    };
  }

  /** The function type of {@code f} (methods take their {@code self} as the first parameter, as WIT elaborates). */
  int function(Function f) {
    List<DefType.Field> params = new ArrayList<>();
    if (f.kind() instanceof Function.Method(TypeDef resource)) {
      params.add(new DefType.Field("self", valType(new Type.Borrow(resource))));
    }
    for (Function.Param p : f.params()) {
      params.add(new DefType.Field(p.name(), valType(p.type())));
    }
    Type resultType = f.kind() instanceof Function.Constructor(TypeDef resource) && f.result() == null
        ? new Type.Own(resource) : f.result();
    Optional<ValType> result = Optional.ofNullable(resultType).map(this::valType);
    return scope.define(new DefType.Func(f.async(), params, result));
  }

  private ValType ref(DefType.ValueType type) {
    return new ValType.Ref(scope.define(type));
  }

  private static PrimType primitive(Primitive p) {
    return PrimType.valueOf(p.name());
  }

  /** Whether values of {@code type} live partly in linear memory (strings or lists somewhere inside). */
  static boolean usesMemory(Type type) {
    return switch (type) {
      case null -> false;
      case Primitive p -> p == Primitive.STRING;
      case Type.ListOf l -> true;
      case Type.FixedListOf l -> usesMemory(l.element());
      case Type.OptionOf o -> usesMemory(o.some());
      case Type.ResultOf r -> usesMemory(r.ok()) || usesMemory(r.err());
      case Type.TupleOf t -> t.elements().stream().anyMatch(TypeEncoder::usesMemory);
      case Type.Named(TypeDef def) -> switch (def.kind()) {
        case TypeDef.Alias a -> usesMemory(a.target());
        case TypeDef.Record r -> r.fields().stream().anyMatch(f -> usesMemory(f.type()));
        case TypeDef.Variant v -> v.cases().stream().anyMatch(c -> usesMemory(c.payload()));
        default -> false;
      };
      default -> false;
    };
  }

  /** How many core values {@code type} flattens to (CanonicalABI.md's flatten_type), for deciding when values spill. */
  static int flatCount(Type type) {
    return switch (type) {
      case null -> 0;
      case Primitive p -> p == Primitive.STRING ? 2 : 1;
      case Type.ListOf l -> 2;
      case Type.FixedListOf l -> l.size() * flatCount(l.element());
      case Type.OptionOf o -> 1 + flatCount(o.some());
      case Type.ResultOf r -> 1 + Math.max(flatCount(r.ok()), flatCount(r.err()));
      case Type.TupleOf t -> t.elements().stream().mapToInt(TypeEncoder::flatCount).sum();
      case Type.Named(TypeDef def) -> switch (def.kind()) {
        case TypeDef.Alias a -> flatCount(a.target());
        case TypeDef.Record r -> r.fields().stream().mapToInt(f -> flatCount(f.type())).sum();
        case TypeDef.Variant v -> 1 + v.cases().stream().mapToInt(c -> flatCount(c.payload())).max().orElse(0);
        case TypeDef.Flags f -> (f.flags().size() + 31) / 32;
        default -> 1;
      };
      default -> 1;
    };
  }
}
