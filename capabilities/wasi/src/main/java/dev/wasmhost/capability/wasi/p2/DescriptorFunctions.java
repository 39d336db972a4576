package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.Value;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code descriptor} methods that act on the descriptor itself (not on a path below it). */
final class DescriptorFunctions {
    private static final String TYPES = "wasi:filesystem/types";
    private static final String M = "[method]descriptor.";

    private final Host host;

    private DescriptorFunctions(Host host) {
        this.host = host;
    }

    static void register(Host host, Registry r) {
        DescriptorFunctions f = new DescriptorFunctions(host);
        add(r, "read-via-stream", f::readViaStream);
        add(r, "write-via-stream", a -> f.writeStream(a, false));
        add(r, "append-via-stream", a -> f.writeStream(a, true));
        add(r, "advise", a -> f.file(a) == null ? ErrorCode.err(ErrorCode.BAD_DESCRIPTOR) : Values.ok());
        add(r, "sync-data", a -> f.sync(a, false));
        add(r, "sync", a -> f.sync(a, true));
        add(r, "get-flags", a -> {
            Descriptor d = f.any(a);
            return d == null ? ErrorCode.err(ErrorCode.BAD_DESCRIPTOR) : Values.ok(Values.flags(d.flags()));
        });
        add(r, "get-type", f::getType);
        add(r, "set-size", f::setSize);
        add(r, "set-times", f::setTimes);
        add(r, "read", f::read);
        add(r, "write", f::write);
        add(r, "read-directory", f::readDirectory);
        add(r, "stat", f::stat);
        add(r, "metadata-hash", f::metadataHash);
        r.add(TYPES, M + "is-same-object", f::isSameObject);
        r.add(TYPES, "[method]directory-entry-stream.read-directory-entry", FsCall.guarded(f::nextEntry));
    }

    private static void add(Registry r, String method, FsCall body) {
        r.add(TYPES, M + method, FsCall.guarded(body));
    }

    private Descriptor any(List<Value> args) {
        return host.table.get(host.descriptor, Values.repArg(args, 0), Descriptor.class);
    }

    private Descriptor file(List<Value> args) {
        Descriptor d = any(args);
        return d == null || d.isDirectory() ? null : d;
    }

    /** The file descriptor if it was opened with {@code flag}, else null (answered with bad-descriptor). */
    private Descriptor file(List<Value> args, int flag) {
        Descriptor d = file(args);
        return d == null || !d.can(flag) ? null : d;
    }

    private Value readViaStream(List<Value> a) {
        Descriptor d = file(a, Descriptor.READ);
        if (d == null) {
            return ErrorCode.err(ErrorCode.BAD_DESCRIPTOR);
        }
        return Values.ok(host.own(host.inputStream, InputSource.of(d.channel, Values.longArg(a, 1))));
    }

    private Value writeStream(List<Value> a, boolean append) {
        Descriptor d = file(a, Descriptor.WRITE);
        if (d == null) {
            return ErrorCode.err(ErrorCode.BAD_DESCRIPTOR);
        }
        long offset = append ? 0 : Values.longArg(a, 1);
        return Values.ok(host.own(host.outputStream, OutputSink.of(d.channel, offset, append)));
    }

    private Value sync(List<Value> a, boolean metadata) throws IOException {
        Descriptor d = any(a);
        if (d == null) {
            return ErrorCode.err(ErrorCode.BAD_DESCRIPTOR);
        }
        if (!d.isDirectory()) {
            d.channel.force(metadata);
        }
        return Values.ok();
    }

    private Value getType(List<Value> a) throws IOException {
        Descriptor d = any(a);
        if (d == null) {
            return ErrorCode.err(ErrorCode.BAD_DESCRIPTOR);
        }
        if (d.isDirectory()) {
            return Values.ok(Values.enumCase(Metadata.DIRECTORY));
        }
        Path p = d.current();
        return Values.ok(Values.enumCase(p == null ? Metadata.REGULAR_FILE : Metadata.typeOf(p)));
    }

    private Value setSize(List<Value> a) throws IOException {
        Descriptor d = file(a, Descriptor.WRITE);
        if (d == null) {
            return ErrorCode.err(ErrorCode.BAD_DESCRIPTOR);
        }
        long size = Values.longArg(a, 1);
        if (size < 0) {
            return ErrorCode.err(ErrorCode.INVALID);
        }
        long now = d.channel.size();
        if (size < now) {
            d.channel.truncate(size);
        } else if (size > now) {
            d.channel.write(ByteBuffer.wrap(new byte[1]), size - 1); // extends with zeroes
        }
        return Values.ok();
    }

    private Value setTimes(List<Value> a) throws IOException {
        Descriptor d = any(a);
        Path p = d == null ? null : d.current();
        if (p == null) {
            return ErrorCode.err(d == null ? ErrorCode.BAD_DESCRIPTOR : ErrorCode.NO_ENTRY);
        }
        return applyTimes(p, Values.variantArg(a, 1), Values.variantArg(a, 2));
    }

