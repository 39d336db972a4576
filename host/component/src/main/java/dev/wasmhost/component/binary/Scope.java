package dev.wasmhost.component.binary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validation state of one scope (a component, component type, instance type or core module type): the index
 * spaces built so far, with what is known about each entry, so that every reference can be checked the moment
 * it is decoded, at its offset.
 */
final class Scope {
  enum Kind { COMPONENT, COMPONENT_TYPE, INSTANCE_TYPE, MODULE_TYPE }

  /** What a type (or core type) index is known to be. UNKNOWN is accepted wherever a kind is expected. */
  enum TypeKind {
    NONE, VALUE, FUNC, COMPONENT, INSTANCE, RESOURCE, UNKNOWN, CORE_FUNC, CORE_MODULE, CORE_OTHER;

    String describe() {
      return switch (this) {
        case VALUE -> "a value type";
        case FUNC -> "a func type";
        case COMPONENT -> "a component type";
        case INSTANCE -> "an instance type";
        case RESOURCE -> "a resource type";
        case CORE_FUNC -> "a core func type";
        case CORE_MODULE -> "a core module type";
        default -> "another kind of type";
      };
    }
  }

  /** An export as seen from outside: its sort and what is known about it. */
  record Member(Sort sort, Info info) {}

  /**
   * What is known about one index: the kind (for types) and, for instances, modules, components and
   * component/instance types, their exports by name ({@code null} when not known); for components and
   * component types also the imports an instantiation must supply.
   */
  record Info(TypeKind kind, Map<String, Member> exports, Map<String, Sort> imports) {
    Info(TypeKind kind, Map<String, Member> exports) {
      this(kind, exports, null);
    }

    static final Info NONE = new Info(TypeKind.NONE, null);
    static final Info UNKNOWN = new Info(TypeKind.UNKNOWN, null);
  }

  static final int MAX_DEPTH = 100;

  final Kind kind;
  final Scope parent;
  final int depth;
  private final Map<Sort, List<Info>> spaces = new EnumMap<>(Sort.class);
  /** Value types of this scope that transitively contain a {@code borrow} (not allowed in results). */
  final Set<Integer> borrowingTypes = new HashSet<>();
  private final Set<String> importNames = new HashSet<>();
  private final Set<String> exportNames = new HashSet<>();

  Scope(Kind kind, Scope parent, int offset) {
    this.kind = kind;
    this.parent = parent;
    this.depth = parent == null ? 0 : parent.depth + 1;
    if (depth > MAX_DEPTH) {
      throw Reader.fail(offset, "components and types are nested more than " + MAX_DEPTH + " levels deep");
    }
    for (Sort s : Sort.values()) {
      spaces.put(s, new ArrayList<>());
    }
  }

  int size(Sort sort) {
    return spaces.get(sort).size();
  }

  void add(Sort sort, Info info) {
    spaces.get(sort).add(info);
  }

  /** Checks that {@code index} exists in {@code sort} and returns what is known about it. */
  Info check(Sort sort, long index, int offset, String what) {
    List<Info> space = spaces.get(sort);
    if (index < 0 || index >= space.size()) {
      int n = space.size();
      throw Reader.fail(offset, what + " refers to " + sort + " " + index + ", but only " + n + " "
          + (n == 1 ? sort + " is" : sort.plural() + " are") + " defined");
    }
    return space.get((int) index);
  }

  /** Checks a type index and that it is of the expected kind (or of a kind this decoder cannot tell). */
  Info checkType(Sort sort, long index, TypeKind expected, int offset, String what) {
    Info info = check(sort, index, offset, what);
    if (info.kind() != expected && info.kind() != TypeKind.UNKNOWN) {
      throw Reader.fail(offset, what + " refers to " + sort + " " + index + ", which is " + info.kind().describe()
          + ", not " + expected.describe());
    }
    return info;
  }

  /** The scope {@code count} levels out (0 is this one). */
  Scope outer(long count, int offset) {
    Scope s = this;
    for (long i = 0; i < count; i++) {
      s = s.parent;
      if (s == null) {
        throw Reader.fail(offset, "outer alias goes out " + count + " scopes, but only " + depth
            + " enclosing scopes exist");
      }
    }
    return s;
  }

  void uniqueImport(String name, int offset) {
    if (!importNames.add(name)) {
      throw Reader.fail(offset, "duplicate import name \"" + name + "\"");
    }
  }

  void uniqueExport(String name, int offset) {
    if (!exportNames.add(name)) {
      throw Reader.fail(offset, "duplicate export name \"" + name + "\"");
    }
  }

  /** What an index introduced by an import or export of this extern type is known to be. */
  Info infoOf(ExternType type) {
    return switch (type) {
      case ExternType.Module m -> spaces.get(Sort.CORE_TYPE).get(m.coreType());
      case ExternType.Func f -> Info.NONE;
      case ExternType.Value v -> Info.NONE;
      case ExternType.TypeEq t -> spaces.get(Sort.TYPE).get(t.type());
      case ExternType.TypeSubResource r -> new Info(TypeKind.RESOURCE, null);
      case ExternType.Component c -> spaces.get(Sort.TYPE).get(c.type());
      case ExternType.Instance i -> spaces.get(Sort.TYPE).get(i.type());
    };
  }
}
