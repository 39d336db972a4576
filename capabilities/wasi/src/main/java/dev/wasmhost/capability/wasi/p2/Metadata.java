package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.wit.wasi.clocks.wall_clock.Datetime;
import dev.wasmhost.wit.wasi.filesystem.types.DescriptorStat;
import dev.wasmhost.wit.wasi.filesystem.types.DescriptorType;
import dev.wasmhost.wit.wasi.filesystem.types.MetadataHashValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;

/** {@code descriptor-stat}, {@code descriptor-type} and {@code metadata-hash-value} of host files. */
final class Metadata {
    private Metadata() {}

    static BasicFileAttributes attributes(Path path, boolean follow) throws IOException {
        return follow ? Files.readAttributes(path, BasicFileAttributes.class)
                : Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    static DescriptorType type(BasicFileAttributes a) {
        if (a.isDirectory()) {
            return DescriptorType.DIRECTORY;
        }
        if (a.isSymbolicLink()) {
            return DescriptorType.SYMBOLIC_LINK;
        }
        if (a.isRegularFile()) {
            return DescriptorType.REGULAR_FILE;
        }
        return DescriptorType.UNKNOWN;
    }

    /** The type of the entry at {@code path} without following a final symlink. */
    static DescriptorType typeOf(Path path) {
        try {
            return type(attributes(path, false));
        } catch (IOException e) {
            return DescriptorType.UNKNOWN;
        }
    }

    /** The {@code descriptor-stat} record of {@code path} (not following a final symlink). */
    static DescriptorStat stat(Path path) throws IOException {
        BasicFileAttributes a = attributes(path, false);
        long links = 1;
        FileTime ctime = null;
        Map<String, Object> unix = unix(path, "unix:nlink,ctime");
        if (unix.get("nlink") instanceof Integer n) {
            links = n;
        }
        if (unix.get("ctime") instanceof FileTime t) {
            ctime = t;
        }
        return new DescriptorStat(type(a), links, a.size(),
                timestamp(a.lastAccessTime()), timestamp(a.lastModifiedTime()), timestamp(ctime));
    }

    /** A stat for an open file whose path is gone (unlinked or moved): what the channel still knows. */
    static DescriptorStat statOfOrphan(long size) {
        return new DescriptorStat(DescriptorType.REGULAR_FILE, 0, size, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * {@code metadata-hash-value}: the same for the same file, keyed by device and inode where the
     * platform reports them (else the real path), mixed with a per-host key so inode numbers do not leak.
     */
    static MetadataHashValue hash(Path path, long key) throws IOException {
        Map<String, Object> unix = unix(path, "unix:dev,ino");
        long a;
        long b;
        if (unix.get("dev") instanceof Long dev && unix.get("ino") instanceof Long ino) {
            a = dev;
            b = ino;
        } else {
            String real = path.toRealPath(LinkOption.NOFOLLOW_LINKS).toString();
            a = real.hashCode();
            b = real.length();
        }
        long lower = mix(key ^ mix(a) ^ b);
        long upper = mix(lower ^ mix(b + key));
        return new MetadataHashValue(lower, upper);
    }

    private static Map<String, Object> unix(Path path, String attributes) {
        try {
            return Files.readAttributes(path, attributes, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return Map.of(); // not a POSIX file system: callers fall back
        }
    }

    private static Optional<Datetime> timestamp(FileTime t) {
        if (t == null) {
            return Optional.empty();
        }
        java.time.Instant i = t.toInstant();
        if (i.getEpochSecond() < 0) {
            return Optional.empty(); // datetime counts from the epoch; earlier times have no encoding
        }
        return Optional.of(new Datetime(i.getEpochSecond(), i.getNano()));
    }

    /** The SplitMix64 finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
