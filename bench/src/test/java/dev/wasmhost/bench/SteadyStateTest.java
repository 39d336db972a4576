package dev.wasmhost.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.runtime.EngineKind;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SteadyStateTest {
    private static final PrintStream DISCARD = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void everyRunOnAFreshInstancePrintsTheSameOutput() {
        var series = SteadyState.measure(
                Kernels.load("calls"), List.of("calls.wasm", "15", "100"), EngineKind.COMPILER, 3, DISCARD);

        assertThat(series.runNanos()).hasSize(3);
        assertThat(java.util.Arrays.stream(series.runNanos()).min().orElseThrow()).isPositive();
        assertThat(series.firstDifferingRun()).isEqualTo(-1);
        assertThat(series.firstOutput()).startsWith("fib(15) = 610\n");
    }

    @Test
    void nbodyMatchesTheKnownEnergiesAfterAThousandSteps() {
        // The reference values every n-body implementation prints for 1000 steps.
        var series = SteadyState.measure(
                Kernels.load("nbody"), List.of("nbody.wasm", "1000"), EngineKind.INTERPRETER, 1, DISCARD);

        assertThat(series.firstOutput()).isEqualTo("-0.169075164\n-0.169087605\n");
    }

    @Test
    void intmemDigestEqualsJavasSha256OfTheSameGeneratedData() throws Exception {
        var series = SteadyState.measure(
                Kernels.load("intmem"), List.of("intmem.wasm", "1", "1000"), EngineKind.COMPILER, 1, DISCARD);

        assertThat(series.firstOutput())
                .startsWith("sha256(1 MiB) = " + sha256OfXorshiftStream(1 << 20) + "\n")
                .containsPattern("map: \\d+ keys, \\d+ hits, sum \\d+\n");
    }

    /** The kernel's data: a xorshift64 stream from its fixed seed, stored little-endian. */
    private static String sha256OfXorshiftStream(int bytes) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        long s = 0x9e3779b97f4a7c15L;
        byte[] word = new byte[8];
        for (int i = 0; i < bytes / 8; i++) {
            s ^= s << 13;
            s ^= s >>> 7;
            s ^= s << 17;
            for (int b = 0; b < 8; b++) {
                word[b] = (byte) (s >>> (8 * b));
            }
            digest.update(word);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void reportEndsWithAMachineReadableResultLine() {
        var series = new SteadyState.Series(5_000_000, new long[] {40_000_000, 20_000_000, 30_000_000}, "42\n", -1);
        var out = new ByteArrayOutputStream();

        SteadyState.report(Path.of("k.wasm"), EngineKind.COMPILER, series, new PrintStream(out, true, StandardCharsets.UTF_8));

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).contains("run   2:       20.0 ms", "42", "output identical in all 3 runs");
        assertThat(lines[lines.length - 1])
                .isEqualTo("RESULT runs=3 first_ms=40.0 best_ms=20.0 median_ms=30.0 last_ms=30.0"
                        + " last_over_best=1.50 same_output=true");
    }
}
