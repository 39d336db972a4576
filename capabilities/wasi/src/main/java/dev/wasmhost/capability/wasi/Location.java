package dev.wasmhost.capability.wasi;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an open file or directory lives: a preopen's real root plus the components below it.
 * The components are kept, not just the joined path, because the guest may rename a directory it
 * holds open and put a symlink in its place; {@link #current()} notices that instead of letting
 * the host OS follow the link out of the sandbox. Shared by the preview 1 and 0.2 hosts.
 */
public record Location(Path root, List<String> parts) {
    public Location {
        parts = List.copyOf(parts);
    }

    public static Location of(Path root) {
        return new Location(root, List.of());
    }

    public Path host() {
        Path p = root;
        for (String part : parts) {
            p = p.resolve(part);
        }
        return p;
    }

    /** The location {@code more} components further down. */
    public Location child(List<String> more) {
        List<String> all = new ArrayList<>(parts);
        all.addAll(more);
        return new Location(root, all);
    }

    /**
     * The host path, or null when some component is no longer a plain directory (or, for the
     * last one, no longer the same kind of object): the location was moved or replaced.
     */
    public Path current(boolean directory) {
        Path p = root;
        for (int i = 0; i < parts.size(); i++) {
            p = p.resolve(parts.get(i));
            boolean last = i == parts.size() - 1;
            if (Files.isSymbolicLink(p)) {
                return null;
            }
            if ((!last || directory) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
        }
        return p;
    }
}
