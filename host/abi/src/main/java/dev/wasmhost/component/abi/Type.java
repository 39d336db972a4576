package dev.wasmhost.component.abi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resolved component-model value type: no type indices, no names to look up. Records compare by
 * structure; resources compare by identity of their {@link ResourceType}.
 *
 * <pre>{@code
 * Type point = new Type.RecordType(List.of(
 *     new Type.Field("x", Type.Primitive.S32), new Type.Field("y", Type.Primitive.S32)));
 * }</pre>
 */
public sealed interface Type {

    /** The scalar types plus {@code string}. */
    enum Primitive implements Type {
        BOOL, S8, U8, S16, U16, S32, U32, S64, U64, F32, F64, CHAR, STRING;

        /** The WIT spelling, e.g. {@code u32}. */
        public String witName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether this is one of the eight integer types. */
        public boolean isInteger() {
            return switch (this) {
                case S8, U8, S16, U16, S32, U32, S64, U64 -> true;
                default -> false;
            };
        }

        /** Whether this integer type is signed (false for non-integers). */
        public boolean isSigned() {
            return this == S8 || this == S16 || this == S32 || this == S64;
        }

        /** Width in bits of an integer type (0 for non-integers). */
        public int bits() {
            return switch (this) {
                case S8, U8 -> 8;
                case S16, U16 -> 16;
                case S32, U32 -> 32;
                case S64, U64 -> 64;
                default -> 0;
            };
        }
    }

    /** {@code list<element>}. */
    record ListType(Type element) implements Type {
        public ListType {
            Objects.requireNonNull(element, "element");
        }
    }

    /** A named field of a record. */
    record Field(String name, Type type) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code record { fields }}, at least one field. */
    record RecordType(List<Field> fields) implements Type {
        public RecordType {
            fields = List.copyOf(fields);
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("a record type needs at least one field");
            }
        }
    }

    /** {@code tuple<types>}, at least one element. */
    record TupleType(List<Type> types) implements Type {
        public TupleType {
            types = List.copyOf(types);
            if (types.isEmpty()) {
                throw new IllegalArgumentException("a tuple type needs at least one element");
            }
        }
    }

    /** A case of a variant, with an optional payload type. */
    record Case(String name, Optional<Type> type) {
        public Case {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code variant { cases }}, at least one case. */
    record VariantType(List<Case> cases) implements Type {
        public VariantType {
            cases = List.copyOf(cases);
            if (cases.isEmpty()) {
                throw new IllegalArgumentException("a variant type needs at least one case");
            }
        }
    }

    /** {@code enum { names }}, at least one name. */
    record EnumType(List<String> names) implements Type {
        public EnumType {
            names = List.copyOf(names);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("an enum type needs at least one case");
            }
        }
    }

    /** {@code option<type>}. */
    record OptionType(Type type) implements Type {
        public OptionType {
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code result<ok, error>}; either side may be absent. */
    record ResultType(Optional<Type> ok, Optional<Type> error) implements Type {
        public ResultType {
            Objects.requireNonNull(ok, "ok");
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * {@code flags { names }}, at least one name. More than 32 names are stored as several 32-bit
     * words (the original canonical ABI rule; newer spec revisions cap flags at 32).
     */
    record FlagsType(List<String> names) implements Type {
        public FlagsType {
            names = List.copyOf(names);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("a flags type needs at least one flag");
            }
        }
    }

    /** {@code own<resource>}. */
    record OwnType(ResourceType resource) implements Type {
        public OwnType {
            Objects.requireNonNull(resource, "resource");
        }
    }

    /** {@code borrow<resource>}. */
    record BorrowType(ResourceType resource) implements Type {
        public BorrowType {
            Objects.requireNonNull(resource, "resource");
        }
    }
}
