package dev.wasmhost.component.abi;

import dev.wasmhost.component.abi.Type.BorrowType;
import dev.wasmhost.component.abi.Type.FlagsType;
import dev.wasmhost.component.abi.Type.ListType;
import dev.wasmhost.component.abi.Type.OwnType;
import dev.wasmhost.component.abi.Type.Primitive;
import dev.wasmhost.component.abi.Type.RecordType;
import dev.wasmhost.component.abi.Type.TupleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lifts values from and lowers values to flat core values ({@code long}s holding raw bits; 32-bit
 * values zero-extended). Because floats travel as raw bits, the variant join coercions reduce to
 * keeping the low 32 bits when a 32-bit value is read from an i64 slot.
 */
final class FlatCodec {
    private FlatCodec() {}

    /** A cursor over flat core values. */
    static final class Reader {
        private final long[] values;
        private int pos;

        Reader(long[] values) {
            this.values = values;
        }

        long next() {
            if (pos >= values.length) {
                throw new IllegalArgumentException("too few core values: needed more than " + values.length);
            }
            return values[pos++];
        }

        int position() {
            return pos;
        }

        void seek(int position) {
            pos = position;
        }
    }

    static Value lift(Type t, Reader in, CallContext cx) {
        return switch (t) {
            case Primitive p -> switch (p) {
                case BOOL -> new Value.BoolValue((int) in.next() != 0);
                case S64, U64 -> Shapes.intFromBits(p, in.next());
                case F32 -> new Value.F32Value(Shapes.canonical(Float.intBitsToFloat((int) in.next())));
                case F64 -> new Value.F64Value(Shapes.canonical(Double.longBitsToDouble(in.next())));
                case CHAR -> new Value.CharValue(Shapes.checkedChar((int) in.next()));
                case STRING -> {
                    int ptr = (int) in.next();
                    yield new Value.StringValue(Strings.load(cx, ptr, (int) in.next()));
                }
                default -> Shapes.intFromBits(p, (int) in.next());
            };
            case ListType l -> {
                int ptr = (int) in.next();
                yield Loader.loadList(l.element(), ptr, (int) in.next(), cx);
            }
            case RecordType r -> liftFields(t, in, cx);
            case TupleType tt -> liftFields(t, in, cx);
            case FlagsType f -> {
                int[] words = new int[Layout.flagWords(f.names().size())];
                for (int i = 0; i < words.length; i++) {
                    words[i] = (int) in.next();
                }
                yield Shapes.flagsFromWords(f, words);
            }
            case OwnType o -> new Value.HandleValue(o.resource(), cx.handles().liftOwn(o.resource(), (int) in.next()), true);
            case BorrowType b -> new Value.HandleValue(b.resource(), Loader.liftBorrow(b.resource(), (int) in.next(), cx), false);
            default -> liftVariant(t, in, cx);
        };
    }

    private static Value liftFields(Type t, Reader in, CallContext cx) {
        List<Value> values = new ArrayList<>();
        for (Type f : Layout.fieldTypes(t)) {
            values.add(lift(f, in, cx));
        }
        return Shapes.makeFields(t, values);
    }

    private static Value liftVariant(Type t, Reader in, CallContext cx) {
        List<Optional<Type>> cases = Layout.cases(t);
        int payloadSlots = Flattening.flattenVariant(cases).size() - 1;
        long disc = Integer.toUnsignedLong((int) in.next());
        if (disc >= cases.size()) {
            throw new AbiTrap("discriminant " + disc + " is out of range for " + TypeNames.of(t) + " with " + cases.size() + " cases");
        }
        int start = in.position();
        Optional<Value> payload = cases.get((int) disc).map(pt -> lift(pt, in, cx));
        in.seek(start + payloadSlots);
        return Shapes.makeCase(t, (int) disc, payload);
    }

    static void lower(Type t, Value v, List<Long> out, CallContext cx) {
        switch (t) {
            case Primitive p -> {
                switch (p) {
                    case BOOL -> out.add(Storer.bool(v) ? 1L : 0L);
                    case S64, U64 -> out.add(Shapes.intBits(p, v));
                    case F32 -> out.add(Integer.toUnsignedLong(Storer.f32Bits(v)));
                    case F64 -> out.add(Storer.f64Bits(v));
                    case CHAR -> out.add((long) Storer.charValue(v));
                    case STRING -> {
                        Strings.Stored s = Strings.store(cx, Storer.string(v));
                        out.add(Integer.toUnsignedLong(s.ptr()));
                        out.add(Integer.toUnsignedLong(s.taggedCodeUnits()));
                    }
                    default -> out.add(Shapes.intBits(p, v) & 0xFFFFFFFFL);
                }
            }
            case ListType l -> {
                if (!(v instanceof Value.ListValue(List<Value> values))) {
                    throw Shapes.mismatch(t, v);
                }
                out.add(Integer.toUnsignedLong(Storer.storeList(l.element(), values, cx)));
                out.add((long) values.size());
            }
            case RecordType r -> lowerFields(t, v, out, cx);
            case TupleType tt -> lowerFields(t, v, out, cx);
            case FlagsType f -> {
                for (int w : Shapes.flagWords(f, v)) {
                    out.add(Integer.toUnsignedLong(w));
                }
            }
            case OwnType o -> out.add(Integer.toUnsignedLong(Storer.lowerOwn(o.resource(), v, cx)));
            case BorrowType b -> out.add(Integer.toUnsignedLong(Storer.lowerBorrow(b.resource(), v, cx)));
            default -> lowerVariant(t, v, out, cx);
        }
    }

    private static void lowerFields(Type t, Value v, List<Long> out, CallContext cx) {
        List<Value> values = Shapes.fields(t, v);
        List<Type> types = Layout.fieldTypes(t);
        for (int i = 0; i < types.size(); i++) {
            lower(types.get(i), values.get(i), out, cx);
        }
    }

    private static void lowerVariant(Type t, Value v, List<Long> out, CallContext cx) {
        Shapes.Case c = Shapes.caseOf(t, v);
        List<Optional<Type>> cases = Layout.cases(t);
        int payloadSlots = Flattening.flattenVariant(cases).size() - 1;
        out.add((long) c.index());
        int start = out.size();
        if (c.payload().isPresent()) {
            // 32-bit values are already zero-extended raw bits, which is what every join needs.
            lower(cases.get(c.index()).orElseThrow(), c.payload().get(), out, cx);
        }
        while (out.size() < start + payloadSlots) {
            out.add(0L);
        }
    }
}
