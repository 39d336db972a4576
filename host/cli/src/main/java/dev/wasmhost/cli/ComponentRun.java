package dev.wasmhost.cli;

import dev.wasmhost.capability.wasi.p2.WasiExit;
import dev.wasmhost.capability.wasi.p2.WasiP2;
import dev.wasmhost.capability.wasi.WasiConfig;
import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.abi.Wave;
import dev.wasmhost.component.abi.WaveException;
import dev.wasmhost.component.link.ComponentEngine;
import dev.wasmhost.component.link.ComponentInstance;
import dev.wasmhost.component.link.ComponentRunner;
import dev.wasmhost.component.link.Linker;
import dev.wasmhost.runtime.Engine;
import dev.wasmhost.runtime.ExitCode;
import dev.wasmhost.runtime.GuestExecution;
import dev.wasmhost.runtime.GuestTrap;
import dev.wasmhost.runtime.MemoryLimit;
import dev.wasmhost.runtime.WasmhostException;
import dev.wasmhost.component.world.ComponentWorld;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code wasmhost run} for a component: WASI 0.2 (capabilities/wasi p2) linked by host/linker, then either
 * {@code wasi:cli/run} or the export named by {@code --invoke 'name(args)'} with arguments and result in WAVE.
 */
final class ComponentRun {
    private final Engine engine;
    private final WasiConfig config;
    private final MemoryLimit memory;
    private final Duration timeout;

    ComponentRun(Engine engine, WasiConfig config, MemoryLimit memory, Duration timeout) {
        this.engine = engine;
        this.config = config;
        this.memory = memory;
        this.timeout = timeout;
    }

    private Linker linker(WasiP2 wasi) {
        Linker linker = new Linker().defineAll(wasi.version(), wasi.functions(), wasi::type, wasi::resource, wasi::drop);
        return memory == MemoryLimit.UNLIMITED ? linker : linker.withMemoryLimit(memory);
    }

    /** Runs {@code wasi:cli/run}; returns the exit status. */
    int command(Path file, byte[] component) {
        ComponentWorld world = ComponentWorld.of(ComponentInfo.decode(file, component));
        if (world.exports().stream().noneMatch(e -> e.startsWith("wasi:cli/run@") || e.equals("wasi:cli/run"))) {
            throw new WasmhostException(ExitCode.INVALID_MODULE, "'" + file + "' is a component but not a command (it"
                    + " does not export wasi:cli/run): call one of its exports with --invoke 'name(args)'"
                    + (world.exports().isEmpty() ? "" : "; it exports " + String.join(", ", world.exports())));
        }
        WasiP2 wasi = new WasiP2(config);
        return ComponentRunner.runCommand(new ComponentEngine(engine), component, linker(wasi),
                t -> t instanceof WasiExit e ? OptionalInt.of(e.status()) : OptionalInt.empty(), timeout);
    }

    /** Calls one export, {@code name(arg, ...)} in WAVE, and prints its result in WAVE. */
    int invoke(Path file, byte[] component, String call, PrintWriter out) {
        ComponentInfo.decode(file, component);
        WasiP2 wasi = new WasiP2(config);
        Linker linker = linker(wasi);
        ComponentEngine components = new ComponentEngine(engine);
        return GuestExecution.run(() -> {
            try {
                ComponentInstance instance = linker.instantiate(components, component);
                int paren = call.indexOf('(');
                if (paren < 0 || !call.strip().endsWith(")")) {
                    throw new WasmhostException(ExitCode.USAGE, "invalid --invoke '" + call
                            + "': write the call as name(arg, ...), with arguments in WAVE, e.g. 'area(circle(2))'");
                }
                String export = export(instance, call.substring(0, paren).strip());
                FuncType type = instance.type(export);
                List<Value> args;
                try {
                    args = Wave.parseCall("f" + call.substring(paren), type);
                } catch (WaveException e) {
                    throw new WasmhostException(ExitCode.USAGE, "invalid --invoke '" + call + "': " + e.problem());
                }
                Optional<Value> result = instance.call(export, args);
                if (result.isPresent()) {
                    out.println(Wave.print(result.get(), type.result().orElseThrow()));
                }
                out.flush();
                return 0;
            } catch (WasiExit e) {
                return e.status();
            } catch (AbiTrap e) {
                throw new GuestTrap("guest trapped: " + e.getMessage(), List.of(), e);
            }
        }, timeout, components::sourceMappedModule);
    }

    /** The export {@code name} means: exact, or a function of one exported interface ({@code area} for {@code ns:pkg/shapes#area}). */
    private static String export(ComponentInstance instance, String name) {
        List<String> all = instance.functions();
        if (all.contains(name)) {
            return name;
        }
        List<String> matches = all.stream()
                .filter(f -> f.endsWith("#" + name) || stripVersion(f).equals(name))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new WasmhostException(ExitCode.USAGE, (matches.isEmpty()
                ? "the component exports no function '" + name + "'"
                : "'" + name + "' is ambiguous") + "; it exports " + String.join(", ", all));
    }

    private static String stripVersion(String export) {
        int at = export.indexOf('@');
        int hash = export.indexOf('#');
        return at >= 0 && hash > at ? export.substring(0, at) + export.substring(hash) : export;
    }
}
