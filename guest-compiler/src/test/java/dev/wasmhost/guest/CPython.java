package dev.wasmhost.guest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a program with the installed CPython, for differential tests. */
final class CPython {
    private static Boolean available;

    private CPython() {}

    static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        return available;
    }

    static GuestRun run(Path program) throws IOException, InterruptedException {
        return run(program, java.util.List.of(), java.util.Map.of());
    }

    /** Runs with extra command arguments (after the program) and environment variables. */
    static GuestRun run(Path program, java.util.List<String> args, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        return run(program, args, env, null);
    }

    /** With {@code dir} (if not null) as the working directory (the program is then named by its absolute path). */
    static GuestRun run(Path program, java.util.List<String> args, java.util.Map<String, String> env, Path dir)
            throws IOException, InterruptedException {
        Path errFile = Files.createTempFile("cpython-stderr", ".txt");
        try {
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("python3",
                    dir == null ? program.getFileName().toString() : program.toAbsolutePath().toString()));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().putAll(env);
            pb.directory(dir != null ? dir.toFile() : program.toAbsolutePath().getParent().toFile());
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            pb.redirectError(errFile.toFile());
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("python3 did not finish " + program);
            }
            return new GuestRun(out, Files.readString(errFile, StandardCharsets.UTF_8), p.exitValue());
        } finally {
            Files.deleteIfExists(errFile);
        }
    }
}
