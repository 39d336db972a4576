package dev.wasmhost.bench;

import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import dev.wasmhost.runtime.MemoryLimit;
import dev.wasmhost.runtime.PreparedModule;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import run.endive.compiler.MachineFactoryCompiler;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.runtime.Machine;
import run.endive.wasi.WasiOptions;
import run.endive.wasi.WasiPreview1;
import run.endive.wasm.Parser;
import run.endive.wasm.WasmModule;

/**
 * Instantiations per second of an already compiled small WASI module (kernels/small.wasm), each
 * with a fresh WASI context that is closed again: wasmhost's path (a {@link PreparedModule} from
 * {@link EndiveEngine} and wasmhost's {@code WasiP1}) beside bare Endive's (a compiled machine factory and Endive's
 * {@code WasiPreview1}). Neither runs {@code _initialize}.
 *
 * <p>wasmhost runs once with the module's own memory limits and once with a 64 MiB cap: the cap
 * is what a host with {@code --max-memory} does, and it changes the cost (the engine sizes its
 * page table by the maximum).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InstantiationBenchmark {
    private static final List<String> ARGV = List.of("small");

    private PreparedModule prepared;
    private WasmModule module;
    private Function<Instance, Machine> endiveMachines;

    @Setup
    public void compileOnce() {
        byte[] wasm = Kernels.load("small");
        prepared = new EndiveEngine(EngineKind.COMPILER, null).prepare(wasm);
        module = Parser.parse(wasm);
        endiveMachines = MachineFactoryCompiler.compile(module);
    }

    /** wasmhost's memory cap; only the wasmhost benchmark takes this state. */
    @State(Scope.Benchmark)
    public static class Cap {
        @Param({"none", "64MiB"})
        public String maxMemory;

        MemoryLimit limit;

        @Setup
        public void parse() {
            limit = maxMemory.equals("none") ? MemoryLimit.UNLIMITED : new MemoryLimit(64L << 20);
        }
    }

    @Benchmark
    public Instance wasmhost(Cap cap) {
        try (var wasi = GuestWasi.create(
                ARGV, InputStream.nullInputStream(), OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
            var imports = ImportValues.builder().addFunction(wasi.hostFunctions()).build();
            return prepared.instantiate(imports, cap.limit, false);
        }
    }

    @Benchmark
    public Instance bareEndive() {
        var options =
                WasiOptions.builder()
                        .withArguments(ARGV)
                        .withStdin(InputStream.nullInputStream())
                        .withStdout(OutputStream.nullOutputStream())
                        .withStderr(OutputStream.nullOutputStream())
                        .build();
        try (var wasi = WasiPreview1.builder().withOptions(options).build()) {
            var imports = ImportValues.builder().addFunction(wasi.toHostFunctions()).build();
            return Instance.builder(module)
                    .withImportValues(imports)
                    .withMachineFactory(endiveMachines)
                    .withStart(false)
                    .build();
        }
    }
}
