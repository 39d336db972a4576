package dev.wasmhost.component.abi;

import dev.wasmhost.component.abi.Type.Primitive;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk conversion of lists of scalars ({@code list<u8>} for WASI streams above all): one memory
 * read or write for the whole list instead of one per element.
 */
final class PrimitiveArrays {
    private PrimitiveArrays() {}

    static boolean handles(Type element) {
        return element instanceof Primitive p && p != Primitive.STRING;
    }

    static List<Value> decode(Primitive p, byte[] bytes, int count) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<Value> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(switch (p) {
                case BOOL -> new Value.BoolValue(b.get() != 0);
                case S8, U8 -> Shapes.intFromBits(p, b.get());
                case S16, U16 -> Shapes.intFromBits(p, b.getShort());
                case S32, U32 -> Shapes.intFromBits(p, b.getInt());
                case S64, U64 -> Shapes.intFromBits(p, b.getLong());
                case F32 -> new Value.F32Value(Shapes.canonical(b.getFloat()));
                case F64 -> new Value.F64Value(Shapes.canonical(b.getDouble()));
                case CHAR -> new Value.CharValue(Shapes.checkedChar(b.getInt()));
                case STRING -> throw new IllegalArgumentException("strings are not stored inline");
            });
        }
        return values;
    }

    static byte[] encode(Primitive p, List<Value> values) {
        ByteBuffer b = ByteBuffer.allocate(values.size() * Layout.size(p)).order(ByteOrder.LITTLE_ENDIAN);
        for (Value v : values) {
            switch (p) {
                case BOOL -> b.put((byte) (Storer.bool(v) ? 1 : 0));
                case S8, U8 -> b.put((byte) Shapes.intBits(p, v));
                case S16, U16 -> b.putShort((short) Shapes.intBits(p, v));
                case S32, U32 -> b.putInt((int) Shapes.intBits(p, v));
                case S64, U64 -> b.putLong(Shapes.intBits(p, v));
                case F32 -> b.putInt(Storer.f32Bits(v));
                case F64 -> b.putLong(Storer.f64Bits(v));
                case CHAR -> b.putInt(Storer.charValue(v));
                case STRING -> throw new IllegalArgumentException("strings are not stored inline");
            }
        }
        return b.array();
    }
}