    /** Applies two {@code new-timestamp} values (no-change, now, timestamp(datetime)) to {@code p}. */
    static Value applyTimes(Path p, Value.VariantValue access, Value.VariantValue modification) throws IOException {
        FileTime atime = newTime(access);
        FileTime mtime = newTime(modification);
        Files.getFileAttributeView(p, BasicFileAttributeView.class, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                .setTimes(mtime, atime, null);
        return Values.ok();
    }

    private static FileTime newTime(Value.VariantValue v) {
        return switch (v.caseIndex()) {
            case 0 -> null;
            case 1 -> FileTime.from(Instant.now());
            default -> {
                Value.RecordValue dt = (Value.RecordValue) v.payload().orElseThrow();
                long seconds = ((Value.IntValue) dt.fields().get(0)).value();
                long nanos = ((Value.IntValue) dt.fields().get(1)).value();
                yield FileTime.from(Instant.ofEpochSecond(seconds, nanos));
            }
        };
    }

    private Value read(List<Value> a) throws IOException {
        Descriptor d = file(a, Descriptor.READ);
        if (d == null) {
            return ErrorCode.err(ErrorCode.BAD_DESCRIPTOR);
        }
        int length = Values.lengthArg(a, 1);
        long offset = Values.longArg(a, 2);
        ByteBuffer buf = ByteBuffer.allocate(length);
        boolean eof = false;
        while (buf.hasRemaining()) {
            int n = d.channel.read(buf, offset + buf.position());
            if (n < 0) {
                eof = true;
                break;
            }
        }
        byte[] bytes = Arrays.copyOf(buf.array(), buf.position());
        return Values.ok(Values.tuple(Values.bytes(bytes), Values.bool(eof)));
    }

    private Value write(List<Value> a) throws IOException {
        Descriptor d = file(a, Descriptor.WRITE);
        if (d == null) {
            return ErrorCode.err(ErrorCode.BAD_DESCRIPTOR);
        }
        ByteBuffer buf = ByteBuffer.wrap(Values.bytesArg(a, 1));
        long offset = Values.longArg(a, 2);
        while (buf.hasRemaining()) {
            d.channel.write(buf, offset + buf.position());
        }
        return Values.ok(Values.u64(buf.position()));
    }

    private Value readDirectory(List<Value> a) throws IOException {
        Descriptor d = any(a);
        if (d == null || !d.isDirectory()) {
            return ErrorCode.err(d == null ? ErrorCode.BAD_DESCRIPTOR : ErrorCode.NOT_DIRECTORY);
        }
        Path p = d.current();
        if (p == null) {
            return ErrorCode.err(ErrorCode.NO_ENTRY);
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(p)) {
            for (Path e : entries) {
                names.add(e.getFileName().toString());
            }
        }
        names.sort(null); // a stable order makes guest output reproducible
        return Values.ok(host.own(host.directoryEntryStream, new DirectoryEntries(p, names)));
    }

    private Value nextEntry(List<Value> a) {
        DirectoryEntries entries = host.table.get(host.directoryEntryStream, Values.repArg(a, 0), DirectoryEntries.class);
        if (entries == null) {
            return ErrorCode.err(ErrorCode.BAD_DESCRIPTOR);
        }
        Optional<String> name = entries.next();
        if (name.isEmpty()) {
            return Values.ok(Values.none());
        }
        int type = Metadata.typeOf(entries.directory().resolve(name.get()));
        return Values.ok(Values.some(Values.record(Values.enumCase(type), Values.string(name.get()))));
    }

    private Value stat(List<Value> a) throws IOException {
        Descriptor d = any(a);
        if (d == null) {
            return ErrorCode.err(ErrorCode.BAD_DESCRIPTOR);
        }
        Path p = d.current();
        if (p == null || !Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return d.isDirectory() ? ErrorCode.err(ErrorCode.NO_ENTRY) : Values.ok(Metadata.statOfOrphan(d.channel.size()));
        }
        return Values.ok(Metadata.stat(p));
    }

    private Value metadataHash(List<Value> a) throws IOException {
        Descriptor d = any(a);
        Path p = d == null ? null : d.current();
        if (p == null) {
            return ErrorCode.err(d == null ? ErrorCode.BAD_DESCRIPTOR : ErrorCode.NO_ENTRY);
        }
        return Values.ok(Metadata.hash(p, host.hashKey));
    }

    private Value isSameObject(List<Value> a) {
        Descriptor self = host.require(host.descriptor, Values.repArg(a, 0), Descriptor.class);
        Descriptor other = host.require(host.descriptor, Values.repArg(a, 1), Descriptor.class);
        Path p = self.current();
        Path q = other.current();
        try {
            return Values.bool(self == other || (p != null && q != null && Files.isSameFile(p, q)));
        } catch (IOException e) {
            return Values.bool(false);
        }
    }
}
