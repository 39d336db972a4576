package dev.wasmhost.conformance.builder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** jco (pinned in conformance/components/package-lock.json), run with Node. */
final class Jco {
    static final Path REPO = Path.of("").toAbsolutePath().getParent();
    static final Path TOOLS = REPO.resolve("conformance/components");
    static final Path BIN = TOOLS.resolve("node_modules/@bytecodealliance/jco/dist/jco.js");

    /** The outcome of one command. */
    record Run(int status, String stdout, String stderr) {}

    private Jco() {}

    static boolean available() {
        return Files.isRegularFile(BIN) && nodeWorks();
    }

    private static boolean nodeWorks() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Run jco(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", BIN.toString()));
        command.addAll(List.of(args));
        return run(dir, command);
    }

    static Run node(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(args));
        return run(dir, command);
    }

    private static Run run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("jco-out", ".txt");
        Path err = Files.createTempFile("jco-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
