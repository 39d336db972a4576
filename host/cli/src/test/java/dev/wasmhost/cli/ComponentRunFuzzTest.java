package dev.wasmhost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.runtime.ExitCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates real components (a C program against WASI 0.2, a jco-adapted preview 1 command, a
 * component with exports) and runs each mutant through {@code wasmhost run} as a user would: every
 * outcome must be a clean rejection (a documented exit status and one {@code error:} line) or a
 * run of the guest. Never an internal error, a Java stack trace, or a hang (each run has a
 * timeout; the whole test a time budget).
 */
class ComponentRunFuzzTest {
    private static final Path COMPONENTS = Path.of("../../conformance/components/wasm");
    private static final long SEED = 0xC0FFEE_2026L;
    private static final int CASES = 10_000;
    private static final long BUDGET_NANOS = 90_000_000_000L;
    private static final Set<Integer> HOST_STATUSES = Set.of(ExitCode.USAGE, ExitCode.INVALID_MODULE,
            ExitCode.UNRESOLVED_IMPORT, ExitCode.TIMEOUT, ExitCode.MEMORY_LIMIT, ExitCode.TRAP);

    @Test
    void mutatedComponentsRunOrAreRejectedCleanly(@TempDir Path dir) throws IOException {
        List<byte[]> seeds = List.of(
                Files.readAllBytes(COMPONENTS.resolve("p2-direct.wasm")),
                Files.readAllBytes(COMPONENTS.resolve("hello-command.wasm")),
                Files.readAllBytes(COMPONENTS.resolve("p2-exports.wasm")));
        Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        long deadline = System.nanoTime() + BUDGET_NANOS;
        AtomicInteger ran = new AtomicInteger();
        // Two workers; each case's mutation depends only on the seed and its number, so a failing
        // case reproduces alone.
        IntStream.range(0, CASES).parallel().forEach(n -> {
            if (System.nanoTime() > deadline) {
                return;
            }
            Random random = new Random(SEED + n);
            byte[] mutant = mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                Path file = dir.resolve("mutant-" + n + ".wasm");
                Files.write(file, mutant);
                // The interpreter: mutated code would otherwise be compiled to JVM bytecode afresh each time.
                CliRun r = CliRun.of("run", "--engine", "interpreter", "--timeout", "2s", "--max-memory", "64M",
                        file.toString());
                Files.delete(file);
                ran.incrementAndGet();
                statuses.merge(r.status(), 1, Integer::sum);
                String problem = problem(r);
                if (problem != null && unexpected.size() < 20) {
                    // Kept for reproduction: wasmhost run --debug target/fuzz-failures/case-N.wasm
                    Path kept = Path.of("target/fuzz-failures/case-" + n + ".wasm");
                    Files.createDirectories(kept.getParent());
                    Files.write(kept, mutant);
                    unexpected.add("case " + n + ": " + problem + ": " + r.stderr().lines().findFirst().orElse(""));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        int run = ran.get();
        System.out.printf("component run fuzz: %d cases, exit statuses %s (seed %x)%n", run, statuses, SEED);
        assertThat(unexpected).isEmpty();
        assertThat(statuses).as("some mutants are rejected").containsKey(ExitCode.INVALID_MODULE);
        assertThat(run).as("cases run within the budget").isGreaterThan(1_000);
    }

    /** What is wrong with one run's outcome, or null when it is clean. */
    private static String problem(CliRun r) {
        String err = r.stderr();
        if (r.status() == ExitCode.INTERNAL && err.contains("internal error")) {
            return "internal error";
        }
        if (err.contains("\tat ") || err.contains("Exception") && !err.startsWith("error:")) {
            return "Java stack trace";
        }
        if (HOST_STATUSES.contains(r.status())) {
            List<String> errorLines = err.lines().filter(l -> l.startsWith("error: ")).toList();
            if (errorLines.size() != 1) {
                return "exit " + r.status() + " without exactly one error line";
            }
        }
        return null;
    }

    private static byte[] mutate(byte[] base, Random random) {
        byte[] out = base.clone();
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = 8 + random.nextInt(out.length - 8);
            switch (random.nextInt(4)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out[at] ^= (byte) (1 << random.nextInt(8));
                case 2 -> out[at] = (byte) (out[at] + (random.nextBoolean() ? 1 : -1));
                default -> {
                    // Truncate: a cut anywhere must be reported, never read past.
                    byte[] cut = new byte[Math.max(8, at)];
                    System.arraycopy(out, 0, cut, 0, cut.length);
                    out = cut;
                }
            }
            if (out.length <= 9) {
                break;
            }
        }
        return out;
    }
}
