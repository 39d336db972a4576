package dev.wasmhost.capability.wasi.p2;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * The host object behind a {@code descriptor}: a directory (no channel) or an open file, with the
 * {@code descriptor-flags} it was opened with.
 */
final class Descriptor implements AutoCloseable {
    /** Bit indices of {@code descriptor-flags}. */
    static final int READ = 0;
    static final int WRITE = 1;
    static final int MUTATE_DIRECTORY = 5;

    final FsLocation location;
    final FileChannel channel;
    private final BitSet flags;

    private Descriptor(FsLocation location, FileChannel channel, BitSet flags) {
        this.location = location;
        this.channel = channel;
        this.flags = (BitSet) flags.clone();
    }

    static Descriptor directory(FsLocation location, BitSet flags) {
        return new Descriptor(location, null, flags);
    }

    static Descriptor file(FsLocation location, FileChannel channel, BitSet flags) {
        return new Descriptor(location, channel, flags);
    }

    boolean isDirectory() {
        return channel == null;
    }

    boolean can(int flag) {
        return flags.get(flag);
    }

    BitSet flags() {
        return (BitSet) flags.clone();
    }

    /** The host path now, or null when the directory (or file) was moved away or replaced. */
    Path current() {
        return location.current(isDirectory());
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
