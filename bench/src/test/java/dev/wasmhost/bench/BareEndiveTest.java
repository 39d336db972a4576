package dev.wasmhost.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BareEndiveTest {

    private record Outcome(int status, String stdout, String stderr) {}

    private static Outcome run(String kernel, boolean interpreter, String... args) {
        var stdout = new ByteArrayOutputStream();
        var stderr = new ByteArrayOutputStream();
        var argv = new java.util.ArrayList<>(List.of(kernel + ".wasm"));
        argv.addAll(List.of(args));
        int status = BareEndive.run(
                Path.of("kernels", kernel + ".wasm"),
                argv,
                interpreter,
                InputStream.nullInputStream(),
                stdout,
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        return new Outcome(
                status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helloWorldPrintsItsGreetingWithTheCompiler() {
        assertThat(run("hello", false)).isEqualTo(new Outcome(0, "Hello, world!\n", ""));
    }

    @Test
    void helloWorldPrintsItsGreetingWithTheInterpreter() {
        assertThat(run("hello", true)).isEqualTo(new Outcome(0, "Hello, world!\n", ""));
    }

    @Test
    void callKernelComputesFibonacciAndAgreesBetweenEngines() {
        Outcome compiled = run("calls", false, "20", "1000");
        Outcome interpreted = run("calls", true, "20", "1000");

        assertThat(compiled.status()).isZero();
        assertThat(compiled.stdout()).startsWith("fib(20) = 6765\n").contains("indirect 1000 calls: ");
        assertThat(interpreted).isEqualTo(compiled);
    }

    @Test
    void missingModuleExitsWithInputNotFound() {
        Outcome outcome = run("no-such-kernel", false);

        assertThat(outcome.status()).isEqualTo(66);
        assertThat(outcome.stderr()).startsWith("error: no such file: ");
    }
}
