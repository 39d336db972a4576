package dev.wasmhost.capability.wasi;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * path_open. Read and write access follow the requested rights the way wasmtime reads them;
 * the other rights are recorded and reported but, as in wasmtime, not enforced.
 */
final class PathOpen {
    private static final long READ_RIGHTS = Abi.RIGHT_FD_READ | Abi.RIGHT_FD_READDIR;
    private static final long WRITE_RIGHTS = Abi.RIGHT_FD_WRITE | Abi.RIGHT_FD_ALLOCATE
            | Abi.RIGHT_FD_FILESTAT_SET_SIZE | Abi.RIGHT_FD_DATASYNC;

    private final FdTable fds;
    private final PathFunctions paths;

    PathOpen(FdTable fds, PathFunctions paths) {
        this.fds = fds;
        this.paths = paths;
    }

    void register(HostCall calls) {
        calls.add("path_open", "iiiiiIIii", (m, a) -> {
            m.check((int) a[8], 4);
            String path = m.string((int) a[2], (int) a[3]);
            return open(m, (int) a[0], (int) a[1], path, (int) a[4], a[5], a[6], (int) a[7], (int) a[8]);
        });
    }

    private int open(GuestMemory m, int dirFd, int lookupFlags, String path, int oflags,
                     long rightsBase, long rightsInheriting, int fdFlags, int resultPtr) {
        SandboxPath.Result r = paths.lookupFollowing(dirFd, path, lookupFlags);
        if (!r.ok()) {
            return r.errno();
        }
        if ((oflags & ~15) != 0 || (fdFlags & ~Abi.FDFLAGS_ALL) != 0) {
            return Errno.INVAL;
        }
        Descriptor.Directory parent = (Descriptor.Directory) fds.get(dirFd);
        long requested = rightsBase & Abi.RIGHTS_ALL;
        if ((requested & (READ_RIGHTS | WRITE_RIGHTS) & ~parent.rightsInheriting()) != 0) {
            return Errno.NOTCAPABLE; // the directory's inheriting rights were narrowed by the guest
        }
        boolean create = (oflags & Abi.O_CREAT) != 0;
        boolean exclusive = (oflags & Abi.O_EXCL) != 0;
        boolean truncate = (oflags & Abi.O_TRUNC) != 0;
        boolean wantDirectory = (oflags & Abi.O_DIRECTORY) != 0;
        boolean read = (requested & READ_RIGHTS) != 0;
        boolean write = (requested & WRITE_RIGHTS) != 0;

        BasicFileAttributes existing = attributes(r);
        if (existing != null && create && exclusive) {
            return Errno.EXIST;
        }
        if (existing != null && existing.isSymbolicLink()) {
            // a final symlink that was not to be followed (O_NOFOLLOW)
            return wantDirectory ? Errno.NOTDIR : Errno.LOOP;
        }
        if (existing == null) {
            if (!create) {
                return Errno.NOENT;
            }
            if (wantDirectory) {
                return Errno.INVAL;
            }
            if (r.trailingSlash() || r.isRoot()) {
                return Errno.ISDIR;
            }
        }
        if (existing != null && existing.isDirectory()) {
            if (write || truncate || create) {
                return Errno.ISDIR;
            }
            Descriptor.Directory dir = new Descriptor.Directory(r.location(), null);
            dir.fdFlags = fdFlags;
            dir.rightsMask = requested == 0 ? Abi.RIGHTS_ALL : requested | Abi.RIGHTS_DIRECTORY;
            // Inheriting rights are not taken from the request: toolchains fill it in very
            // differently (wasmtime ignores it too); only fd_fdstat_set_rights narrows them.
            dir.inheritingMask = parent.inheritingMask;
            m.writeI32(resultPtr, fds.add(dir));
            return Errno.SUCCESS;
        }
        if (wantDirectory || r.trailingSlash()) {
            return Errno.NOTDIR;
        }
        if (existing != null && !existing.isRegularFile()) {
            return Errno.NOTSUP; // devices, sockets and fifos are not handed to guests
        }

        if (truncate && !write) {
            return Errno.PERM; // truncating needs write access, as in wasmtime
        }
        Set<OpenOption> options = new HashSet<>();
        // A channel must be readable or writable; a stat-only open gets read access it will not use.
        if (read || !write) {
            options.add(StandardOpenOption.READ);
        }
        if (write) {
            options.add(StandardOpenOption.WRITE);
        }
        FileChannel channel;
        try {
            if (existing == null) {
                // Created here so O_CREAT works for read-only opens too (Java ignores CREATE then).
                try {
                    Files.createFile(r.host());
                } catch (FileAlreadyExistsException raced) {
                    if (exclusive) {
                        return Errno.EXIST;
                    }
                }
            }
            channel = FileChannel.open(r.host(), options.toArray(OpenOption[]::new));
            if (truncate) {
                channel.truncate(0);
            }
        } catch (IOException e) {
            return HostFiles.errno(e);
        }
        Descriptor.File file = new Descriptor.File(r.location(), channel, read, write, fdFlags);
        if (requested != 0) {
            file.rightsMask = requested;
        }
        file.inheritingMask = rightsInheriting & Abi.RIGHTS_ALL;
        m.writeI32(resultPtr, fds.add(file));
        return Errno.SUCCESS;
    }

    private static BasicFileAttributes attributes(SandboxPath.Result r) {
        try {
            return Files.readAttributes(r.host(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }
}
