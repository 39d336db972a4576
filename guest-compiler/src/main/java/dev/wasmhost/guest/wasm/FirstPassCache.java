package dev.wasmhost.guest.wasm;

import dev.wasmhost.guest.Target;
import dev.wasmhost.guest.ir.HostCall;
import dev.wasmhost.guest.ir.IrFunction;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * What the backend's first encoding learns from a runtime-library function (its callees and host
 * calls), kept per IR function object and target. The checked runtime library is shared between
 * compilations (see types.CheckedRuntime), so its functions need not be encoded again just to find
 * out what they call; user functions are new objects each time and are never cached.
 */
final class FirstPassCache {
    record Summary(Set<String> callees, Set<HostCall> hosts) {}

    private static final Map<IrFunction, Map<Target, Summary>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private FirstPassCache() {}

    static boolean cacheable(IrFunction f) {
        return f.name().startsWith("rt.");
    }

    static Summary get(IrFunction f, Target target) {
        Map<Target, Summary> byTarget = CACHE.get(f);
        return byTarget == null ? null : byTarget.get(target);
    }

    static void put(IrFunction f, Target target, Summary summary) {
        CACHE.computeIfAbsent(f, k -> new java.util.concurrent.ConcurrentHashMap<>()).put(target, summary);
    }
}
