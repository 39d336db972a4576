package dev.wasmhost.capability.wasi;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** path_* functions other than path_open; every path goes through {@link SandboxPath}. */
final class PathFunctions {
    private final FdTable fds;

    PathFunctions(FdTable fds) {
        this.fds = fds;
    }

    void register(HostCall calls) {
        calls.add("path_create_directory", "iii", (m, a) ->
                createDirectory(lookup((int) a[0], m.string((int) a[1], (int) a[2]), false)));
        calls.add("path_filestat_get", "iiiii", (m, a) ->
                filestatGet(m, lookupFollowing((int) a[0], m.string((int) a[2], (int) a[3]), a[1]), (int) a[4]));
        calls.add("path_filestat_set_times", "iiiiIIi", (m, a) ->
                setTimes(lookupFollowing((int) a[0], m.string((int) a[2], (int) a[3]), a[1]), a[4], a[5], (int) a[6]));
        calls.add("path_link", "iiiiiii", (m, a) -> (a[1] & Abi.LOOKUP_SYMLINK_FOLLOW) != 0
                ? Errno.INVAL // wasmtime refuses to follow here too: linkat(AT_SYMLINK_FOLLOW) is not portable
                : link(lookup((int) a[0], m.string((int) a[2], (int) a[3]), false),
                lookup((int) a[4], m.string((int) a[5], (int) a[6]), false)));
        calls.add("path_readlink", "iiiiii", (m, a) ->
                readlink(m, lookup((int) a[0], m.string((int) a[1], (int) a[2]), false), (int) a[3], (int) a[4], (int) a[5]));
        calls.add("path_remove_directory", "iii", (m, a) ->
                removeDirectory(lookup((int) a[0], m.string((int) a[1], (int) a[2]), false)));
        calls.add("path_rename", "iiiiii", (m, a) -> rename(
                lookup((int) a[0], m.string((int) a[1], (int) a[2]), false),
                lookup((int) a[3], m.string((int) a[4], (int) a[5]), false)));
        calls.add("path_symlink", "iiiii", (m, a) ->
                symlink(m.string((int) a[0], (int) a[1]), lookup((int) a[2], m.string((int) a[3], (int) a[4]), false)));
        calls.add("path_unlink_file", "iii", (m, a) ->
                unlink(lookup((int) a[0], m.string((int) a[1], (int) a[2]), false)));
    }

    private static boolean follow(long lookupFlags) {
        return (lookupFlags & Abi.LOOKUP_SYMLINK_FOLLOW) != 0;
    }

    /**
     * For calls that act on what a path names (open, stat, set times): a final symlink is
     * followed when lookupflags ask for it or, as POSIX does, when the path ends in a slash.
     */
    SandboxPath.Result lookupFollowing(int fd, String path, long lookupFlags) {
        return lookup(fd, path, follow(lookupFlags) || path.endsWith("/"));
    }

