package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.bindgen.runtime.Result;
import dev.wasmhost.wit.wasi.filesystem.types.DirectoryEntry;
import dev.wasmhost.wit.wasi.filesystem.types.DirectoryEntryStream;
import dev.wasmhost.wit.wasi.filesystem.types.ErrorCode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The host object behind a {@code directory-entry-stream}: the names listed when it was opened. */
final class DirectoryEntries implements DirectoryEntryStream {
    /** What a rep the host holds no stream for lifts as: it answers bad-descriptor. */
    static final DirectoryEntries UNKNOWN = new DirectoryEntries(null, List.of());

    private final Path directory;
    private final Iterator<String> names;

    DirectoryEntries(Path directory, List<String> names) {
        this.directory = directory;
        this.names = List.copyOf(names).iterator();
    }

    @Override
    public synchronized Result<Optional<DirectoryEntry>, ErrorCode> readDirectoryEntry() {
        if (directory == null) {
            return Result.err(ErrorCode.BAD_DESCRIPTOR);
        }
        if (!names.hasNext()) {
            return Result.ok(Optional.empty());
        }
        String name = names.next();
        return Result.ok(Optional.of(new DirectoryEntry(Metadata.typeOf(directory.resolve(name)), name)));
    }
}
