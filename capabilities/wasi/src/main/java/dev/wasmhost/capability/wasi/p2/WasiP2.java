package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A WASI 0.2.0 host ({@code wasi:cli/imports} minus sockets) over component-model values, for
 * one guest instance. The linker binds it as:
 *
 * <pre>{@code
 * WasiP2 wasi = new WasiP2(WasiP2Config.builder().args(List.of("prog")).stdout(System.out).build());
 * linker.defineAll(wasi.version(), wasi.functions(), wasi::type, wasi::resource, wasi::drop);
 * }</pre>
 *
 * <p>Host resources travel as {@code HandleValue(resource(iface, name), rep, own)} where rep is
 * this host's id for the object; {@link #drop} releases it. Denied or failed operations answer
 * with the interface's error values; {@code wasi:cli/exit#exit} throws {@link WasiExit}; a call
 * that has no error case and names an unknown rep throws {@code AbiTrap}.
 */
public final class WasiP2 {
    private final Host host;
    private final Map<String, Map<String, Function<List<Value>, Optional<Value>>>> functions;

    public WasiP2(WasiP2Config config) {
        this.host = new Host(new WasiTypes(), config);
        Registry r = new Registry();
        CliFunctions.register(host, r);
        IoFunctions.register(host, r);
        ClockFunctions.register(host, r);
        RandomFunctions.register(r);
        FilesystemFunctions.register(host, r);
        r.declare("wasi:cli/terminal-input");
        r.declare("wasi:cli/terminal-output");
        this.functions = r.freeze();
    }

    /** The WASI version served; imports of any compatible 0.2.x match it. */
    public String version() {
        return WasiTypes.VERSION;
    }

    /**
     * The functions by versionless interface name ({@code wasi:cli/stdout}) then component-model
     * name ({@code get-stdout}, {@code [method]output-stream.write}); resource drops are {@link #drop}.
     */
    public Map<String, Map<String, Function<List<Value>, Optional<Value>>>> functions() {
        return functions;
    }

    /**
     * The type of a served function, for checking a component's import against it.
     *
     * @throws IllegalArgumentException when the interface or function is not served
     */
    public FuncType type(String iface, String function) {
        return host.types.function(iface, function);
    }

    /**
     * This host's resource type {@code name} of {@code iface} (e.g. {@code wasi:io/streams},
     * {@code output-stream}); the same object on every call.
     *
     * @throws IllegalArgumentException when there is no such resource
     */
    public ResourceType resource(String iface, String name) {
        return host.types.resource(iface, name);
    }

    /**
     * Releases the host object behind the guest's last own handle.
     *
     * @throws dev.wasmhost.component.abi.AbiTrap when this host holds no {@code type} object at {@code rep}
     */
    public void drop(ResourceType type, int rep) {
        if (!host.table.remove(type, rep)) {
            throw new dev.wasmhost.component.abi.AbiTrap("drop of unknown " + type.name() + " (rep " + rep
                    + "): it was already dropped or never created by this WASI host");
        }
    }

    /** How many host resources the guest holds (for leak checks). */
    public int liveResources() {
        return host.table.size();
    }
}
