package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/** {@code descriptor-stat}, {@code descriptor-type} and {@code metadata-hash-value} of host files. */
final class Metadata {
    /** Case indices of {@code descriptor-type}. */
    static final int UNKNOWN = 0;
    static final int DIRECTORY = 3;
    static final int SYMBOLIC_LINK = 5;
    static final int REGULAR_FILE = 6;

    private Metadata() {}

    static BasicFileAttributes attributes(Path path, boolean follow) throws IOException {
        return follow ? Files.readAttributes(path, BasicFileAttributes.class)
                : Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    static int type(BasicFileAttributes a) {
        if (a.isDirectory()) {
            return DIRECTORY;
        }
        if (a.isSymbolicLink()) {
            return SYMBOLIC_LINK;
        }
        if (a.isRegularFile()) {
            return REGULAR_FILE;
        }
        return UNKNOWN;
    }

    /** The type of the entry at {@code path} without following a final symlink. */
    static int typeOf(Path path) {
        try {
            return type(attributes(path, false));
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    /** The {@code descriptor-stat} record of {@code path} (not following a final symlink). */
    static Value stat(Path path) throws IOException {
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
        return Values.record(Values.enumCase(type(a)), Values.u64(links), Values.u64(a.size()),
                timestamp(a.lastAccessTime()), timestamp(a.lastModifiedTime()), timestamp(ctime));
    }

    /** A stat for an open file whose path is gone (unlinked or moved): what the channel still knows. */
    static Value statOfOrphan(long size) {
        return Values.record(Values.enumCase(REGULAR_FILE), Values.u64(0), Values.u64(size),
                Values.none(), Values.none(), Values.none());
    }

    /**
     * {@code metadata-hash-value}: the same for the same file, keyed by device and inode where the
     * platform reports them (else the real path), mixed with a per-host key so inode numbers do not leak.
     */
    static Value hash(Path path, long key) throws IOException {
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
        return Values.record(Values.u64(lower), Values.u64(upper));
    }

    private static Map<String, Object> unix(Path path, String attributes) {
        try {
            return Files.readAttributes(path, attributes, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return Map.of(); // not a POSIX file system: callers fall back
        }
    }

    private static Value timestamp(FileTime t) {
        if (t == null) {
            return Values.none();
        }
        java.time.Instant i = t.toInstant();
        if (i.getEpochSecond() < 0) {
            return Values.none(); // datetime counts from the epoch; earlier times have no encoding
        }
        return Values.some(Values.record(Values.u64(i.getEpochSecond()), Values.u32(i.getNano())));
    }

    /** The SplitMix64 finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
