package dev.wasmhost.bench;

import dev.wasmhost.component.binary.Component;
import dev.wasmhost.component.binary.ComponentDecoder;
import dev.wasmhost.component.world.ComponentWorld;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

/**
 * Decoding and validating component binaries made by real toolchains (conformance/components/wasm): the 12.5 MB
 * JavaScript component from {@code jco componentize} and the 19 KB C command from {@code jco new}, plus reading the
 * world of the decoded JS component. Run from the repository root (or set {@code -Dwasmhost.root}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ComponentDecodeBenchmark {
    @Param({"js-shapes.wasm", "hello-command.wasm"})
    public String file;

    private byte[] bytes;
    private Component decoded;

    @Setup
    public void load() {
        Path dir = Path.of(System.getProperty("wasmhost.root", ".")).resolve("conformance/components/wasm");
        try {
            bytes = Files.readAllBytes(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root or set -Dwasmhost.root", e);
        }
        decoded = ComponentDecoder.decode(bytes);
    }

    @Benchmark
    public Component decodeAndValidate() {
        return ComponentDecoder.decode(bytes);
    }

    @Benchmark
    public String worldAsWit() {
        return ComponentWorld.of(decoded).toWit();
    }
}
