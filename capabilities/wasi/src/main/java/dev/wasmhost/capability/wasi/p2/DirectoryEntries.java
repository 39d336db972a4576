package dev.wasmhost.capability.wasi.p2;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The host object behind a {@code directory-entry-stream}: the names listed when it was opened. */
final class DirectoryEntries {
    private final Path directory;
    private final Iterator<String> names;

    DirectoryEntries(Path directory, List<String> names) {
        this.directory = directory;
        this.names = List.copyOf(names).iterator();
    }

    Path directory() {
        return directory;
    }

    synchronized Optional<String> next() {
        return names.hasNext() ? Optional.of(names.next()) : Optional.empty();
    }
}
