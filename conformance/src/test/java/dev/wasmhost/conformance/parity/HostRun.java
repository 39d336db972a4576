package dev.wasmhost.conformance.parity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What one host did with one program: status, output, and the files left in its temp dir. */
record HostRun(int exitCode, String stdout, String stderr, Map<String, String> files) {

    /** Every path under {@code root}, relative, mapped to its content (symlinks not followed). */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                if (p.equals(root)) {
                    continue;
                }
                String rel = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    files.put(rel, "symlink -> " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(rel, "directory");
                } else {
                    files.put(rel, describe(Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String describe(byte[] bytes) {
        if (bytes.length <= 256) {
            return "\"" + new String(bytes, StandardCharsets.UTF_8) + "\"";
        }
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
            return bytes.length + " bytes, sha256 " + HexFormat.of().formatHex(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
