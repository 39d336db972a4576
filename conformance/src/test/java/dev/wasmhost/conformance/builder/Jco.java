package dev.wasmhost.conformance.builder;

import dev.wasmhost.conformance.parity.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** jco (pinned in conformance/components/package-lock.json), run with Node. */
final class Jco {
    static final Path REPO = Path.of("").toAbsolutePath().getParent();
    static final Path TOOLS = REPO.resolve("conformance/components");
    static final Path BIN = TOOLS.resolve("node_modules/@bytecodealliance/jco/dist/jco.js");
    private static final Duration LIMIT = Duration.ofSeconds(120);

    private Jco() {}

    static boolean available() {
        return Files.isRegularFile(BIN) && Proc.nodeVersion() != null;
    }

    static Proc.Result jco(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", BIN.toString()));
        command.addAll(List.of(args));
        return Proc.run(command, dir, Map.of(), "", LIMIT);
    }

    static Proc.Result node(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(args));
        return Proc.run(command, dir, Map.of(), "", LIMIT);
    }
}
