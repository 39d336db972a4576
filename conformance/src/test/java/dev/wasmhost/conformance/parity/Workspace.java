package dev.wasmhost.conformance.parity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The temp dirs runs happen in: made fresh with copies of fixtures, read back afterwards. */
public final class Workspace {
    private Workspace() {}

    /**
     * What a path under a run's dir was afterwards.
     *
     * @param kind {@code file}, {@code directory} or {@code symlink}
     * @param target a symlink's target, else null
     * @param content the text of the regular file the path is or (a symlink) leads to, else null
     */
    public record Entry(String kind, String target, String content) {
        /** One comparable line: the content for a file, the target for a symlink. */
        public String describe() {
            return switch (kind) {
                case "symlink" -> "symlink -> " + target;
                case "directory" -> "directory";
                default -> "\"" + content + "\"";
            };
        }
    }

    /** A fresh temp dir holding a copy of each fixture under its own name. */
    public static Path fresh(String name, List<Path> fixtures) throws IOException {
        Path dir = Files.createTempDirectory("parity-" + name.replaceAll("[^A-Za-z0-9_.-]", "_") + "-");
        for (Path fixture : fixtures) {
            copyTree(fixture, dir.resolve(fixture.getFileName().toString()));
        }
        return dir;
    }

    /** Copies a tree with its symlinks as symlinks (the sandbox-escape programs rely on them). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
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

    /** Every path under {@code root}, relative, with what it is; symlinks are not walked into. */
    public static Map<String, Entry> snapshot(Path root) {
        Map<String, Entry> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                if (p.equals(root)) {
                    continue;
                }
                String content = Files.isRegularFile(p) ? readText(p) : null;
                Entry entry = Files.isSymbolicLink(p)
                        ? new Entry("symlink", Files.readSymbolicLink(p).toString(), content)
                        : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                                ? new Entry("directory", null, null)
                                : new Entry("file", null, content);
                files.put(root.relativize(p).toString(), entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Removes a tree (symlinks themselves, not what they point to); quietly does nothing for null. */
    public static void delete(Path root) {
        if (root == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readText(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<unreadable: " + e.getMessage() + ">";
        }
    }
}
