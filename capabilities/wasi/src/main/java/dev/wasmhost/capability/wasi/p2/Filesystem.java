package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.capability.wasi.Location;
import dev.wasmhost.capability.wasi.WasiConfig;
import dev.wasmhost.component.bindgen.runtime.Tuple;
import dev.wasmhost.wit.wasi.filesystem.preopens.PreopensHost;
import dev.wasmhost.wit.wasi.filesystem.types.Descriptor;
import dev.wasmhost.wit.wasi.filesystem.types.DescriptorFlags;
import dev.wasmhost.wit.wasi.filesystem.types.ErrorCode;
import dev.wasmhost.wit.wasi.filesystem.types.TypesHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * wasi:filesystem/preopens and the freestanding function of wasi:filesystem/types; the
 * descriptors are {@link HostDescriptor}s.
 */
final class Filesystem implements PreopensHost, TypesHost {
    private final List<Map.Entry<Location, String>> preopens = new ArrayList<>();
    /** Keys metadata-hash so the guest cannot read inode numbers out of it; one key per host. */
    private final long hashKey = new SecureRandom().nextLong();

    /** @throws IllegalArgumentException when a configured preopen is not an existing directory */
    Filesystem(WasiConfig config) {
        for (Map.Entry<Path, String> p : config.preopens()) {
            preopens.add(Map.entry(new Location(realDirectory(p.getKey()), List.of()), p.getValue()));
        }
    }

    /** Each call hands out fresh descriptors; dropping one leaves the others usable. */
    @Override
    public List<Tuple.Of2<Descriptor, String>> getDirectories() {
        List<Tuple.Of2<Descriptor, String>> out = new ArrayList<>();
        for (Map.Entry<Location, String> p : preopens) {
            EnumSet<DescriptorFlags> all = EnumSet.of(DescriptorFlags.READ, DescriptorFlags.MUTATE_DIRECTORY);
            out.add(new Tuple.Of2<>(HostDescriptor.directory(p.getKey(), all, hashKey), p.getValue()));
        }
        return out;
    }

    @Override
    public Optional<ErrorCode> filesystemErrorCode(dev.wasmhost.wit.wasi.io.error.Error err) {
        return Optional.ofNullable(((IoError) err).errorCode());
    }

    private static Path realDirectory(Path dir) {
        try {
            Path real = dir.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new IllegalArgumentException("preopen " + dir + " is not a directory: grant a directory");
            }
            return real;
        } catch (IOException e) {
            throw new IllegalArgumentException("preopen " + dir + " cannot be opened (" + StreamErrors.message(e)
                    + "): grant an existing directory");
        }
    }
}
