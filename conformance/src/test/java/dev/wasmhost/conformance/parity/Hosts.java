package dev.wasmhost.conformance.parity;

import dev.wasmhost.cli.Wasmhost;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs a {@link ParityCase} under wasmhost (in-process) or Node (node-harness/run.mjs), each in a fresh temp dir. */
final class Hosts {
    /** A program that runs longer than this under Node is stopped and reported as such. */
    private static final long NODE_LIMIT_SECONDS = 120;

    private Hosts() {}

    static HostRun wasmhost(ParityCase c) throws IOException {
        Path temp = freshDir(c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Wasmhost.execute(
                command(c, temp).toArray(String[]::new),
                new ByteArrayInputStream(c.stdin().getBytes(StandardCharsets.UTF_8)),
                out,
                err);
        return new HostRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                HostRun.snapshot(temp));
    }

    static HostRun node(Path runMjs, ParityCase c) throws IOException, InterruptedException {
        Path temp = freshDir(c);
        List<String> command = new ArrayList<>(List.of("node", runMjs.toString()));
        List<String> line = command(c, temp);
        command.addAll(line.subList(1, line.size()));
        Process p = new ProcessBuilder(command).directory(temp.toFile()).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        try (var stdin = p.getOutputStream()) {
            stdin.write(c.stdin().getBytes(StandardCharsets.UTF_8));
        } catch (IOException closedEarly) {
            // the guest exited without reading all of its input, which is its right
        }
        if (!p.waitFor(NODE_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
            return new HostRun(-1, "", "node did not finish within " + NODE_LIMIT_SECONDS + "s", HostRun.snapshot(temp));
        }
        return new HostRun(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8), HostRun.snapshot(temp));
    }

    /** {@code run FLAGS --dir T/F::F... FILE -- ARGS}: the same line for both hosts. */
    private static List<String> command(ParityCase c, Path temp) {
        List<String> line = new ArrayList<>(List.of("run"));
        line.addAll(c.flags());
        for (Path fixture : c.fixtures()) {
            String name = fixture.getFileName().toString();
            line.add("--dir");
            line.add(temp.resolve(name) + "::" + name);
        }
        line.add(c.wasm().toString());
        if (!c.args().isEmpty()) {
            line.add("--");
            line.addAll(c.args());
        }
        return line;
    }

    private static Path freshDir(ParityCase c) throws IOException {
        Path temp = Files.createTempDirectory("parity-" + c.name().replaceAll("[^A-Za-z0-9_.-]", "_") + "-");
        for (Path fixture : c.fixtures()) {
            copyTree(fixture, temp.resolve(fixture.getFileName().toString()));
        }
        return temp;
    }

    /** Copies a fixture with its symlinks as symlinks (the sandbox-escape programs rely on them). */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isSymbolicLink(p)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
