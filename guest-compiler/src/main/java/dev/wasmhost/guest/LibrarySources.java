package dev.wasmhost.guest;

import dev.wasmhost.guest.syntax.Parser;
import dev.wasmhost.guest.syntax.Stmt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parsed runtime library and standard library modules (resources of this package), parsed once
 * per class loader: every compilation checks them with the program, and parsing them again each time
 * was about a third of the compile time. The syntax trees are immutable records; nothing downstream
 * changes them.
 */
final class LibrarySources {
    private static final Map<String, List<Stmt>> PARSED = new ConcurrentHashMap<>();

    private LibrarySources() {}

    /**
     * The statements of resource {@code path} (relative to this package), parsed with file name
     * {@code fileName}; {@code what} names the part in the error for a resource missing from the jar.
     */
    static List<Stmt> parse(String path, String fileName, String what) {
        return PARSED.computeIfAbsent(path + "\0" + fileName, k -> {
            try (InputStream in = LibrarySources.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(what + " missing from the jar: " + path);
                }
                return List.copyOf(Parser.parseModule(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
