package dev.wasmhost.component.abi;

import dev.wasmhost.component.abi.Type.BorrowType;
import dev.wasmhost.component.abi.Type.FlagsType;
import dev.wasmhost.component.abi.Type.ListType;
import dev.wasmhost.component.abi.Type.OwnType;
import dev.wasmhost.component.abi.Type.Primitive;
import dev.wasmhost.component.abi.Type.RecordType;
import dev.wasmhost.component.abi.Type.TupleType;
import java.util.List;
import java.util.Optional;

/** Writes values into guest memory (the spec's {@code store}). */
final class Storer {
    private Storer() {}

    /** Stores a value, checking alignment and bounds of {@code ptr} first. */
    static void storeChecked(Type t, Value v, int ptr, CallContext cx) {
        Loader.checkAligned(ptr, Layout.alignment(t), t);
        cx.checkRange(ptr, Layout.size(t));
        store(t, v, ptr, cx);
    }

    static void store(Type t, Value v, int ptr, CallContext cx) {
        GuestMemory m = cx.memory();
        switch (t) {
            case Primitive p -> storePrimitive(p, v, ptr, cx);
            case ListType l -> {
                if (!(v instanceof Value.ListValue(List<Value> values))) {
                    throw Shapes.mismatch(t, v);
                }
                int begin = storeList(l.element(), values, cx);
                m.writeI32(ptr, begin);
                m.writeI32(ptr + 4, values.size());
            }
            case RecordType r -> storeFields(t, v, ptr, cx);
            case TupleType tt -> storeFields(t, v, ptr, cx);
            case FlagsType f -> {
                int[] words = Shapes.flagWords(f, v);
                int n = f.names().size();
                if (n <= 8) {
                    m.writeI8(ptr, words[0]);
                } else if (n <= 16) {
                    m.writeI16(ptr, words[0]);
                } else {
                    for (int i = 0; i < words.length; i++) {
                        m.writeI32(ptr + 4 * i, words[i]);
                    }
                }
            }
            case OwnType o -> m.writeI32(ptr, lowerOwn(o.resource(), v, cx));
            case BorrowType b -> m.writeI32(ptr, lowerBorrow(b.resource(), v, cx));
            default -> storeVariant(t, v, ptr, cx);
        }
    }

    static int lowerOwn(ResourceType rt, Value v, CallContext cx) {
        return cx.handles().insertOwn(rt, handleRep(rt, v, true));
    }

    static int lowerBorrow(ResourceType rt, Value v, CallContext cx) {
        int rep = handleRep(rt, v, false);
        if (cx.handles().isLocal(rt)) {
            // The implementing instance can only use a borrow to get the rep: pass the rep itself.
            return rep;
        }
        return cx.handles().insertBorrow(rt, rep, cx.scope());
    }

    private static int handleRep(ResourceType rt, Value v, boolean own) {
        if (!(v instanceof Value.HandleValue(ResourceType type, int rep, boolean isOwn)) || type != rt) {
            throw Shapes.mismatch(own ? new OwnType(rt) : new BorrowType(rt), v);
        }
        if (own && !isOwn) {
            throw new IllegalArgumentException("a borrowed " + rt.name() + " cannot be passed where an own is expected");
        }
        return rep;
    }

    private static void storePrimitive(Primitive p, Value v, int ptr, CallContext cx) {
        GuestMemory m = cx.memory();
        switch (p) {
            case BOOL -> m.writeI8(ptr, bool(v) ? 1 : 0);
            case S8, U8 -> m.writeI8(ptr, (int) Shapes.intBits(p, v));
            case S16, U16 -> m.writeI16(ptr, (int) Shapes.intBits(p, v));
            case S32, U32 -> m.writeI32(ptr, (int) Shapes.intBits(p, v));
            case S64, U64 -> m.writeI64(ptr, Shapes.intBits(p, v));
            case F32 -> m.writeI32(ptr, f32Bits(v));
            case F64 -> m.writeI64(ptr, f64Bits(v));
            case CHAR -> m.writeI32(ptr, charValue(v));
            case STRING -> {
                Strings.Stored s = Strings.store(cx, string(v));
                m.writeI32(ptr, s.ptr());
                m.writeI32(ptr + 4, s.taggedCodeUnits());
            }
        }
    }

    static boolean bool(Value v) {
        if (!(v instanceof Value.BoolValue(boolean b))) {
            throw Shapes.mismatch(Primitive.BOOL, v);
        }
        return b;
    }

    static int f32Bits(Value v) {
        if (!(v instanceof Value.F32Value(float f))) {
            throw Shapes.mismatch(Primitive.F32, v);
        }
        return Float.floatToRawIntBits(Shapes.canonical(f));
    }

    static long f64Bits(Value v) {
        if (!(v instanceof Value.F64Value(double d))) {
            throw Shapes.mismatch(Primitive.F64, v);
        }
        return Double.doubleToRawLongBits(Shapes.canonical(d));
    }

    static int charValue(Value v) {
        if (!(v instanceof Value.CharValue(int cp))) {
            throw Shapes.mismatch(Primitive.CHAR, v);
        }
        return Shapes.checkedChar(cp);
    }

    static String string(Value v) {
        if (!(v instanceof Value.StringValue(String s))) {
            throw Shapes.mismatch(Primitive.STRING, v);
        }
        return s;
    }

    /** Allocates and fills a list's element array; returns its address. */
    static int storeList(Type element, List<Value> values, CallContext cx) {
        int size = Layout.size(element);
        long byteLength = (long) values.size() * size;
        if (byteLength > Loader.MAX_LIST_BYTE_LENGTH) {
            throw new AbiTrap("list of " + values.size() + " elements is too long to pass to a guest");
        }
        int begin = cx.allocate(Layout.alignment(element), (int) byteLength);
        if (PrimitiveArrays.handles(element)) {
            cx.memory().write(begin, PrimitiveArrays.encode((Primitive) element, values));
            return begin;
        }
        for (int i = 0; i < values.size(); i++) {
            store(element, values.get(i), begin + i * size, cx);
        }
        return begin;
    }

    private static void storeFields(Type t, Value v, int ptr, CallContext cx) {
        List<Value> values = Shapes.fields(t, v);
        List<Type> types = Layout.fieldTypes(t);
        int offset = 0;
        for (int i = 0; i < types.size(); i++) {
            Type f = types.get(i);
            offset = Layout.alignTo(offset, Layout.alignment(f));
            store(f, values.get(i), ptr + offset, cx);
            offset += Layout.size(f);
        }
    }

    private static void storeVariant(Type t, Value v, int ptr, CallContext cx) {
        Shapes.Case c = Shapes.caseOf(t, v);
        List<Optional<Type>> cases = Layout.cases(t);
        GuestMemory m = cx.memory();
        switch (Layout.discriminantSize(cases.size())) {
            case 1 -> m.writeI8(ptr, c.index());
            case 2 -> m.writeI16(ptr, c.index());
            default -> m.writeI32(ptr, c.index());
        }
        if (c.payload().isPresent()) {
            store(cases.get(c.index()).orElseThrow(), c.payload().get(), ptr + Layout.payloadOffset(cases), cx);
        }
    }
}
