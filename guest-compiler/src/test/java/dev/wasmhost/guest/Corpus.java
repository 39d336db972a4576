package dev.wasmhost.guest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The guest-program corpus in conformance/guest, found relative to this module. */
final class Corpus {
    private Corpus() {}

    static Path dir(String kind) {
        Path base = Path.of(System.getProperty("guest.corpus", "../conformance/guest"));
        return base.resolve(kind);
    }

    static List<Path> pythonFiles(String kind) {
        try (Stream<Path> files = Files.list(dir(kind))) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus at " + dir(kind).toAbsolutePath(), e);
        }
    }
}
