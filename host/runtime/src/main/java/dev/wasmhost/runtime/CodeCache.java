package dev.wasmhost.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import run.endive.compiler.Cache;

/**
 * Compiled JVM code on disk, one file per module content hash. Files are published atomically
 * (written to a temporary file, then moved), so concurrent runs never see a partial entry. The
 * directory name carries the engine version: a new Endive never loads another's classes.
 */
public final class CodeCache implements Cache {
    /** Endive's classes as it made them. Bump when the format or the compile options change. */
    private static final String FORMAT = "endive-1.0.0-v1";

    /** Classes rewritten by {@link InlineHelpers}, in a directory of their own. */
    private static final String FORMAT_INLINE = "endive-1.0.0-v1-inline" + InlineHelpers.VERSION;

    private final Path root;
    private final Path dir;

    public CodeCache(Path root) {
        this(root, FORMAT_INLINE);
    }

    private CodeCache(Path root, String format) {
        this.root = root;
        this.dir = root.resolve(format);
    }

    /** The same cache for Endive's classes as it made them, not rewritten. */
    CodeCache unrewritten() {
        return new CodeCache(root, FORMAT);
    }

    /**
     * The default location: {@code $WASMHOST_CACHE_DIR}, else {@code $XDG_CACHE_HOME/wasmhost},
     * else {@code ~/.cache/wasmhost}.
     */
    public static Path defaultRoot() {
        String explicit = System.getenv("WASMHOST_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "wasmhost");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "wasmhost");
    }

    public Path directory() {
        return dir;
    }

    @Override
    public byte[] get(String key) throws IOException {
        try {
            return Files.readAllBytes(fileFor(key));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public void putIfAbsent(String key, byte[] data) throws IOException {
        Path target = fileFor(key);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".tmp-", ".jar");
            try {
                Files.write(tmp, data);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // A cache that cannot be written costs speed, not correctness.
        }
    }

    private Path fileFor(String key) {
        return dir.resolve(hash(key) + ".jar");
    }

    private static String hash(String key) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
