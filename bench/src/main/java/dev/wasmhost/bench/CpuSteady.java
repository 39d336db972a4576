package dev.wasmhost.bench;

import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import dev.wasmhost.runtime.MemoryLimit;
import dev.wasmhost.runtime.PreparedModule;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import run.endive.runtime.ImportValues;
import run.endive.wasi.WasiExitException;

/**
 * Like {@link SteadyState}, but also the main thread's CPU time of each run, which other work on
 * the machine inflates far less than the wall time (bench/RESULTS.md, "Session 7"). Usage:
 * {@code CpuSteady RUNS KERNEL.wasm}; prints one line, every run's CPU time at the end.
 */
public final class CpuSteady {
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        byte[] wasm = Files.readAllBytes(file);
        PreparedModule prepared = new EndiveEngine(EngineKind.COMPILER, null).prepare(wasm);
        var bean = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[runs];
        double[] wall = new double[runs];
        String first = null;
        for (int i = 0; i < runs; i++) {
            var out = new ByteArrayOutputStream();
            long c0 = bean.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            try (var wasi = GuestWasi.create(List.of(file.getFileName().toString()), InputStream.nullInputStream(), out, System.err)) {
                var imports = ImportValues.builder().addFunction(wasi.hostFunctions()).build();
                prepared.instantiate(imports, MemoryLimit.UNLIMITED, false).exports().function("_start").apply();
            } catch (WasiExitException e) {
                // exit code ignored
            }
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (bean.getCurrentThreadCpuTime() - c0) / 1e6;
            if (first == null) first = out.toString(); else if (!first.equals(out.toString())) throw new AssertionError("output differs");
        }
        double[] c = cpu.clone(); Arrays.sort(c);
        double[] w = wall.clone(); Arrays.sort(w);
        System.out.printf("CPU best=%.1f median=%.1f last=%.1f  WALL best=%.1f median=%.1f last=%.1f  cpu_runs=%s%n",
                c[0], c[runs / 2], cpu[runs - 1], w[0], w[runs / 2], wall[runs - 1],
                Arrays.toString(Arrays.stream(cpu).mapToLong(Math::round).toArray()));
    }
}
