package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.capability.wasi.WasiConfig;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Calls a {@link WasiP2} the way the linker does (by interface and function name, with values)
 * and checks every argument and result against the function's WIT type.
 */
final class Guest {
    final WasiP2 wasi;

    Guest(WasiConfig config) {
        this.wasi = new WasiP2(config);
    }

    Optional<Value> call(String iface, String function, Value... args) {
        FuncType type = wasi.type(iface, function);
        assertThat(args).as("arity of %s#%s", iface, function).hasSize(type.params().size());
        for (int i = 0; i < args.length; i++) {
            assertThat(TypedValues.mismatch(args[i], type.params().get(i).type()))
                    .as("argument %d of %s#%s", i, iface, function).isNull();
        }
        Function<List<Value>, Optional<Value>> f = wasi.functions().get(iface).get(function);
        assertThat(f).as("%s#%s is registered", iface, function).isNotNull();
        Optional<Value> result = f.apply(Arrays.asList(args));
        assertThat(result.isPresent()).as("result presence of %s#%s", iface, function).isEqualTo(type.result().isPresent());
        result.ifPresent(r -> assertThat(TypedValues.mismatch(r, type.result().get()))
                .as("result of %s#%s", iface, function).isNull());
        return result;
    }

    Value get(String iface, String function, Value... args) {
        return call(iface, function, args).orElseThrow();
    }

    // --- value helpers ---

    static Value u64(long v) {
        return new Value.IntValue(Type.Primitive.U64, v);
    }

    static Value str(String s) {
        return new Value.StringValue(s);
    }

    static Value bytes(byte[] b) {
        List<Value> out = new ArrayList<>();
        for (byte x : b) {
            out.add(new Value.IntValue(Type.Primitive.U8, x & 0xFF));
        }
        return new Value.ListValue(out);
    }

    static byte[] toBytes(Value list) {
        List<Value> values = ((Value.ListValue) list).values();
        byte[] out = new byte[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((Value.IntValue) values.get(i)).value();
        }
        return out;
    }

    static long toLong(Value v) {
        return ((Value.IntValue) v).value();
    }

    static Value flags(int... bits) {
        java.util.BitSet set = new java.util.BitSet();
        for (int b : bits) {
            set.set(b);
        }
        return new Value.FlagsValue(set);
    }

    static Value.ResultValue result(Value v) {
        return (Value.ResultValue) v;
    }

    /** The ok payload, failing the test with the error when it is an err. */
    static Value ok(Value v) {
        Value.ResultValue r = result(v);
        assertThat(r.ok()).as("expected ok, got %s", v).isTrue();
        return r.value().orElse(null);
    }

    /** The payload of an err. */
    static Value err(Value v) {
        Value.ResultValue r = result(v);
        assertThat(r.ok()).as("expected err, got %s", v).isFalse();
        return r.value().orElse(null);
    }

    static Value borrow(Value own) {
        Value.HandleValue h = (Value.HandleValue) own;
        return new Value.HandleValue(h.type(), h.rep(), false);
    }

    static int rep(Value handle) {
        return ((Value.HandleValue) handle).rep();
    }

    static ResourceType typeOf(Value handle) {
        return ((Value.HandleValue) handle).type();
    }
}
