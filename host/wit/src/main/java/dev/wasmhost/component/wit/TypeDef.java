package dev.wasmhost.component.wit;

import java.util.List;
import java.util.Objects;

/**
 * A named type declaration: {@code record}, {@code variant}, {@code enum}, {@code flags},
 * {@code resource}, or an alias ({@code type x = ...} or a name brought in by {@code use}).
 *
 * @param docs the doc comment, empty when there is none
 */
public record TypeDef(String name, TypeOwner owner, String docs, Gate gate, Kind kind) {
  public TypeDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(docs, "docs");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(kind, "kind");
  }

  /** Follows aliases (including {@code use}) to the declaration that is not an alias. */
  public TypeDef unaliased() {
    TypeDef def = this;
    while (def.kind instanceof Alias(Type.Named(TypeDef target))) {
      def = target;
    }
    return def;
  }

  /** What the declaration is. */
  public sealed interface Kind permits Alias, Record, Variant, Enum, Flags, Resource {}

  /** {@code type name = target}, or a {@code use}d name (then target names a foreign type). */
  public record Alias(Type target) implements Kind {}

  /** A field of a record. */
  public record Field(String name, Type type, String docs) {}

  /** {@code record name { fields }}. */
  public record Record(List<Field> fields) implements Kind {
    public Record {
      fields = List.copyOf(fields);
    }
  }

  /** A case of a variant; {@code payload} is {@code null} for a case without one. */
  public record Case(String name, Type payload, String docs) {}

  /** {@code variant name { cases }}. */
  public record Variant(List<Case> cases) implements Kind {
    public Variant {
      cases = List.copyOf(cases);
    }
  }

  /** A case of an enum or a flag of flags. */
  public record Label(String name, String docs) {}

  /** {@code enum name { cases }}. */
  public record Enum(List<Label> cases) implements Kind {
    public Enum {
      cases = List.copyOf(cases);
    }
  }

  /** {@code flags name { flags }}. */
  public record Flags(List<Label> flags) implements Kind {
    public Flags {
      flags = List.copyOf(flags);
    }
  }

  /**
   * {@code resource name}. Its constructor, methods and static functions are listed with the
   * owner's functions (kind {@link Function.Kind}), so types never refer back to themselves.
   */
  public record Resource() implements Kind {}
}
