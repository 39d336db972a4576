package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** The host functions by versionless interface name, then component-model function name. */
final class Registry {
    private final Map<String, Map<String, Function<List<Value>, Optional<Value>>>> functions = new LinkedHashMap<>();

    /**
     * An interface that only defines resources (wasi:cli/terminal-input): listed with no functions, so a
     * linker still asks this host for its resource types.
     */
    void declare(String iface) {
        functions.computeIfAbsent(iface, k -> new LinkedHashMap<>());
    }

    /** A function with a result. */
    void add(String iface, String name, Function<List<Value>, Value> body) {
        put(iface, name, args -> Optional.of(body.apply(args)));
    }

    /** A function without a result. */
    void addVoid(String iface, String name, Consumer<List<Value>> body) {
        put(iface, name, args -> {
            body.accept(args);
            return Optional.empty();
        });
    }

    private void put(String iface, String name, Function<List<Value>, Optional<Value>> f) {
        if (functions.computeIfAbsent(iface, k -> new LinkedHashMap<>()).put(name, f) != null) {
            throw new IllegalStateException("host function " + iface + "#" + name + " registered twice");
        }
    }

    Map<String, Map<String, Function<List<Value>, Optional<Value>>>> freeze() {
        Map<String, Map<String, Function<List<Value>, Optional<Value>>>> out = new LinkedHashMap<>();
        functions.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return Collections.unmodifiableMap(out);
    }
}
