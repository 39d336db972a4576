package dev.wasmhost.bench;

import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import dev.wasmhost.runtime.MemoryLimit;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import run.endive.compiler.MachineFactoryCompiler;
import run.endive.runtime.ExportFunction;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.wasi.WasiPreview1;
import run.endive.wasm.Parser;

/**
 * The cost of one call of a tiny export ({@code add(i32, i32) -> i32} of kernels/small.wasm) on
 * an instance from wasmhost's engine (compiler and interpreter) and from bare Endive's compiler.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportCallBenchmark {
    private GuestWasi compilerWasi;
    private GuestWasi interpreterWasi;
    private WasiPreview1 endiveWasi;
    private ExportFunction wasmhostCompiled;
    private ExportFunction wasmhostInterpreted;
    private ExportFunction bareEndiveCompiled;
    private int counter;

    @Setup
    public void instantiate() {
        byte[] wasm = Kernels.load("small");
        compilerWasi = newWasi();
        wasmhostCompiled = wasmhostAdd(wasm, EngineKind.COMPILER, compilerWasi);
        interpreterWasi = newWasi();
        wasmhostInterpreted = wasmhostAdd(wasm, EngineKind.INTERPRETER, interpreterWasi);

        var module = Parser.parse(wasm);
        endiveWasi = WasiPreview1.builder().build();
        bareEndiveCompiled =
                Instance.builder(module)
                        .withImportValues(ImportValues.builder().addFunction(endiveWasi.toHostFunctions()).build())
                        .withMachineFactory(MachineFactoryCompiler.compile(module))
                        .withStart(false)
                        .build()
                        .export("add");
    }

    private static GuestWasi newWasi() {
        return GuestWasi.create(
                List.of("small"), InputStream.nullInputStream(), OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
    }

    private static ExportFunction wasmhostAdd(byte[] wasm, EngineKind kind, GuestWasi wasi) {
        var imports = ImportValues.builder().addFunction(wasi.hostFunctions()).build();
        return new EndiveEngine(kind, null)
                .prepare(wasm)
                .instantiate(imports, MemoryLimit.UNLIMITED, false)
                .exports()
                .function("add");
    }

    @TearDown
    public void close() {
        compilerWasi.close();
        interpreterWasi.close();
        endiveWasi.close();
    }

    @Benchmark
    public long wasmhostCompiler() {
        return wasmhostCompiled.apply(counter++, 7)[0];
    }

    @Benchmark
    public long wasmhostInterpreter() {
        return wasmhostInterpreted.apply(counter++, 7)[0];
    }

    @Benchmark
    public long bareEndiveCompiler() {
        return bareEndiveCompiled.apply(counter++, 7)[0];
    }
}
