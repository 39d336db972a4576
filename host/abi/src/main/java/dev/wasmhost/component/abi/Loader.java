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

/** Reads values out of guest memory (the spec's {@code load}). */
final class Loader {
    static final int MAX_LIST_BYTE_LENGTH = (1 << 28) - 1;

    private Loader() {}

    /** Loads a value, checking alignment and bounds of {@code ptr} first. */
    static Value loadChecked(Type t, int ptr, CallContext cx) {
        checkAligned(ptr, Layout.alignment(t), t);
        cx.checkRange(ptr, Layout.size(t));
        return load(t, ptr, cx);
    }

    static void checkAligned(int ptr, int align, Type what) {
        if (Integer.remainderUnsigned(ptr, align) != 0) {
            throw new AbiTrap("pointer " + Integer.toUnsignedString(ptr) + " for " + TypeNames.of(what)
                    + " is not aligned to " + align);
        }
    }

    static Value load(Type t, int ptr, CallContext cx) {
        GuestMemory m = cx.memory();
        return switch (t) {
            case Primitive p -> switch (p) {
                case BOOL -> new Value.BoolValue(m.readU8(ptr) != 0);
                case S8, U8 -> Shapes.intFromBits(p, m.readU8(ptr));
                case S16, U16 -> Shapes.intFromBits(p, m.readU16(ptr));
                case S32, U32 -> Shapes.intFromBits(p, m.readI32(ptr));
                case S64, U64 -> Shapes.intFromBits(p, m.readI64(ptr));
                case F32 -> new Value.F32Value(Shapes.canonical(Float.intBitsToFloat(m.readI32(ptr))));
                case F64 -> new Value.F64Value(Shapes.canonical(Double.longBitsToDouble(m.readI64(ptr))));
                case CHAR -> new Value.CharValue(Shapes.checkedChar(m.readI32(ptr)));
                case STRING -> new Value.StringValue(Strings.load(cx, m.readI32(ptr), m.readI32(ptr + 4)));
            };
            case ListType l -> loadList(l.element(), m.readI32(ptr), m.readI32(ptr + 4), cx);
            case RecordType r -> loadFields(t, ptr, cx);
            case TupleType tt -> loadFields(t, ptr, cx);
            case FlagsType f -> Shapes.flagsFromWords(f, readFlagWords(f, ptr, m));
            case OwnType o -> new Value.HandleValue(o.resource(), cx.handles().liftOwn(o.resource(), m.readI32(ptr)), true);
            case BorrowType b -> new Value.HandleValue(b.resource(), liftBorrow(b.resource(), m.readI32(ptr), cx), false);
            default -> loadVariant(t, ptr, cx);
        };
    }

    static int liftBorrow(ResourceType rt, int handle, CallContext cx) {
        return cx.handles().liftBorrow(rt, handle, cx.scope());
    }

    static Value loadList(Type element, int ptr, int length, CallContext cx) {
        long len = Integer.toUnsignedLong(length);
        int size = Layout.size(element);
        long byteLength = len * size;
        if (byteLength > MAX_LIST_BYTE_LENGTH) {
            throw new AbiTrap("list of " + len + " elements (" + byteLength
                    + " bytes) exceeds the canonical ABI limit of " + MAX_LIST_BYTE_LENGTH + " bytes");
        }
        checkAligned(ptr, Layout.alignment(element), element);
        cx.checkRange(ptr, byteLength);
        if (PrimitiveArrays.handles(element)) {
            byte[] bytes = cx.memory().read(ptr, (int) byteLength);
            return new Value.ListValue(PrimitiveArrays.decode((Primitive) element, bytes, (int) len));
        }
        List<Value> values = new ArrayList<>((int) len);
        for (int i = 0; i < len; i++) {
            values.add(load(element, ptr + i * size, cx));
        }
        return new Value.ListValue(values);
    }

    private static Value loadFields(Type t, int ptr, CallContext cx) {
        List<Type> types = Layout.fieldTypes(t);
        List<Value> values = new ArrayList<>(types.size());
        int offset = 0;
        for (Type f : types) {
            offset = Layout.alignTo(offset, Layout.alignment(f));
            values.add(load(f, ptr + offset, cx));
            offset += Layout.size(f);
        }
        return Shapes.makeFields(t, values);
    }

    private static Value loadVariant(Type t, int ptr, CallContext cx) {
        List<Optional<Type>> cases = Layout.cases(t);
        GuestMemory m = cx.memory();
        long disc = switch (Layout.discriminantSize(cases.size())) {
            case 1 -> m.readU8(ptr);
            case 2 -> m.readU16(ptr);
            default -> Integer.toUnsignedLong(m.readI32(ptr));
        };
        if (disc >= cases.size()) {
            throw new AbiTrap("discriminant " + disc + " is out of range for " + TypeNames.of(t) + " with " + cases.size() + " cases");
        }
        int index = (int) disc;
        Optional<Value> payload = cases.get(index)
                .map(pt -> load(pt, ptr + Layout.payloadOffset(cases), cx));
        return Shapes.makeCase(t, index, payload);
    }

    private static int[] readFlagWords(FlagsType f, int ptr, GuestMemory m) {
        int n = f.names().size();
        if (n <= 8) {
            return new int[] {m.readU8(ptr)};
        }
        if (n <= 16) {
            return new int[] {m.readU16(ptr)};
        }
        int[] words = new int[Layout.flagWords(n)];
        for (int i = 0; i < words.length; i++) {
            words[i] = m.readI32(ptr + 4 * i);
        }
        return words;
    }
}
