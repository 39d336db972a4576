package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Type.Primitive;
import dev.wasmhost.component.abi.Value;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/** Building and taking apart component values as the WASI functions need them. */
final class Values {
    /** The most bytes one call hands over in a list: a bigger request gets this many (streams may return fewer). */
    static final int MAX_LIST = 1 << 20;

    private Values() {}

    static Value u64(long v) {
        return new Value.IntValue(Primitive.U64, v);
    }

    static Value u32(long v) {
        return new Value.IntValue(Primitive.U32, v & 0xFFFF_FFFFL);
    }

    static Value bool(boolean b) {
        return new Value.BoolValue(b);
    }

    static Value string(String s) {
        return new Value.StringValue(s);
    }

    static Value bytes(byte[] bytes) {
        List<Value> out = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            out.add(new Value.IntValue(Primitive.U8, b & 0xFF));
        }
        return new Value.ListValue(out);
    }

    static Value tuple(Value... values) {
        return new Value.TupleValue(List.of(values));
    }

    static Value record(Value... fields) {
        return new Value.RecordValue(List.of(fields));
    }

    static Value own(ResourceType type, int rep) {
        return new Value.HandleValue(type, rep, true);
    }

    static Value enumCase(int index) {
        return new Value.EnumValue(index);
    }

    static Value some(Value v) {
        return new Value.OptionValue(Optional.of(v));
    }

    static Value none() {
        return new Value.OptionValue(Optional.empty());
    }

    static Value ok(Value v) {
        return new Value.ResultValue(true, Optional.of(v));
    }

    static Value ok() {
        return new Value.ResultValue(true, Optional.empty());
    }

    static Value err(Value v) {
        return new Value.ResultValue(false, Optional.of(v));
    }

    static Value err() {
        return new Value.ResultValue(false, Optional.empty());
    }

    static Value flags(BitSet bits) {
        return new Value.FlagsValue(bits);
    }

    // --- arguments ---

    static long longArg(List<Value> args, int i) {
        if (args.get(i) instanceof Value.IntValue v) {
            return v.value();
        }
        throw mismatch(args, i, "an integer");
    }

    /** A u64 length clamped to what one list may hold. */
    static int lengthArg(List<Value> args, int i) {
        long len = longArg(args, i);
        return len < 0 || len > MAX_LIST ? MAX_LIST : (int) len;
    }

    /** A u64 length that must be served exactly; beyond {@code max} it is a trap, not a silent cut. */
    static int exactLengthArg(List<Value> args, int i, int max) {
        long len = longArg(args, i);
        if (len < 0 || len > max) {
            throw new AbiTrap("WASI host: a length of " + Long.toUnsignedString(len) + " is more than the " + max
                    + " bytes one call may return; ask in smaller pieces");
        }
        return (int) len;
    }

    static String stringArg(List<Value> args, int i) {
        if (args.get(i) instanceof Value.StringValue v) {
            return v.value();
        }
        throw mismatch(args, i, "a string");
    }

    static int repArg(List<Value> args, int i) {
        if (args.get(i) instanceof Value.HandleValue h) {
            return h.rep();
        }
        throw mismatch(args, i, "a handle");
    }

    static BitSet flagsArg(List<Value> args, int i) {
        if (args.get(i) instanceof Value.FlagsValue f) {
            return f.bits();
        }
        throw mismatch(args, i, "flags");
    }

    static byte[] bytesArg(List<Value> args, int i) {
        if (!(args.get(i) instanceof Value.ListValue list)) {
            throw mismatch(args, i, "a list<u8>");
        }
        byte[] out = new byte[list.values().size()];
        for (int k = 0; k < out.length; k++) {
            if (!(list.values().get(k) instanceof Value.IntValue v)) {
                throw mismatch(args, i, "a list<u8>");
            }
            out[k] = (byte) v.value();
        }
        return out;
    }

    static List<Value> listArg(List<Value> args, int i) {
        if (args.get(i) instanceof Value.ListValue list) {
            return list.values();
        }
        throw mismatch(args, i, "a list");
    }

    static Value.VariantValue variantArg(List<Value> args, int i) {
        if (args.get(i) instanceof Value.VariantValue v) {
            return v;
        }
        throw mismatch(args, i, "a variant");
    }

    private static AbiTrap mismatch(List<Value> args, int i, String expected) {
        return new AbiTrap("WASI host: argument " + i + " should be " + expected + " but is " + args.get(i)
                + "; the linker passed values that do not match the WIT signature");
    }
}
