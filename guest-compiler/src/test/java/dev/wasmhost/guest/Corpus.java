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

    /**
     * The programs of {@code kind}: each {@code NAME.py}, and each directory {@code NAME/} holding a
     * program of several modules, whose main module is {@code NAME/main.py} (its other modules and
     * packages beside it; {@code main.args}, {@code main.env} and {@code main.expected} too).
     */
    static List<Path> pythonFiles(String kind) {
        try (Stream<Path> files = Files.list(dir(kind))) {
            return files.map(p -> Files.isDirectory(p) ? p.resolve("main.py") : p)
                    .filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus at " + dir(kind).toAbsolutePath(), e);
        }
    }

    /** A program's name: its file name, or for a directory program the directory's name. */
    static String name(Path program) {
        return program.getFileName().toString().equals("main.py")
                ? program.getParent().getFileName().toString() : program.getFileName().toString();
    }

    /** The command arguments for a program: {@code NAME.args} beside it, one a line (none if absent). */
    static List<String> args(Path program) {
        Path f = program.resolveSibling(program.getFileName().toString().replaceAll("\\.py$", ".args"));
        try {
            return Files.exists(f) ? Files.readAllLines(f).stream().filter(l -> !l.isEmpty()).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * True if the program works on files: {@code NAME.dir} beside it asks for a fresh, empty temporary
     * directory, preopened as {@code .} for the wasm runs and the working directory of CPython's.
     */
    static boolean wantsDir(Path program) {
        return Files.exists(program.resolveSibling(program.getFileName().toString().replaceAll("\\.py$", ".dir")));
    }

    /** A fresh empty directory for a {@link #wantsDir} program's run. */
    static Path freshDir() {
        try {
            return Files.createTempDirectory("guest-files");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a directory made by {@link #freshDir} with everything in it. */
    static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extra environment for a program: {@code NAME.env} beside it, KEY=VALUE a line (none if absent). */
    static java.util.Map<String, String> env(Path program) {
        Path f = program.resolveSibling(program.getFileName().toString().replaceAll("\\.py$", ".env"));
        java.util.Map<String, String> env = new java.util.TreeMap<>();
        try {
            if (Files.exists(f)) {
                for (String line : Files.readAllLines(f)) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        env.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return env;
    }
}