    /** Resolves {@code path} under directory descriptor {@code fd}; errors come back in the result. */
    SandboxPath.Result lookup(int fd, String path, boolean followFinal) {
        Descriptor d = fds.get(fd);
        if (d == null) {
            return SandboxPath.Result.failure(Errno.BADF);
        }
        if (!(d instanceof Descriptor.Directory dir)) {
            return SandboxPath.Result.failure(Errno.NOTDIR);
        }
        return SandboxPath.resolve(dir.location, path, followFinal);
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private static int createDirectory(SandboxPath.Result r) {
        if (!r.ok()) {
            return r.errno();
        }
        if (r.isRoot()) {
            return Errno.EXIST;
        }
        try {
            Files.createDirectory(r.host());
        } catch (IOException e) {
            return HostFiles.errno(e);
        }
        return Errno.SUCCESS;
    }

    private static int filestatGet(GuestMemory m, SandboxPath.Result r, int buf) {
        if (!r.ok()) {
            return r.errno();
        }
        if (r.trailingSlash() && !Files.isDirectory(r.host(), LinkOption.NOFOLLOW_LINKS)) {
            return Files.exists(r.host(), LinkOption.NOFOLLOW_LINKS) ? Errno.NOTDIR : Errno.NOENT;
        }
        return HostFiles.writeFilestat(m, buf, r.host(), false);
    }

    private static int setTimes(SandboxPath.Result r, long atim, long mtim, int fstFlags) {
        if (!r.ok()) {
            return r.errno();
        }
        return HostFiles.setTimes(r.host(), atim, mtim, fstFlags, false);
    }

    private static int link(SandboxPath.Result from, SandboxPath.Result to) {
        if (!from.ok()) {
            return from.errno();
        }
        if (!to.ok()) {
            return to.errno();
        }
        BasicFileAttributes source = attributes(from.host());
        if (source == null) {
            return Errno.NOENT;
        }
        if (source.isDirectory()) {
            return Errno.PERM;
        }
        if (to.isRoot() || attributes(to.host()) != null) {
            return Errno.EXIST;
        }
        if (to.trailingSlash()) {
            return Errno.NOENT;
        }
        if (from.trailingSlash()) {
            return Errno.NOTDIR;
        }
        try {
            Files.createLink(to.host(), from.host());
        } catch (IOException | UnsupportedOperationException e) {
            return HostFiles.errno(e);
        }
        return Errno.SUCCESS;
    }

    private static int readlink(GuestMemory m, SandboxPath.Result r, int buf, int bufLen, int usedPtr) {
        if (!r.ok()) {
            return r.errno();
        }
        byte[] target;
        try {
            target = Files.readSymbolicLink(r.host()).toString().getBytes(UTF_8);
        } catch (IOException | UnsupportedOperationException e) {
            return HostFiles.errno(e);
        }
        int n = (int) Math.min(target.length, Integer.toUnsignedLong(bufLen));
        m.check(usedPtr, 4);
        m.write(buf, target, 0, n); // truncated to the buffer, as readlink(2) does
        m.writeI32(usedPtr, n);
        return Errno.SUCCESS;
    }

    private static int removeDirectory(SandboxPath.Result r) {
        if (!r.ok()) {
            return r.errno();
        }
        if (r.isRoot()) {
            return Errno.BUSY;
        }
        BasicFileAttributes a = attributes(r.host());
        if (a == null) {
            return Errno.NOENT;
        }
        if (!a.isDirectory()) {
            return Errno.NOTDIR;
        }
        try {
            Files.delete(r.host());
        } catch (IOException e) {
            return HostFiles.errno(e);
        }
        return Errno.SUCCESS;
    }

    private static int rename(SandboxPath.Result from, SandboxPath.Result to) {
        if (!from.ok()) {
            return from.errno();
        }
        if (!to.ok()) {
            return to.errno();
        }
        if (from.isRoot() || to.isRoot()) {
            return Errno.BUSY;
        }
        BasicFileAttributes source = attributes(from.host());
        if (source == null) {
            return Errno.NOENT;
        }
        if ((from.trailingSlash() || to.trailingSlash()) && !source.isDirectory()) {
            return Errno.NOTDIR;
        }
        BasicFileAttributes target = attributes(to.host());
        if (target != null && source.isDirectory() && !target.isDirectory()) {
            return Errno.NOTDIR;
        }
        if (target != null && !source.isDirectory() && target.isDirectory()) {
            return Errno.ISDIR;
        }
        try {
            // ATOMIC_MOVE makes Java call rename(2) itself: replace rules and errors are the OS's.
            Files.move(from.host(), to.host(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return HostFiles.errno(e);
        }
        return Errno.SUCCESS;
    }

    private static int symlink(String target, SandboxPath.Result at) {
        if (!at.ok()) {
            return at.errno();
        }
        if (target.isEmpty()) {
            return Errno.NOENT;
        }
        if (target.indexOf('\0') >= 0) {
            return Errno.INVAL;
        }
        // A link the guest could never follow is refused at creation, so that it cannot leave a
        // ready-made path out of the sandbox for host processes either.
        if (target.startsWith("/")) {
            return Errno.PERM;
        }
        BasicFileAttributes existing = at.isRoot() ? null : attributes(at.host());
        if (at.isRoot() || (existing != null && (existing.isDirectory() || !at.trailingSlash()))) {
            return Errno.EXIST;
        }
        if (at.trailingSlash()) {
            return existing != null ? Errno.NOTDIR : Errno.NOENT;
        }
        try {
            Files.createSymbolicLink(at.host(), at.host().getFileSystem().getPath(target));
        } catch (IOException | UnsupportedOperationException e) {
            return HostFiles.errno(e);
        }
        return Errno.SUCCESS;
    }

    private static int unlink(SandboxPath.Result r) {
        if (!r.ok()) {
            return r.errno();
        }
        if (r.isRoot()) {
            return Errno.ISDIR;
        }
        BasicFileAttributes a = attributes(r.host());
        if (a == null) {
            return Errno.NOENT;
        }
        if (a.isDirectory()) {
            return Errno.ISDIR;
        }
        if (r.trailingSlash()) {
            return Errno.NOTDIR;
        }
        try {
            Files.delete(r.host());
        } catch (IOException e) {
            return HostFiles.errno(e);
        }
        return Errno.SUCCESS;
    }
}
