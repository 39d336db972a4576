package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.Value;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code descriptor.open-at}: POSIX openat semantics inside the sandbox. */
final class OpenAt {
    /** Bit indices of {@code open-flags}. */
    private static final int CREATE = 0;
    private static final int DIRECTORY = 1;
    private static final int EXCLUSIVE = 2;
    private static final int TRUNCATE = 3;

    private final Host host;

    OpenAt(Host host) {
        this.host = host;
    }

    /** open-at(self, path-flags, path, open-flags, descriptor-flags) -> result<own<descriptor>, error-code> */
    Value openAt(List<Value> a) throws IOException {
        Descriptor dir = PathFunctions.directory(host, a, 0);
        if (dir == null) {
            return PathFunctions.notDirectory(host, a, 0);
        }
        boolean follow = Values.flagsArg(a, 1).get(0);
        String path = Values.stringArg(a, 2);
        BitSet open = Values.flagsArg(a, 3);
        BitSet flags = Values.flagsArg(a, 4);
        boolean create = open.get(CREATE);
        boolean exclusive = open.get(EXCLUSIVE);
        boolean truncate = open.get(TRUNCATE);
        boolean write = flags.get(Descriptor.WRITE);

        // Anything that changes the directory's contents needs the parent's mutate-directory right.
        if ((create || truncate || write || flags.get(Descriptor.MUTATE_DIRECTORY)) && !dir.can(Descriptor.MUTATE_DIRECTORY)) {
            return ErrorCode.err(ErrorCode.NOT_PERMITTED);
        }
        // With create+exclusive a final symlink is never followed (it makes the open fail with exist).
        Sandbox.Resolved r = Sandbox.resolve(dir.location, path, follow && !(create && exclusive));
        if (!r.ok()) {
            return ErrorCode.err(r.errorCode());
        }
        Path p = r.host();
        boolean exists = r.isBase() || Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        if (exists && create && exclusive) {
            return ErrorCode.err(ErrorCode.EXIST);
        }
        if (exists && Files.isSymbolicLink(p)) {
            return ErrorCode.err(ErrorCode.LOOP); // a final symlink without symlink-follow, as O_NOFOLLOW
        }
        if (!exists) {
            if (!create) {
                return ErrorCode.err(ErrorCode.NO_ENTRY);
            }
            if (open.get(DIRECTORY)) {
                return ErrorCode.err(ErrorCode.INVALID);
            }
            if (r.trailingSlash()) {
                return ErrorCode.err(ErrorCode.IS_DIRECTORY);
            }
        }
        if (exists && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            if (write || truncate) {
                return ErrorCode.err(ErrorCode.IS_DIRECTORY);
            }
            BitSet granted = new BitSet();
            granted.set(Descriptor.READ, flags.get(Descriptor.READ));
            granted.set(Descriptor.MUTATE_DIRECTORY, flags.get(Descriptor.MUTATE_DIRECTORY));
            return Values.ok(host.own(host.descriptor, Descriptor.directory(r.location(), granted)));
        }
        if (open.get(DIRECTORY) || r.trailingSlash()) {
            return ErrorCode.err(ErrorCode.NOT_DIRECTORY);
        }
        if (flags.get(Descriptor.MUTATE_DIRECTORY)) {
            return ErrorCode.err(ErrorCode.NOT_DIRECTORY); // only a directory can grant mutate-directory
        }
        FileChannel channel = FileChannel.open(p, options(flags, create, exclusive, truncate));
        BitSet granted = (BitSet) flags.clone();
        return Values.ok(host.own(host.descriptor, Descriptor.file(r.location(), channel, granted)));
    }

    private static Set<OpenOption> options(BitSet flags, boolean create, boolean exclusive, boolean truncate) {
        Set<OpenOption> o = new HashSet<>();
        o.add(LinkOption.NOFOLLOW_LINKS);
        boolean write = flags.get(Descriptor.WRITE);
        // Truncating needs a writable channel even when the guest asked only to read.
        if (write || truncate || create) {
            o.add(StandardOpenOption.WRITE);
        }
        if (flags.get(Descriptor.READ) || !o.contains(StandardOpenOption.WRITE)) {
            o.add(StandardOpenOption.READ);
        }
        if (create) {
            o.add(exclusive ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if (truncate) {
            o.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        return o;
    }
}
