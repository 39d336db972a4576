package dev.wasmhost.component.abi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The canonical ABI: how component values travel through core WebAssembly values and linear
 * memory. Core values are {@code long}s in Endive's encoding (i32/i64 as integers, f32/f64 as raw
 * bits); 32-bit values produced here are zero-extended.
 *
 * <p>Host import (guest calls host, {@code canon lower}):
 * <pre>{@code
 * CallContext cx = new CallContext(memory, realloc, StringEncoding.UTF8, handles);
 * List<Value> args = CanonicalAbi.liftParams(type, coreArgs, cx);
 * Optional<Value> result = host.call(args);
 * long[] coreResults = CanonicalAbi.lowerResults(type, result, coreArgs, cx);
 * cx.endCall();
 * }</pre>
 * Export call (host calls guest, {@code canon lift}):
 * <pre>{@code
 * long[] coreArgs = CanonicalAbi.lowerParams(type, args, cx);
 * long[] coreResults = guestFunction.apply(coreArgs);
 * Optional<Value> result = CanonicalAbi.liftResults(type, coreResults, cx);
 * // then call the post-return function, if any, with coreResults
 * cx.endCall();
 * }</pre>
 * Post-return is left to the caller because it is a guest function; it must run after
 * {@link #liftResults}, since the lifted value must be copied out of guest memory first.
 */
public final class CanonicalAbi {
    public static final int MAX_FLAT_PARAMS = 16;
    public static final int MAX_FLAT_RESULTS = 1;

    private CanonicalAbi() {}

    /** Byte size of {@code t} in linear memory. */
    public static int size(Type t) {
        return Layout.size(t);
    }

    /** Alignment of {@code t} in linear memory. */
    public static int alignment(Type t) {
        return Layout.alignment(t);
    }

    /** The core types that carry {@code t} when passed flat. */
    public static List<CoreType> flatten(Type t) {
        return Flattening.flatten(t);
    }

    /** Core parameter types of the core function for {@code ft} in the given direction. */
    public static List<CoreType> flattenParams(FuncType ft, CanonDirection direction) {
        List<CoreType> params = Flattening.flattenAll(ft.paramTypes());
        if (params.size() > MAX_FLAT_PARAMS) {
            params = new ArrayList<>(List.of(CoreType.I32));
        }
        if (direction == CanonDirection.LOWER && resultsSpill(ft)) {
            params.add(CoreType.I32);
        }
        return List.copyOf(params);
    }

    /** Core result types of the core function for {@code ft} in the given direction. */
    public static List<CoreType> flattenResults(FuncType ft, CanonDirection direction) {
        if (!resultsSpill(ft)) {
            return Flattening.flattenAll(ft.resultTypes());
        }
        return direction == CanonDirection.LIFT ? List.of(CoreType.I32) : List.of();
    }

    /** Loads a value of type {@code t} from guest memory at {@code addr}; traps if misaligned or out of bounds. */
    public static Value load(Type t, int addr, CallContext cx) {
        return Loader.loadChecked(t, addr, cx);
    }

    /** Stores {@code v} of type {@code t} at {@code addr}; traps if misaligned or out of bounds. */
    public static void store(Type t, Value v, int addr, CallContext cx) {
        Storer.storeChecked(t, v, addr, cx);
    }

    /** Lifts one value from its flat core values (exactly {@code flatten(t).size()} of them are read). */
    public static Value liftFlat(Type t, long[] flat, CallContext cx) {
        return FlatCodec.lift(t, new FlatCodec.Reader(flat), cx);
    }

    /** Lowers one value to its flat core values. */
    public static long[] lowerFlat(Type t, Value v, CallContext cx) {
        List<Long> out = new ArrayList<>();
        FlatCodec.lower(t, v, out, cx);
        return toArray(out);
    }

    /** Import side: the arguments the guest passed, lifted (from memory if they spilled). */
    public static List<Value> liftParams(FuncType ft, long[] coreArgs, CallContext cx) {
        return liftValues(ft.paramTypes(), MAX_FLAT_PARAMS, coreArgs, cx);
    }

    /**
     * Import side: lowers the host's result. If it spills it is stored at the return pointer (the
     * last core argument) and no core results are returned.
     */
    public static long[] lowerResults(FuncType ft, Optional<Value> result, long[] coreArgs, CallContext cx) {
        checkResult(ft, result);
        if (result.isEmpty()) {
            return new long[0];
        }
        Type t = ft.result().orElseThrow();
        if (resultsSpill(ft)) {
            if (coreArgs.length == 0) {
                throw new IllegalArgumentException("the result spills but no return pointer was passed");
            }
            Storer.storeChecked(t, result.get(), (int) coreArgs[coreArgs.length - 1], cx);
            return new long[0];
        }
        return lowerFlat(t, result.get(), cx);
    }

    /** Export side: lowers the arguments, spilling them into a realloc'd area past 16 flat values. */
    public static long[] lowerParams(FuncType ft, List<Value> args, CallContext cx) {
        List<Type> types = ft.paramTypes();
        if (args.size() != types.size()) {
            throw new IllegalArgumentException("function takes " + types.size() + " argument(s) but " + args.size() + " were given");
        }
        int flat = Flattening.flattenAll(types).size();
        if (flat > MAX_FLAT_PARAMS) {
            Type.TupleType tuple = new Type.TupleType(types);
            int ptr = cx.allocate(Layout.alignment(tuple), Layout.size(tuple));
            Storer.store(tuple, new Value.TupleValue(args), ptr, cx);
            return new long[] {Integer.toUnsignedLong(ptr)};
        }
        List<Long> out = new ArrayList<>(flat);
        for (int i = 0; i < types.size(); i++) {
            FlatCodec.lower(types.get(i), args.get(i), out, cx);
        }
        return toArray(out);
    }

    /** Export side: lifts the guest's result (from memory through the returned pointer if it spilled). */
    public static Optional<Value> liftResults(FuncType ft, long[] coreResults, CallContext cx) {
        List<Value> values = liftValues(ft.resultTypes(), MAX_FLAT_RESULTS, coreResults, cx);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static List<Value> liftValues(List<Type> types, int maxFlat, long[] core, CallContext cx) {
        if (types.isEmpty()) {
            return List.of();
        }
        if (Flattening.flattenAll(types).size() > maxFlat) {
            if (core.length == 0) {
                throw new IllegalArgumentException("values spill to memory but no pointer was passed");
            }
            Type.TupleType tuple = new Type.TupleType(types);
            Value loaded = Loader.loadChecked(tuple, (int) core[0], cx);
            return ((Value.TupleValue) loaded).values();
        }
        FlatCodec.Reader in = new FlatCodec.Reader(core);
        List<Value> values = new ArrayList<>(types.size());
        for (Type t : types) {
            values.add(FlatCodec.lift(t, in, cx));
        }
        return values;
    }

    private static boolean resultsSpill(FuncType ft) {
        return Flattening.flattenAll(ft.resultTypes()).size() > MAX_FLAT_RESULTS;
    }

    private static void checkResult(FuncType ft, Optional<Value> result) {
        if (ft.result().isPresent() != result.isPresent()) {
            throw new IllegalArgumentException(ft.result().isPresent()
                    ? "the function must return a value but none was given"
                    : "the function returns nothing but a value was given");
        }
    }

    private static long[] toArray(List<Long> values) {
        long[] out = new long[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
