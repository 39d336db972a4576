package dev.wasmhost.bench;

import dev.wasmhost.capability.wasi.p2.WasiP2;
import dev.wasmhost.capability.wasi.WasiConfig;
import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.binary.Component;
import dev.wasmhost.component.binary.ComponentDecoder;
import dev.wasmhost.component.link.ComponentEngine;
import dev.wasmhost.component.link.ComponentInstance;
import dev.wasmhost.component.link.Linker;
import dev.wasmhost.runtime.CodeCache;
import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3's component figures, on components in conformance/components/wasm (run from the repository root, or set
 * {@code -Dwasmhost.root}):
 * <ul>
 *   <li>{@code callStringToRecord}: one call of {@code parse-point: func(text: string) -> point} of p2-exports (the
 *       string is lowered into guest memory through the guest's {@code cabi_realloc}, the record lifted back), on
 *       a warm instance; compare with {@link ExportCallBenchmark} (a core export call);</li>
 *   <li>{@code instantiateCommand}: a new instance of p2-direct (a wasi:cli/command: 3 core modules, WASI 0.2
 *       imports) with a fresh WASI 0.2 context, compiled code already prepared and cached; the linker is built once,
 *       as a host serving many requests would.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ComponentBenchmark {
    private static final String PARSE = "wasmhost:test/shapes@0.1.0#parse-point";
    private static final List<Value> ARGS = List.of(new Value.StringValue("-3,42"));

    private ComponentInstance shapes;
    private ComponentEngine engine;
    private Component command;
    private Linker commandLinker;

    @Setup
    public void setUp() throws IOException {
        Path dir = Path.of(System.getProperty("wasmhost.root", ".")).resolve("conformance/components/wasm");
        Path cache = Files.createTempDirectory("wasmhost-bench-cache");
        engine = new ComponentEngine(new EndiveEngine(EngineKind.COMPILER, new CodeCache(cache)));
        shapes = new Linker().instantiate(engine, read(dir.resolve("p2-exports.wasm")));
        command = ComponentDecoder.decode(read(dir.resolve("p2-direct.wasm")));
        WasiP2 wasi = new WasiP2(config());
        commandLinker = new Linker().defineAll(wasi.version(), wasi.functions(), wasi::type, wasi::resource, wasi::drop);
        commandLinker.instantiate(engine, command); // compile and cache once
    }

    private static WasiConfig config() {
        return WasiConfig.builder().args(List.of("p2-direct")).stdin(InputStream.nullInputStream())
                .stdout(OutputStream.nullOutputStream()).stderr(OutputStream.nullOutputStream()).build();
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root or set -Dwasmhost.root", e);
        }
    }

    @Benchmark
    public Optional<Value> callStringToRecord() {
        return shapes.call(PARSE, ARGS);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ComponentInstance instantiateCommand() {
        WasiP2 wasi = new WasiP2(config());
        Linker linker = new Linker().defineAll(wasi.version(), wasi.functions(), wasi::type, wasi::resource, wasi::drop);
        return linker.instantiate(engine, command);
    }

    /** Checks the benchmark computes what it claims, once, outside measurement. */
    public static void main(String[] args) throws IOException {
        var b = new ComponentBenchmark();
        b.setUp();
        Value p = b.callStringToRecord().orElseThrow();
        if (!p.equals(new Value.RecordValue(List.of(new Value.IntValue(Type.Primitive.S32, -3),
                new Value.IntValue(Type.Primitive.S32, 42))))) {
            throw new AssertionError("parse-point returned " + p);
        }
        System.out.println("ok: " + p);
    }
}
