package dev.wasmhost.conformance.parity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a process to its end: stdin given, stdout and stderr read whole, stopped at a time limit. */
public final class Proc {
    /** The outcome of one process; {@code status} -1 when it was stopped at the limit. */
    public record Result(int status, String stdout, String stderr) {}

    private Proc() {}

    /** Runs {@code command} in {@code dir} with extra environment variables, feeding {@code stdin}. */
    public static Result run(List<String> command, Path dir, Map<String, String> env, String stdin, Duration limit)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException closedEarly) {
            // the program ended without reading all of its input, which is its right
        }
        if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            p.waitFor();
            return new Result(-1, "", command.get(0) + " did not finish within " + limit.toSeconds() + "s");
        }
        return new Result(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    /** {@code node --version}, or null when there is no working {@code node} on the PATH. */
    public static String nodeVersion() {
        try {
            Result r = run(List.of("node", "--version"), Path.of("."), Map.of(), "", Duration.ofSeconds(30));
            return r.status() == 0 ? r.stdout().trim() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
