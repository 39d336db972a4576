package dev.wasmhost.component.abi;

import dev.wasmhost.component.abi.Type.BorrowType;
import dev.wasmhost.component.abi.Type.EnumType;
import dev.wasmhost.component.abi.Type.FlagsType;
import dev.wasmhost.component.abi.Type.ListType;
import dev.wasmhost.component.abi.Type.OptionType;
import dev.wasmhost.component.abi.Type.OwnType;
import dev.wasmhost.component.abi.Type.Primitive;
import dev.wasmhost.component.abi.Type.RecordType;
import dev.wasmhost.component.abi.Type.ResultType;
import dev.wasmhost.component.abi.Type.TupleType;
import dev.wasmhost.component.abi.Type.VariantType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Memory layout of types (size and alignment) and the "despecialised" views the rest of the ABI
 * works on: tuples as records (their element types), enum/option/result as variants (their case
 * payloads).
 */
final class Layout {
    private Layout() {}

    static int alignment(Type t) {
        return switch (t) {
            case Primitive p -> switch (p) {
                case BOOL, S8, U8 -> 1;
                case S16, U16 -> 2;
                case S32, U32, F32, CHAR, STRING -> 4;
                case S64, U64, F64 -> 8;
            };
            case ListType l -> 4;
            case RecordType r -> recordAlignment(fieldTypes(t));
            case TupleType tt -> recordAlignment(tt.types());
            case FlagsType f -> f.names().size() <= 8 ? 1 : f.names().size() <= 16 ? 2 : 4;
            case OwnType o -> 4;
            case BorrowType b -> 4;
            case VariantType v -> variantAlignment(cases(t));
            case EnumType e -> variantAlignment(cases(t));
            case OptionType o -> variantAlignment(cases(t));
            case ResultType r -> variantAlignment(cases(t));
        };
    }

    static int size(Type t) {
        return switch (t) {
            case Primitive p -> switch (p) {
                case BOOL, S8, U8 -> 1;
                case S16, U16 -> 2;
                case S32, U32, F32, CHAR -> 4;
                case S64, U64, F64, STRING -> 8;
            };
            case ListType l -> 8;
            case RecordType r -> recordSize(fieldTypes(t));
            case TupleType tt -> recordSize(tt.types());
            case FlagsType f -> flagsSize(f.names().size());
            case OwnType o -> 4;
            case BorrowType b -> 4;
            default -> variantSize(cases(t));
        };
    }

    static int flagsSize(int n) {
        if (n <= 8) {
            return 1;
        }
        if (n <= 16) {
            return 2;
        }
        return 4 * flagWords(n);
    }

    static int flagWords(int n) {
        return (n + 31) / 32;
    }

    /** Byte size of the discriminant of a variant with {@code n} cases. */
    static int discriminantSize(int n) {
        if (n <= 1 << 8) {
            return 1;
        }
        if (n <= 1 << 16) {
            return 2;
        }
        return 4;
    }

    static int maxCaseAlignment(List<Optional<Type>> cases) {
        int a = 1;
        for (Optional<Type> c : cases) {
            if (c.isPresent()) {
                a = Math.max(a, alignment(c.get()));
            }
        }
        return a;
    }

    /** Offset of the payload from the start of a variant. */
    static int payloadOffset(List<Optional<Type>> cases) {
        return alignTo(discriminantSize(cases.size()), maxCaseAlignment(cases));
    }

    private static int variantAlignment(List<Optional<Type>> cases) {
        return Math.max(discriminantSize(cases.size()), maxCaseAlignment(cases));
    }

    private static int variantSize(List<Optional<Type>> cases) {
        int max = 0;
        for (Optional<Type> c : cases) {
            if (c.isPresent()) {
                max = Math.max(max, size(c.get()));
            }
        }
        return alignTo(payloadOffset(cases) + max, variantAlignment(cases));
    }

    static int recordAlignment(List<Type> fields) {
        int a = 1;
        for (Type f : fields) {
            a = Math.max(a, alignment(f));
        }
        return a;
    }

    static int recordSize(List<Type> fields) {
        int s = 0;
        for (Type f : fields) {
            s = alignTo(s, alignment(f)) + size(f);
        }
        return alignTo(s, recordAlignment(fields));
    }

    static int alignTo(int offset, int align) {
        return (offset + align - 1) / align * align;
    }

    /** Field types of a record or tuple. */
    static List<Type> fieldTypes(Type t) {
        return switch (t) {
            case RecordType r -> {
                // A plain loop: this runs on every call that passes a record (streams cost more than the work).
                List<Type.Field> fields = r.fields();
                Type[] types = new Type[fields.size()];
                for (int i = 0; i < types.length; i++) {
                    types[i] = fields.get(i).type();
                }
                yield Arrays.asList(types);
            }
            case TupleType tt -> tt.types();
            default -> throw new IllegalArgumentException("not a record or tuple: " + t);
        };
    }

    /** Case payload types of a variant, enum, option or result, in case order. */
    static List<Optional<Type>> cases(Type t) {
        return switch (t) {
            case VariantType v -> {
                List<Type.Case> cs = v.cases();
                List<Optional<Type>> payloads = new ArrayList<>(cs.size());
                for (Type.Case c : cs) {
                    payloads.add(c.type());
                }
                yield payloads;
            }
            case EnumType e -> Collections.nCopies(e.names().size(), Optional.empty());
            case OptionType o -> List.of(Optional.empty(), Optional.of(o.type()));
            case ResultType r -> List.of(r.ok(), r.error());
            default -> throw new IllegalArgumentException("not a variant-like type: " + t);
        };
    }
}
