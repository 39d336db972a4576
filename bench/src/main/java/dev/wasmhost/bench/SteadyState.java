package dev.wasmhost.bench;

import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import dev.wasmhost.runtime.MemoryLimit;
import dev.wasmhost.runtime.PreparedModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import run.endive.runtime.ImportValues;
import run.endive.wasi.WasiExitException;

/**
 * Runs one command module's {@code _start} many times in one JVM, each run on a fresh instance
 * and WASI context of a module prepared (compiled) once, and prints the time of every run: does
 * the engine reach a steady state, and does it stay there?
 *
 * <pre>java -cp ... dev.wasmhost.bench.SteadyState [--runs N] [--engine compiler|interpreter] FILE.wasm [ARGS...]</pre>
 *
 * The last line is machine-readable ({@code RESULT key=value ...}) for bench/run-steady.sh.
 */
public final class SteadyState {
    private SteadyState() {}

    /** The outcome of a series: per-run wall times and whether every run printed the same. */
    record Series(long prepareNanos, long[] runNanos, String firstOutput, int firstDifferingRun) {
        double millis(int run) {
            return runNanos[run] / 1e6;
        }

        double bestMillis() {
            return Arrays.stream(runNanos).min().orElseThrow() / 1e6;
        }

        double medianMillis() {
            long[] sorted = runNanos.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6;
        }

        double lastMillis() {
            return millis(runNanos.length - 1);
        }
    }

    public static void main(String[] args) throws IOException {
        int runs = 10;
        EngineKind engine = EngineKind.COMPILER;
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        try {
            while (!rest.isEmpty() && rest.get(0).startsWith("--")) {
                String flag = rest.remove(0);
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
                switch (flag) {
                    case "--runs" -> runs = Integer.parseInt(rest.remove(0));
                    case "--engine" -> engine = EngineKind.parse(rest.remove(0));
                    default -> throw new IllegalArgumentException("unknown flag " + flag);
                }
            }
            if (rest.isEmpty() || runs < 1) {
                throw new IllegalArgumentException("a FILE.wasm and --runs of at least 1 are needed");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(
                    "usage: SteadyState [--runs N] [--engine compiler|interpreter] FILE.wasm [ARGS...]");
            System.exit(2);
            return;
        }
        Path file = Path.of(rest.get(0));
        List<String> argv = new ArrayList<>(rest);
        argv.set(0, file.getFileName().toString());

        Series series = measure(Files.readAllBytes(file), argv, engine, runs, System.err);
        report(file, engine, series, System.out);
        System.exit(series.firstDifferingRun() < 0 ? 0 : 1);
    }

    /**
     * Prepares the module once, then runs it {@code runs} times; each run's guest stdout is
     * captured (the first is kept, the others compared with it). Guest stderr goes to
     * {@code stderr}.
     */
    static Series measure(byte[] wasm, List<String> argv, EngineKind engine, int runs, PrintStream stderr) {
        long start = System.nanoTime();
        PreparedModule prepared = new EndiveEngine(engine, null).prepare(wasm);
        long prepareNanos = System.nanoTime() - start;

        long[] times = new long[runs];
        String first = null;
        int differing = -1;
        for (int i = 0; i < runs; i++) {
            var stdout = new ByteArrayOutputStream();
            long t0 = System.nanoTime();
            int status = runOnce(prepared, argv, stdout, stderr);
            times[i] = System.nanoTime() - t0;
            String output = stdout.toString(StandardCharsets.UTF_8) + (status == 0 ? "" : "exit " + status + "\n");
            if (first == null) {
                first = output;
            } else if (differing < 0 && !first.equals(output)) {
                differing = i;
            }
        }
        return new Series(prepareNanos, times, first, differing);
    }

    private static int runOnce(PreparedModule prepared, List<String> argv, ByteArrayOutputStream stdout, PrintStream stderr) {
        try (var wasi = GuestWasi.create(argv, InputStream.nullInputStream(), stdout, stderr)) {
            var imports = ImportValues.builder().addFunction(wasi.hostFunctions()).build();
            var instance = prepared.instantiate(imports, MemoryLimit.UNLIMITED, false);
            instance.exports().function("_start").apply();
            return 0;
        } catch (WasiExitException e) {
            return e.exitCode();
        }
    }

    static void report(Path file, EngineKind engine, Series s, PrintStream out) {
        out.printf("module: %s, engine: %s, WASI: %s%n", file, engine.name().toLowerCase(), GuestWasi.implementation());
        out.printf("prepare (decode + compile): %.1f ms%n", s.prepareNanos() / 1e6);
        for (int i = 0; i < s.runNanos().length; i++) {
            out.printf("run %3d: %10.1f ms%n", i + 1, s.millis(i));
        }
        out.print("guest output (run 1):\n" + s.firstOutput());
        if (s.firstDifferingRun() >= 0) {
            out.printf("OUTPUT DIFFERS in run %d%n", s.firstDifferingRun() + 1);
        } else {
            out.printf("output identical in all %d runs%n", s.runNanos().length);
        }
        out.printf(
                "RESULT runs=%d first_ms=%.1f best_ms=%.1f median_ms=%.1f last_ms=%.1f last_over_best=%.2f same_output=%b%n",
                s.runNanos().length,
                s.millis(0),
                s.bestMillis(),
                s.medianMillis(),
                s.lastMillis(),
                s.lastMillis() / s.bestMillis(),
                s.firstDifferingRun() < 0);
    }
}
