package dev.wasmhost.runtime;

import java.util.Objects;
import java.util.function.Function;
import run.endive.compiler.InterpreterFallback;
import run.endive.compiler.MachineFactoryCompiler;
import run.endive.runtime.ByteArrayMemory;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.runtime.InterpreterMachine;
import run.endive.runtime.Machine;
import run.endive.wasm.InvalidException;
import run.endive.wasm.MalformedException;
import run.endive.wasm.Parser;
import run.endive.wasm.WasmEngineException;
import run.endive.wasm.WasmModule;

/**
 * Runs core modules on Endive. With {@link EngineKind#COMPILER} each module is compiled to JVM
 * bytecode once, cached by content hash in a {@link CodeCache} when one is given; functions
 * too large for one JVM method fall back to the interpreter silently.
 */
public final class EndiveEngine implements Engine {
    private final EngineKind kind;
    private final CodeCache cache;

    /**
     * @param cache where compiled code is kept between runs, or {@code null} for none
     */
    public EndiveEngine(EngineKind kind, CodeCache cache) {
        this.kind = Objects.requireNonNull(kind);
        this.cache = cache;
    }

    @Override
    public String name() {
        return kind == EngineKind.COMPILER ? "endive-compiler" : "endive-interpreter";
    }

    @Override
    public PreparedModule prepare(byte[] wasm) {
        WasmModule module = decode(wasm);
        Function<Instance, Machine> machines;
        if (kind == EngineKind.INTERPRETER) {
            machines = InterpreterMachine::new;
        } else {
            var compiler =
                    MachineFactoryCompiler.builder(module)
                            .withInterpreterFallback(InterpreterFallback.SILENT);
            if (cache != null) {
                compiler.withCache(cache);
            }
            machines = compiler.compile();
        }
        return new EndivePrepared(module, machines);
    }

    /** Decodes and validates, mapping Endive's exceptions to one-line user errors. */
    public static WasmModule decode(byte[] wasm) {
        switch (BinaryKind.of(wasm)) {
            case CORE_MODULE -> {}
            case COMPONENT -> throw new WasmhostException(
                    ExitCode.INVALID_MODULE,
                    "this is a WebAssembly component, not a core module: run it with 'wasmhost run'");
            case UNKNOWN_WASM_VERSION -> throw new WasmhostException(
                    ExitCode.INVALID_MODULE,
                    "invalid module: unsupported WebAssembly version or layer in the 8-byte header");
            case NOT_WASM -> throw new WasmhostException(
                    ExitCode.INVALID_MODULE,
                    wasm.length == 0
                            ? "invalid module: the file is empty"
                            : "invalid module: not a WebAssembly binary (bad magic number):"
                                    + " pass a .wasm file");
        }
        try {
            return Parser.parse(wasm);
        } catch (MalformedException | InvalidException e) {
            throw new WasmhostException(
                    ExitCode.INVALID_MODULE, "invalid module: " + oneLine(e.getMessage()), e);
        } catch (WasmEngineException | IllegalArgumentException | IndexOutOfBoundsException e) {
            // The parser reports some truncations as generic engine errors.
            throw new WasmhostException(
                    ExitCode.INVALID_MODULE,
                    "invalid module: " + oneLine(String.valueOf(e.getMessage())),
                    e);
        }
    }

    static String oneLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private record EndivePrepared(WasmModule module, Function<Instance, Machine> machines)
            implements PreparedModule {
        @Override
        public Instance instantiate(ImportValues imports, MemoryLimit limits, boolean runStart) {
            return Instance.builder(module)
                    .withImportValues(imports)
                    .withMachineFactory(machines)
                    .withMemoryFactory(declared -> new ByteArrayMemory(limits.clamp(declared)))
                    .withStart(runStart)
                    .build();
        }
    }
}
