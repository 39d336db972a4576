package dev.wasmhost.guest.tool;

import dev.wasmhost.guest.CompileResult;
import dev.wasmhost.guest.GuestCompiler;
import dev.wasmhost.guest.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command-line entry for scripts (bench/guest/run.sh) until the CLI's {@code compile} command is
 * the way in: {@code CompileMain [--component] in.py out.wasm}, or {@code CompileMain --speed
 * in.py...} to print compile speed in source lines per second after JIT warm-up.
 */
public final class CompileMain {
    private CompileMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("--speed")) {
            speed(args);
            return;
        }
        boolean component = args.length == 3 && args[0].equals("--component");
        if (args.length != (component ? 3 : 2)) {
            System.err.println("usage: CompileMain [--component] in.py out.wasm | CompileMain --speed in.py...");
            System.exit(2);
        }
        Path in = Path.of(args[component ? 1 : 0]);
        Path out = Path.of(args[component ? 2 : 1]);
        // from the file, so that the modules it imports are found beside it
        switch (GuestCompiler.compile(in, component ? Target.COMPONENT : Target.WASI_P1, java.util.List.of())) {
            case CompileResult.Success ok -> Files.write(out, ok.wasm());
            case CompileResult.Failure bad -> {
                bad.diagnostics().forEach(System.err::println);
                System.exit(1);
            }
        }
    }

    /** Compiles the files repeatedly; reports user lines per second (the runtime library is compiled each time too). */
    private static void speed(String[] args) throws IOException {
        int lines = 0;
        String[] names = new String[args.length - 1];
        String[] sources = new String[args.length - 1];
        for (int k = 1; k < args.length; k++) {
            Path p = Path.of(args[k]);
            names[k - 1] = p.getFileName().toString();
            sources[k - 1] = Files.readString(p, StandardCharsets.UTF_8);
            lines += (int) sources[k - 1].lines().count();
        }
        for (int warm = 0; warm < 30; warm++) {
            compileAll(names, sources);
        }
        int rounds = 30;
        // CPU time of this thread too: on a shared machine, wall time also counts waiting for a core
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            compileAll(names, sources);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("compiled %d files, %d user lines, %d times in %.2f s: %.0f user lines/s"
                        + " (thread CPU time %.2f s: %.0f user lines per CPU second)%n",
                names.length, lines, rounds, seconds, lines * rounds / seconds, cpu, lines * rounds / cpu);
    }

    private static void compileAll(String[] names, String[] sources) {
        for (int k = 0; k < names.length; k++) {
            if (GuestCompiler.compile(names[k], sources[k]) instanceof CompileResult.Failure bad) {
                throw new IllegalStateException(bad.diagnostics().toString());
            }
        }
    }
}
