package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.capability.wasi.Location;
import static dev.wasmhost.capability.wasi.p2.FsCall.guarded;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.bindgen.runtime.Result;
import dev.wasmhost.component.bindgen.runtime.Tuple;
import dev.wasmhost.wit.wasi.filesystem.types.Advice;
import dev.wasmhost.wit.wasi.filesystem.types.Descriptor;
import dev.wasmhost.wit.wasi.filesystem.types.DescriptorFlags;
import dev.wasmhost.wit.wasi.filesystem.types.DescriptorStat;
import dev.wasmhost.wit.wasi.filesystem.types.DescriptorType;
import dev.wasmhost.wit.wasi.filesystem.types.DirectoryEntryStream;
import dev.wasmhost.wit.wasi.filesystem.types.ErrorCode;
import dev.wasmhost.wit.wasi.filesystem.types.MetadataHashValue;
import dev.wasmhost.wit.wasi.filesystem.types.NewTimestamp;
import dev.wasmhost.wit.wasi.filesystem.types.OpenFlags;
import dev.wasmhost.wit.wasi.filesystem.types.PathFlags;
import dev.wasmhost.wit.wasi.io.streams.InputStream;
import dev.wasmhost.wit.wasi.io.streams.OutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The host object behind a {@code descriptor}: a directory (no channel) or an open file, with the
 * {@code descriptor-flags} it was opened with. The methods that act on the descriptor itself are
 * here; those on a path below a directory are in {@link DescriptorPaths} and {@link OpenAt}. A rep
 * the guest no longer holds lifts as {@link #unknown}, which answers {@code bad-descriptor}.
 */
final class HostDescriptor implements Descriptor, AutoCloseable {
    /** Where it lives; null for a stale handle. */
    final Location location;
    final FileChannel channel;
    /** Keys metadata-hash so the guest cannot read inode numbers out of it. */
    final long hashKey;
    private final EnumSet<DescriptorFlags> flags = EnumSet.noneOf(DescriptorFlags.class);
    private final int unknownRep;

    private HostDescriptor(Location location, FileChannel channel, Set<DescriptorFlags> flags, long hashKey,
            int unknownRep) {
        this.location = location;
        this.channel = channel;
        this.flags.addAll(flags);
        this.hashKey = hashKey;
        this.unknownRep = unknownRep;
    }

    static HostDescriptor directory(Location location, Set<DescriptorFlags> flags, long hashKey) {
        return new HostDescriptor(location, null, flags, hashKey, 0);
    }

    static HostDescriptor file(Location location, FileChannel channel, Set<DescriptorFlags> flags, long hashKey) {
        return new HostDescriptor(location, channel, flags, hashKey, 0);
    }

    /** What a rep the host holds no descriptor for lifts as. */
    static HostDescriptor unknown(int rep) {
        return new HostDescriptor(null, null, Set.of(), 0, rep);
    }

    boolean known() {
        return location != null;
    }

    boolean isDirectory() {
        return channel == null;
    }

    boolean can(DescriptorFlags flag) {
        return flags.contains(flag);
    }

    /** The host path now, or null when the directory (or file) was moved away or replaced. */
    Path current() {
        return location.current(isDirectory());
    }

    /** This descriptor if it is a live directory, else null. */
    HostDescriptor directory() {
        return known() && isDirectory() ? this : null;
    }

    /** The error for a descriptor that is not a usable directory: bad-descriptor or not-directory. */
    ErrorCode notDirectory() {
        return known() ? ErrorCode.NOT_DIRECTORY : ErrorCode.BAD_DESCRIPTOR;
    }

    /** A live file opened with {@code flag} (any flag when null), else null (answered with bad-descriptor). */
    private HostDescriptor file(DescriptorFlags flag) {
        return known() && !isDirectory() && (flag == null || can(flag)) ? this : null;
    }

    private static <T> Result<T, ErrorCode> bad() {
        return Result.err(ErrorCode.BAD_DESCRIPTOR);
    }

    @Override
    public Result<InputStream, ErrorCode> readViaStream(long offset) {
        return file(DescriptorFlags.READ) == null ? bad() : Result.ok(InputSource.of(channel, offset));
    }

    @Override
    public Result<OutputStream, ErrorCode> writeViaStream(long offset) {
        return file(DescriptorFlags.WRITE) == null ? bad() : Result.ok(OutputSink.of(channel, offset, false));
    }

    @Override
    public Result<OutputStream, ErrorCode> appendViaStream() {
        return file(DescriptorFlags.WRITE) == null ? bad() : Result.ok(OutputSink.of(channel, 0, true));
    }

    @Override
    public Result<Void, ErrorCode> advise(long offset, long length, Advice advice) {
        return file(null) == null ? bad() : Result.ok();
    }

    @Override
    public Result<Void, ErrorCode> syncData() {
        return sync(false);
    }

    @Override
    public Result<Void, ErrorCode> sync() {
        return sync(true);
    }

    private Result<Void, ErrorCode> sync(boolean metadata) {
        return guarded(() -> {
            if (!known()) {
                return bad();
            }
            if (!isDirectory()) {
                channel.force(metadata);
            }
            return Result.ok();
        });
    }

    @Override
    public Result<Set<DescriptorFlags>, ErrorCode> getFlags() {
        return known() ? Result.ok(EnumSet.copyOf(flags)) : bad();
    }

    @Override
    public Result<DescriptorType, ErrorCode> getType() {
        if (!known()) {
            return bad();
        }
        if (isDirectory()) {
            return Result.ok(DescriptorType.DIRECTORY);
        }
        Path p = current();
        return Result.ok(p == null ? DescriptorType.REGULAR_FILE : Metadata.typeOf(p));
    }

    @Override
    public Result<Void, ErrorCode> setSize(long size) {
        return guarded(() -> {
            if (file(DescriptorFlags.WRITE) == null) {
                return bad();
            }
            if (size < 0) {
                return Result.err(ErrorCode.INVALID);
            }
            long now = channel.size();
            if (size < now) {
                channel.truncate(size);
            } else if (size > now) {
                channel.write(ByteBuffer.wrap(new byte[1]), size - 1); // extends with zeroes
            }
            return Result.ok();
        });
    }

    @Override
    public Result<Void, ErrorCode> setTimes(NewTimestamp dataAccessTimestamp, NewTimestamp dataModificationTimestamp) {
        return guarded(() -> {
            Path p = known() ? current() : null;
            if (p == null) {
                return Result.err(known() ? ErrorCode.NO_ENTRY : ErrorCode.BAD_DESCRIPTOR);
            }
            return applyTimes(p, dataAccessTimestamp, dataModificationTimestamp);
        });
    }

    /** Applies two {@code new-timestamp} values to {@code p} (not following a final symlink). */
    static Result<Void, ErrorCode> applyTimes(Path p, NewTimestamp access, NewTimestamp modification) throws IOException {
        Files.getFileAttributeView(p, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setTimes(newTime(modification), newTime(access), null);
        return Result.ok();
    }

    private static FileTime newTime(NewTimestamp t) {
        return switch (t) {
            case NewTimestamp.NoChange n -> null;
            case NewTimestamp.Now n -> FileTime.from(Instant.now());
            case NewTimestamp.Timestamp at ->
                    FileTime.from(Instant.ofEpochSecond(at.value().seconds(), Integer.toUnsignedLong(at.value().nanoseconds())));
        };
    }

    @Override
    public Result<Tuple.Of2<byte[], Boolean>, ErrorCode> read(long length, long offset) {
        return guarded(() -> {
            if (file(DescriptorFlags.READ) == null) {
                return bad();
            }
            ByteBuffer buf = ByteBuffer.allocate(Lengths.clamped(length));
            boolean eof = false;
            while (buf.hasRemaining()) {
                int n = channel.read(buf, offset + buf.position());
                if (n < 0) {
                    eof = true;
                    break;
                }
            }
            return Result.ok(new Tuple.Of2<>(Arrays.copyOf(buf.array(), buf.position()), eof));
        });
    }

    @Override
    public Result<Long, ErrorCode> write(byte[] buffer, long offset) {
        return guarded(() -> {
            if (file(DescriptorFlags.WRITE) == null) {
                return bad();
            }
            ByteBuffer buf = ByteBuffer.wrap(buffer);
            while (buf.hasRemaining()) {
                channel.write(buf, offset + buf.position());
            }
            return Result.ok((long) buf.position());
        });
    }

    @Override
    public Result<DirectoryEntryStream, ErrorCode> readDirectory() {
        return guarded(() -> {
            if (directory() == null) {
                return Result.err(notDirectory());
            }
            Path p = current();
            if (p == null) {
                return Result.err(ErrorCode.NO_ENTRY);
            }
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(p)) {
                for (Path e : entries) {
                    names.add(e.getFileName().toString());
                }
            }
            names.sort(null); // a stable order makes guest output reproducible
            return Result.ok(new DirectoryEntries(p, names));
        });
    }

    @Override
    public Result<DescriptorStat, ErrorCode> stat() {
        return guarded(() -> {
            if (!known()) {
                return bad();
            }
            Path p = current();
            if (p == null || !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return isDirectory() ? Result.err(ErrorCode.NO_ENTRY) : Result.ok(Metadata.statOfOrphan(channel.size()));
            }
            return Result.ok(Metadata.stat(p));
        });
    }

    @Override
    public Result<MetadataHashValue, ErrorCode> metadataHash() {
        return guarded(() -> {
            Path p = known() ? current() : null;
            if (p == null) {
                return Result.err(known() ? ErrorCode.NO_ENTRY : ErrorCode.BAD_DESCRIPTOR);
            }
            return Result.ok(Metadata.hash(p, hashKey));
        });
    }

    @Override
    public boolean isSameObject(Descriptor other) {
        HostDescriptor that = (HostDescriptor) other;
        Path p = requireKnown().current();
        Path q = that.requireKnown().current();
        try {
            return this == that || (p != null && q != null && Files.isSameFile(p, q));
        } catch (IOException e) {
            return false;
        }
    }

    /** is-same-object has no error case: a stale handle there is a trap, as a bad handle is in the canonical ABI. */
    private HostDescriptor requireKnown() {
        if (!known()) {
            throw new AbiTrap("unknown descriptor handle (rep " + unknownRep + "): it was dropped or never created");
        }
        return this;
    }

    // --- the *-at methods: a path below this directory ---

    @Override
    public Result<Void, ErrorCode> createDirectoryAt(String path) {
        return guarded(() -> DescriptorPaths.createDirectoryAt(this, path));
    }

    @Override
    public Result<DescriptorStat, ErrorCode> statAt(Set<PathFlags> pathFlags, String path) {
        return guarded(() -> DescriptorPaths.statAt(this, pathFlags, path));
    }

    @Override
    public Result<Void, ErrorCode> setTimesAt(Set<PathFlags> pathFlags, String path, NewTimestamp dataAccessTimestamp,
            NewTimestamp dataModificationTimestamp) {
        return guarded(() -> DescriptorPaths.setTimesAt(this, pathFlags, path, dataAccessTimestamp,
                dataModificationTimestamp));
    }

    @Override
    public Result<Void, ErrorCode> linkAt(Set<PathFlags> oldPathFlags, String oldPath, Descriptor newDescriptor,
            String newPath) {
        return guarded(() -> DescriptorPaths.linkAt(this, oldPathFlags, oldPath, (HostDescriptor) newDescriptor, newPath));
    }

    @Override
    public Result<Descriptor, ErrorCode> openAt(Set<PathFlags> pathFlags, String path, Set<OpenFlags> openFlags,
            Set<DescriptorFlags> flags) {
        return guarded(() -> OpenAt.openAt(this, pathFlags, path, openFlags, flags));
    }

    @Override
    public Result<String, ErrorCode> readlinkAt(String path) {
        return guarded(() -> DescriptorPaths.readlinkAt(this, path));
    }

    @Override
    public Result<Void, ErrorCode> removeDirectoryAt(String path) {
        return guarded(() -> DescriptorPaths.removeDirectoryAt(this, path));
    }

    @Override
    public Result<Void, ErrorCode> renameAt(String oldPath, Descriptor newDescriptor, String newPath) {
        return guarded(() -> DescriptorPaths.renameAt(this, oldPath, (HostDescriptor) newDescriptor, newPath));
    }

    @Override
    public Result<Void, ErrorCode> symlinkAt(String oldPath, String newPath) {
        return guarded(() -> DescriptorPaths.symlinkAt(this, oldPath, newPath));
    }

    @Override
    public Result<Void, ErrorCode> unlinkFileAt(String path) {
        return guarded(() -> DescriptorPaths.unlinkFileAt(this, path));
    }

    @Override
    public Result<MetadataHashValue, ErrorCode> metadataHashAt(Set<PathFlags> pathFlags, String path) {
        return guarded(() -> DescriptorPaths.metadataHashAt(this, pathFlags, path));
    }

    /** The guest let go of it; a failing close has nobody left to report to. */
    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do: the channel is released either way
            }
        }
    }
}
