package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.bindgen.runtime.Result;
import dev.wasmhost.wit.wasi.filesystem.types.Descriptor;
import dev.wasmhost.wit.wasi.filesystem.types.DescriptorFlags;
import dev.wasmhost.wit.wasi.filesystem.types.ErrorCode;
import dev.wasmhost.wit.wasi.filesystem.types.OpenFlags;
import dev.wasmhost.wit.wasi.filesystem.types.PathFlags;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code descriptor.open-at}: POSIX openat semantics inside the sandbox. */
final class OpenAt {
    private OpenAt() {}

    /** open-at(self, path-flags, path, open-flags, descriptor-flags) -> result<own<descriptor>, error-code> */
    static Result<Descriptor, ErrorCode> openAt(HostDescriptor self, Set<PathFlags> pathFlags, String path,
            Set<OpenFlags> open, Set<DescriptorFlags> flags) throws IOException {
        HostDescriptor dir = self.directory();
        if (dir == null) {
            return Result.err(self.notDirectory());
        }
        boolean follow = DescriptorPaths.follow(pathFlags);
        boolean create = open.contains(OpenFlags.CREATE);
        boolean exclusive = open.contains(OpenFlags.EXCLUSIVE);
        boolean truncate = open.contains(OpenFlags.TRUNCATE);
        boolean write = flags.contains(DescriptorFlags.WRITE);

        // Anything that changes the directory's contents needs the parent's mutate-directory right.
        if ((create || truncate || write || flags.contains(DescriptorFlags.MUTATE_DIRECTORY)) && !dir.can(DescriptorFlags.MUTATE_DIRECTORY)) {
            return Result.err(ErrorCode.NOT_PERMITTED);
        }
        // With create+exclusive a final symlink is never followed (it makes the open fail with exist).
        Sandbox.Resolved r = Sandbox.resolve(dir.location, path, follow && !(create && exclusive));
        if (!r.ok()) {
            return Result.err(r.errorCode());
        }
        Path p = r.host();
        boolean exists = r.isBase() || Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        if (exists && create && exclusive) {
            return Result.err(ErrorCode.EXIST);
        }
        if (exists && Files.isSymbolicLink(p)) {
            return Result.err(ErrorCode.LOOP); // a final symlink without symlink-follow, as O_NOFOLLOW
        }
        if (!exists) {
            if (!create) {
                return Result.err(ErrorCode.NO_ENTRY);
            }
            if (open.contains(OpenFlags.DIRECTORY)) {
                return Result.err(ErrorCode.INVALID);
            }
            if (r.trailingSlash()) {
                return Result.err(ErrorCode.IS_DIRECTORY);
            }
        }
        if (exists && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            if (write || truncate) {
                return Result.err(ErrorCode.IS_DIRECTORY);
            }
            // A directory keeps only the flags that mean something for one.
            Set<DescriptorFlags> granted = EnumSet.noneOf(DescriptorFlags.class);
            for (DescriptorFlags f : List.of(DescriptorFlags.READ, DescriptorFlags.MUTATE_DIRECTORY)) {
                if (flags.contains(f)) {
                    granted.add(f);
                }
            }
            return Result.ok(HostDescriptor.directory(r.location(), granted, dir.hashKey));
        }
        if (open.contains(OpenFlags.DIRECTORY) || r.trailingSlash()) {
            return Result.err(ErrorCode.NOT_DIRECTORY);
        }
        if (flags.contains(DescriptorFlags.MUTATE_DIRECTORY)) {
            return Result.err(ErrorCode.NOT_DIRECTORY); // only a directory can grant mutate-directory
        }
        FileChannel channel = FileChannel.open(p, options(flags, create, exclusive, truncate));
        return Result.ok(HostDescriptor.file(r.location(), channel, flags, dir.hashKey));
    }

    private static Set<OpenOption> options(Set<DescriptorFlags> flags, boolean create, boolean exclusive, boolean truncate) {
        Set<OpenOption> o = new HashSet<>();
        o.add(LinkOption.NOFOLLOW_LINKS);
        boolean write = flags.contains(DescriptorFlags.WRITE);
        // Truncating needs a writable channel even when the guest asked only to read.
        if (write || truncate || create) {
            o.add(StandardOpenOption.WRITE);
        }
        if (flags.contains(DescriptorFlags.READ) || !o.contains(StandardOpenOption.WRITE)) {
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
