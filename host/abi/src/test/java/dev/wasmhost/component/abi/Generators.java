package dev.wasmhost.component.abi;

import dev.wasmhost.component.abi.Type.Primitive;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random depth-bounded types (jqwik, shrinkable) and random values of a given type. */
final class Generators {
    static final ResourceType RESOURCE = new ResourceType("thing");

    private Generators() {}

    static Arbitrary<Type> types(int depth) {
        return types(depth, true);
    }

    /** Types up to {@code depth} levels of nesting; {@code handles} adds own/borrow leaves. */
    static Arbitrary<Type> types(int depth, boolean handles) {
        Arbitrary<Type> plain = Arbitraries.oneOf(
                Arbitraries.of(Primitive.values()).map(p -> (Type) p),
                labels(1, 40).map(n -> (Type) new Type.FlagsType(n)),
                labels(1, 5).map(n -> (Type) new Type.EnumType(n)));
        Arbitrary<Type> leaf = handles
                ? Arbitraries.oneOf(plain, Arbitraries.of(new Type.OwnType(RESOURCE), new Type.BorrowType(RESOURCE)))
                : plain;
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Type> inner = Arbitraries.lazy(() -> types(depth - 1, handles));
        Arbitrary<Optional<Type>> maybe = Arbitraries.oneOf(inner.map(Optional::of), Arbitraries.just(Optional.empty()));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, leaf),
                net.jqwik.api.Tuple.of(1, inner.map(Type.ListType::new)),
                net.jqwik.api.Tuple.of(1, inner.list().ofMinSize(1).ofMaxSize(4).map(Generators::record)),
                net.jqwik.api.Tuple.of(1, inner.list().ofMinSize(1).ofMaxSize(4).map(Type.TupleType::new)),
                net.jqwik.api.Tuple.of(1, maybe.list().ofMinSize(1).ofMaxSize(4).map(Generators::variant)),
                net.jqwik.api.Tuple.of(1, inner.map(Type.OptionType::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(maybe, maybe).as(Type.ResultType::new)));
    }

    private static Arbitrary<List<String>> labels(int min, int max) {
        return Arbitraries.integers().between(min, max)
                .map(n -> IntStream.range(0, n).mapToObj(i -> "l" + i).toList());
    }

    private static Type record(List<Type> types) {
        List<Type.Field> fields = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            fields.add(new Type.Field("f" + i, types.get(i)));
        }
        return new Type.RecordType(fields);
    }

    private static Type variant(List<Optional<Type>> payloads) {
        List<Type.Case> cases = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            cases.add(new Type.Case("c" + i, payloads.get(i)));
        }
        return new Type.VariantType(cases);
    }

    static Value value(Type t, Random r) {
        return switch (t) {
            case Primitive p -> switch (p) {
                case BOOL -> new Value.BoolValue(r.nextBoolean());
                case F32 -> new Value.F32Value(pick(r, Float.intBitsToFloat(r.nextInt()), Float.NaN, -0.0f,
                        Float.POSITIVE_INFINITY, Float.MIN_VALUE));
                case F64 -> new Value.F64Value(pick(r, Double.longBitsToDouble(r.nextLong()), Double.NaN, -0.0,
                        Double.NEGATIVE_INFINITY, Double.MAX_VALUE));
                case CHAR -> new Value.CharValue(scalar(r));
                case STRING -> new Value.StringValue(string(r));
                default -> Shapes.intFromBits(p, pick(r, r.nextLong(), 0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
            };
            case Type.ListType l -> new Value.ListValue(
                    IntStream.range(0, r.nextInt(4)).mapToObj(i -> value(l.element(), r)).toList());
            case Type.RecordType rec -> new Value.RecordValue(Layout.fieldTypes(t).stream().map(f -> value(f, r)).toList());
            case Type.TupleType tt -> new Value.TupleValue(tt.types().stream().map(f -> value(f, r)).toList());
            case Type.FlagsType f -> {
                BitSet bits = new BitSet();
                for (int i = 0; i < f.names().size(); i++) {
                    if (r.nextBoolean()) {
                        bits.set(i);
                    }
                }
                yield new Value.FlagsValue(bits);
            }
            case Type.OwnType o -> new Value.HandleValue(o.resource(), r.nextInt(), true);
            case Type.BorrowType b -> new Value.HandleValue(b.resource(), r.nextInt(), false);
            default -> {
                List<Optional<Type>> cases = Layout.cases(t);
                int i = r.nextInt(cases.size());
                yield Shapes.makeCase(t, i, cases.get(i).map(pt -> value(pt, r)));
            }
        };
    }

    static String string(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(scalar(r));
        }
        return sb.toString();
    }

    /** A Unicode scalar value, biased towards ASCII, Latin-1, BMP and astral ranges alike. */
    static int scalar(Random r) {
        int cp = switch (r.nextInt(4)) {
            case 0 -> r.nextInt(0x80);
            case 1 -> r.nextInt(0x100);
            case 2 -> r.nextInt(0x10000);
            default -> 0x10000 + r.nextInt(0x100000);
        };
        return cp >= 0xD800 && cp <= 0xDFFF ? 'x' : cp;
    }

    @SafeVarargs
    private static <T> T pick(Random r, T random, T... specials) {
        int i = r.nextInt(specials.length * 2);
        return i < specials.length ? specials[i] : random;
    }
}
