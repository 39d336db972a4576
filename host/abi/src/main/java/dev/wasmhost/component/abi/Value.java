package dev.wasmhost.component.abi;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A component-model value. Values carry no type: lifting, lowering, loading, storing and WAVE all
 * take the {@link Type} alongside. All variants are records and compare by value (floats compare
 * bit-wise as {@link Float#compare} does, so NaN equals NaN and -0.0 differs from 0.0).
 *
 * <p>All eight integer types share {@link IntValue}: signed kinds hold the value, unsigned kinds
 * hold it as a non-negative {@code long}, except {@code u64} which holds the raw 64 bits.
 */
public sealed interface Value {

    record BoolValue(boolean value) implements Value {}

    /** An integer of {@code kind} (one of the integer primitives). */
    record IntValue(Type.Primitive kind, long value) implements Value {
        public IntValue {
            if (!kind.isInteger()) {
                throw new IllegalArgumentException(kind.witName() + " is not an integer type");
            }
        }
    }

    record F32Value(float value) implements Value {}

    record F64Value(double value) implements Value {}

    /** A Unicode scalar value (not validated here; lowering traps on surrogates). */
    record CharValue(int codePoint) implements Value {}

    record StringValue(String value) implements Value {
        public StringValue {
            Objects.requireNonNull(value, "value");
        }
    }

    record ListValue(List<Value> values) implements Value {
        public ListValue {
            values = List.copyOf(values);
        }
    }

    /** Record fields in declaration order. */
    record RecordValue(List<Value> fields) implements Value {
        public RecordValue {
            fields = List.copyOf(fields);
        }
    }

    record TupleValue(List<Value> values) implements Value {
        public TupleValue {
            values = List.copyOf(values);
        }
    }

    record VariantValue(int caseIndex, Optional<Value> payload) implements Value {
        public VariantValue {
            Objects.requireNonNull(payload, "payload");
        }
    }

    record EnumValue(int index) implements Value {}

    record OptionValue(Optional<Value> value) implements Value {
        public OptionValue {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code ok} tells which side; {@code value} is the payload of that side if it has a type. */
    record ResultValue(boolean ok, Optional<Value> value) implements Value {
        public ResultValue {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Bit {@code i} set means the {@code i}-th flag of the type is set. */
    record FlagsValue(BitSet bits) implements Value {
        public FlagsValue {
            bits = (BitSet) bits.clone();
        }

        @Override
        public BitSet bits() {
            return (BitSet) bits.clone();
        }
    }

    /**
     * A lifted handle: the resource's representation {@code rep}, not a table index. Lowering
     * puts it into the receiving instance's handle table.
     */
    record HandleValue(ResourceType type, int rep, boolean own) implements Value {
        public HandleValue {
            Objects.requireNonNull(type, "type");
        }
    }
}
