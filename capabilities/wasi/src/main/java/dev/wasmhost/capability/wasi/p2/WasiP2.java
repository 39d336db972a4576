package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.capability.wasi.WasiConfig;
import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.bindgen.runtime.Resources;
import dev.wasmhost.wit.wasi.cli.environment.EnvironmentAdapter;
import dev.wasmhost.wit.wasi.cli.exit.ExitAdapter;
import dev.wasmhost.wit.wasi.cli.stderr.StderrAdapter;
import dev.wasmhost.wit.wasi.cli.stdin.StdinAdapter;
import dev.wasmhost.wit.wasi.cli.stdout.StdoutAdapter;
import dev.wasmhost.wit.wasi.cli.terminal_input.TerminalInputAdapter;
import dev.wasmhost.wit.wasi.cli.terminal_output.TerminalOutputAdapter;
import dev.wasmhost.wit.wasi.cli.terminal_stderr.TerminalStderrAdapter;
import dev.wasmhost.wit.wasi.cli.terminal_stdin.TerminalStdinAdapter;
import dev.wasmhost.wit.wasi.cli.terminal_stdout.TerminalStdoutAdapter;
import dev.wasmhost.wit.wasi.clocks.monotonic_clock.MonotonicClockAdapter;
import dev.wasmhost.wit.wasi.clocks.wall_clock.WallClockAdapter;
import dev.wasmhost.wit.wasi.filesystem.preopens.PreopensAdapter;
import dev.wasmhost.wit.wasi.filesystem.types.TypesAdapter;
import dev.wasmhost.wit.wasi.io.error.ErrorAdapter;
import dev.wasmhost.wit.wasi.io.poll.PollAdapter;
import dev.wasmhost.wit.wasi.io.streams.StreamsAdapter;
import dev.wasmhost.wit.wasi.random.insecure.InsecureAdapter;
import dev.wasmhost.wit.wasi.random.insecure_seed.InsecureSeedAdapter;
import dev.wasmhost.wit.wasi.random.random.RandomAdapter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A WASI 0.2.0 host ({@code wasi:cli/imports} minus sockets) for one guest instance. Each WIT
 * interface is a Java class implementing the interface generated from wit/ by host/bindgen
 * ({@code dev.wasmhost.wit.wasi.*}), served through the generated adapters. The linker binds it as:
 *
 * <pre>{@code
 * WasiP2 wasi = new WasiP2(WasiConfig.builder().args(List.of("prog")).stdout(System.out).build());
 * linker.defineAll(wasi.version(), wasi.functions(), wasi::type, wasi::resource, wasi::drop);
 * }</pre>
 *
 * <p>Host resources travel as {@code HandleValue(resource(iface, name), rep, own)} where rep is
 * this host's id for the object; {@link #drop} releases it. Denied or failed operations answer
 * with the interface's error values (a dropped descriptor or stream too); {@code wasi:cli/exit#exit}
 * throws {@link WasiExit}; a call that has no error case and names an unknown rep throws
 * {@code AbiTrap}.
 */
public final class WasiP2 {
    private final WasiTypes types = new WasiTypes();
    private final Resources resources = new Resources(types::resource);
    private final Map<String, Map<String, Function<List<Value>, Optional<Value>>>> functions;

    /** @throws IllegalArgumentException when a configured preopen is not an existing directory */
    public WasiP2(WasiConfig config) {
        Resources res = resources;
        Map<String, Map<String, Function<List<Value>, Optional<Value>>>> f = new LinkedHashMap<>();
        Cli cli = new Cli(config);
        f.put(EnvironmentAdapter.INTERFACE, EnvironmentAdapter.functions(cli, res));
        f.put(ExitAdapter.INTERFACE, ExitAdapter.functions(cli, res));
        f.put(StdinAdapter.INTERFACE, StdinAdapter.functions(cli, res));
        f.put(StdoutAdapter.INTERFACE, StdoutAdapter.functions(cli, res));
        f.put(StderrAdapter.INTERFACE, StderrAdapter.functions(cli, res));
        f.put(TerminalInputAdapter.INTERFACE, TerminalInputAdapter.functions(res));
        f.put(TerminalOutputAdapter.INTERFACE, TerminalOutputAdapter.functions(res));
        f.put(TerminalStdinAdapter.INTERFACE, TerminalStdinAdapter.functions(cli, res));
        f.put(TerminalStdoutAdapter.INTERFACE, TerminalStdoutAdapter.functions(cli, res));
        f.put(TerminalStderrAdapter.INTERFACE, TerminalStderrAdapter.functions(cli, res));

        f.put(ErrorAdapter.INTERFACE, ErrorAdapter.functions(res));
        f.put(PollAdapter.INTERFACE, PollAdapter.functions(new Poll(), res));
        f.put(StreamsAdapter.INTERFACE, StreamsAdapter.functions(res));

        f.put(MonotonicClockAdapter.INTERFACE, MonotonicClockAdapter.functions(new MonotonicClock(), res));
        f.put(WallClockAdapter.INTERFACE, WallClockAdapter.functions(new WallClock(), res));

        Randomness random = new Randomness();
        f.put(RandomAdapter.INTERFACE, RandomAdapter.functions(random, res));
        f.put(InsecureAdapter.INTERFACE, InsecureAdapter.functions(random, res));
        f.put(InsecureSeedAdapter.INTERFACE, InsecureSeedAdapter.functions(random, res));

        Filesystem fs = new Filesystem(config);
        f.put(TypesAdapter.INTERFACE, TypesAdapter.functions(fs, res));
        f.put(PreopensAdapter.INTERFACE, PreopensAdapter.functions(fs, res));
        this.functions = Collections.unmodifiableMap(f);

        // A handle the guest already dropped answers with the interface's error, not a trap.
        res.whenUnknown(StreamsAdapter.INTERFACE, "input-stream", InputSource::unknown);
        res.whenUnknown(StreamsAdapter.INTERFACE, "output-stream", OutputSink::unknown);
        res.whenUnknown(TypesAdapter.INTERFACE, "descriptor", HostDescriptor::unknown);
        res.whenUnknown(TypesAdapter.INTERFACE, "directory-entry-stream", rep -> DirectoryEntries.UNKNOWN);
    }

    /** The WASI version served (the one the bindings were generated from); imports of any compatible 0.2.x match it. */
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
        return types.function(iface, function);
    }

    /**
     * This host's resource type {@code name} of {@code iface} (e.g. {@code wasi:io/streams},
     * {@code output-stream}); the same object on every call.
     *
     * @throws IllegalArgumentException when there is no such resource
     */
    public ResourceType resource(String iface, String name) {
        return types.resource(iface, name);
    }

    /**
     * Releases the host object behind the guest's last own handle.
     *
     * @throws AbiTrap when this host holds no {@code type} object at {@code rep}
     */
    public void drop(ResourceType type, int rep) {
        if (!resources.drop(type, rep)) {
            throw new AbiTrap("drop of unknown " + type.name() + " (rep " + rep
                    + "): it was already dropped or never created by this WASI host");
        }
    }

    /** How many host resources the guest holds (for leak checks). */
    public int liveResources() {
        return resources.live();
    }
}
