package dev.wasmhost.component.abi;

import dev.wasmhost.component.abi.Type.EnumType;
import dev.wasmhost.component.abi.Type.OptionType;
import dev.wasmhost.component.abi.Type.Primitive;
import dev.wasmhost.component.abi.Type.ResultType;
import dev.wasmhost.component.abi.Type.VariantType;
import dev.wasmhost.component.abi.Value.EnumValue;
import dev.wasmhost.component.abi.Value.OptionValue;
import dev.wasmhost.component.abi.Value.ResultValue;
import dev.wasmhost.component.abi.Value.VariantValue;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Converts between values and the uniform shapes the codecs use: (case index, payload) for the
 * variant-like types, field lists for records and tuples, 32-bit words for flags; and checks that
 * a host-supplied value fits its type (a mismatch is a host bug, so it is an
 * {@link IllegalArgumentException}, not a trap).
 */
final class Shapes {
    private Shapes() {}

    record Case(int index, Optional<Value> payload) {}

    static Value makeCase(Type t, int index, Optional<Value> payload) {
        return switch (t) {
            case VariantType v -> new VariantValue(index, payload);
            case EnumType e -> new EnumValue(index);
            case OptionType o -> new OptionValue(payload);
            case ResultType r -> new ResultValue(index == 0, payload);
            default -> throw new IllegalArgumentException("not a variant-like type: " + t);
        };
    }

    static Case caseOf(Type t, Value v) {
        List<Optional<Type>> cases = Layout.cases(t);
        Case c = switch (t) {
            case VariantType vt when v instanceof VariantValue(int i, Optional<Value> p) -> new Case(i, p);
            case EnumType e when v instanceof EnumValue(int i) -> new Case(i, Optional.empty());
            case OptionType o when v instanceof OptionValue(Optional<Value> p) -> new Case(p.isPresent() ? 1 : 0, p);
            case ResultType r when v instanceof ResultValue(boolean ok, Optional<Value> p) -> new Case(ok ? 0 : 1, p);
            default -> throw mismatch(t, v);
        };
        if (c.index < 0 || c.index >= cases.size()) {
            throw new IllegalArgumentException("case index " + c.index + " is out of range for " + TypeNames.of(t));
        }
        if (cases.get(c.index).isPresent() != c.payload.isPresent()) {
            throw new IllegalArgumentException("case " + c.index + " of " + TypeNames.of(t)
                    + (c.payload.isPresent() ? " has no payload but one was given" : " needs a payload"));
        }
        return c;
    }

    static List<Value> fields(Type t, Value v) {
        List<Type> types = Layout.fieldTypes(t);
        List<Value> values = switch (v) {
            case Value.RecordValue r when t instanceof Type.RecordType -> r.fields();
            case Value.TupleValue tv when t instanceof Type.TupleType -> tv.values();
            default -> throw mismatch(t, v);
        };
        if (values.size() != types.size()) {
            throw new IllegalArgumentException(t + " has " + types.size() + " fields but the value has " + values.size());
        }
        return values;
    }

    static Value makeFields(Type t, List<Value> values) {
        return t instanceof Type.RecordType ? new Value.RecordValue(values) : new Value.TupleValue(values);
    }

    /** The flags as 32-bit words, low flag first. */
    static int[] flagWords(Type.FlagsType t, Value v) {
        if (!(v instanceof Value.FlagsValue(BitSet bits))) {
            throw mismatch(t, v);
        }
        int n = t.names().size();
        if (bits.length() > n) {
            throw new IllegalArgumentException("flag bit " + (bits.length() - 1) + " is set but " + TypeNames.of(t) + " has " + n + " flags");
        }
        int[] words = new int[Layout.flagWords(n)];
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            words[i / 32] |= 1 << (i % 32);
        }
        return words;
    }

    /** Builds flags from words, ignoring bits past the last label as the spec does. */
    static Value flagsFromWords(Type.FlagsType t, int[] words) {
        BitSet bits = new BitSet();
        int n = t.names().size();
        for (int i = 0; i < n; i++) {
            if ((words[i / 32] >>> (i % 32) & 1) != 0) {
                bits.set(i);
            }
        }
        return new Value.FlagsValue(bits);
    }

    /** The integer bits of an {@link Value.IntValue} of kind {@code p}, range-checked. */
    static long intBits(Primitive p, Value v) {
        if (!(v instanceof Value.IntValue(Primitive kind, long value)) || kind != p) {
            throw mismatch(p, v);
        }
        boolean ok = switch (p) {
            case S8 -> value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE;
            case U8 -> value >= 0 && value <= 0xFF;
            case S16 -> value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
            case U16 -> value >= 0 && value <= 0xFFFF;
            case S32 -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
            case U32 -> value >= 0 && value <= 0xFFFFFFFFL;
            default -> true;
        };
        if (!ok) {
            throw new IllegalArgumentException(value + " is out of range for " + p.witName());
        }
        return value;
    }

    /** The integer value of raw bits of kind {@code p} (truncating as the spec's lifting does). */
    static Value.IntValue intFromBits(Primitive p, long bits) {
        long v = switch (p) {
            case S8 -> (byte) bits;
            case U8 -> bits & 0xFF;
            case S16 -> (short) bits;
            case U16 -> bits & 0xFFFF;
            case S32 -> (int) bits;
            case U32 -> bits & 0xFFFFFFFFL;
            default -> bits;
        };
        return new Value.IntValue(p, v);
    }

    static int checkedChar(int cp) {
        if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            throw new AbiTrap("0x" + Integer.toHexString(cp) + " is not a valid char (a Unicode scalar value)");
        }
        return cp;
    }

    static float canonical(float f) {
        return Float.isNaN(f) ? Float.intBitsToFloat(0x7fc00000) : f;
    }

    static double canonical(double d) {
        return Double.isNaN(d) ? Double.longBitsToDouble(0x7ff8000000000000L) : d;
    }

    static IllegalArgumentException mismatch(Type t, Value v) {
        String value = String.valueOf(v);
        if (value.length() > 120) {
            value = value.substring(0, 117) + "...";
        }
        return new IllegalArgumentException("value " + value + " does not match type " + TypeNames.of(t));
    }
}
