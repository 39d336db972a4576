package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The {@code descriptor} methods that act on a path below a directory descriptor ({@code *-at}),
 * every path resolved through {@link Sandbox}. {@code open-at} lives in {@link OpenAt}.
 */
final class PathFunctions {
    private static final String TYPES = "wasi:filesystem/types";
    private static final String M = "[method]descriptor.";
    private static final int SYMLINK_FOLLOW = 0;

    private final Host host;

    private PathFunctions(Host host) {
        this.host = host;
    }

    static void register(Host host, Registry r) {
        PathFunctions f = new PathFunctions(host);
        add(r, "create-directory-at", f::createDirectoryAt);
        add(r, "stat-at", f::statAt);
        add(r, "set-times-at", f::setTimesAt);
        add(r, "link-at", f::linkAt);
        add(r, "readlink-at", f::readlinkAt);
        add(r, "remove-directory-at", f::removeDirectoryAt);
        add(r, "rename-at", f::renameAt);
        add(r, "symlink-at", f::symlinkAt);
        add(r, "unlink-file-at", f::unlinkFileAt);
        add(r, "metadata-hash-at", f::metadataHashAt);
        add(r, "open-at", new OpenAt(host)::openAt);
    }

    private static void add(Registry r, String method, FsCall body) {
        r.add(TYPES, M + method, FsCall.guarded(body));
    }

    /** The directory descriptor at {@code args[i]}, or null. */
    static Descriptor directory(Host host, List<Value> args, int i) {
        Descriptor d = host.table.get(host.descriptor, Values.repArg(args, i), Descriptor.class);
        return d != null && d.isDirectory() ? d : null;
    }

    /** The error for a descriptor that is not a usable directory: bad-descriptor or not-directory. */
    static Value notDirectory(Host host, List<Value> args, int i) {
        Descriptor d = host.table.get(host.descriptor, Values.repArg(args, i), Descriptor.class);
        return ErrorCode.err(d == null ? ErrorCode.BAD_DESCRIPTOR : ErrorCode.NOT_DIRECTORY);
    }

    private Value createDirectoryAt(List<Value> a) throws IOException {
        Descriptor dir = directory(host, a, 0);
        if (dir == null) {
            return notDirectory(host, a, 0);
        }
        if (!dir.can(Descriptor.MUTATE_DIRECTORY)) {
            return ErrorCode.err(ErrorCode.NOT_PERMITTED);
        }
        Sandbox.Resolved r = Sandbox.resolve(dir.location, Values.stringArg(a, 1), false);
        if (!r.ok()) {
            return ErrorCode.err(r.errorCode());
        }
        if (r.isBase() || Files.exists(r.host(), LinkOption.NOFOLLOW_LINKS)) {
            return ErrorCode.err(ErrorCode.EXIST);
        }
        Files.createDirectory(r.host());
        return Values.ok();
    }

    private Value statAt(List<Value> a) throws IOException {
        Sandbox.Resolved r = resolve(a, 2, Values.flagsArg(a, 1).get(SYMLINK_FOLLOW));
        if (!r.ok()) {
            return ErrorCode.err(r.errorCode());
        }
        return Values.ok(Metadata.stat(r.host()));
    }

    private Value setTimesAt(List<Value> a) throws IOException {
        Sandbox.Resolved r = resolve(a, 2, Values.flagsArg(a, 1).get(SYMLINK_FOLLOW));
        if (!r.ok()) {
            return ErrorCode.err(r.errorCode());
        }
        if (!Files.exists(r.host(), LinkOption.NOFOLLOW_LINKS)) {
            return ErrorCode.err(ErrorCode.NO_ENTRY);
        }
        return DescriptorFunctions.applyTimes(r.host(), Values.variantArg(a, 3), Values.variantArg(a, 4));
    }

    private Value linkAt(List<Value> a) throws IOException {
        Sandbox.Resolved from = resolve(a, 2, Values.flagsArg(a, 1).get(SYMLINK_FOLLOW));
        if (!from.ok()) {
            return ErrorCode.err(from.errorCode());
        }
        Sandbox.Resolved to = resolveIn(a, 3, 4);
        if (!to.ok()) {
            return ErrorCode.err(to.errorCode());
        }
        if (!mutable(a, 0) || !mutable(a, 3)) {
            return ErrorCode.err(ErrorCode.NOT_PERMITTED);
        }
        if (Files.isDirectory(from.host(), LinkOption.NOFOLLOW_LINKS)) {
            return ErrorCode.err(ErrorCode.NOT_PERMITTED); // hard links to directories are refused, as by POSIX
        }
        Files.createLink(to.host(), from.host());
        return Values.ok();
    }

    private Value readlinkAt(List<Value> a) throws IOException {
        Sandbox.Resolved r = resolve(a, 1, false);
        if (!r.ok()) {
            return ErrorCode.err(r.errorCode());
        }
        if (!Files.isSymbolicLink(r.host())) {
            return ErrorCode.err(Files.exists(r.host(), LinkOption.NOFOLLOW_LINKS) ? ErrorCode.INVALID : ErrorCode.NO_ENTRY);
        }
        String target = Files.readSymbolicLink(r.host()).toString();
        if (target.startsWith("/")) {
            return ErrorCode.err(ErrorCode.NOT_PERMITTED); // an absolute target names a host path
        }
        return Values.ok(Values.string(target));
    }

    private Value removeDirectoryAt(List<Value> a) throws IOException {
        Sandbox.Resolved r = resolve(a, 1, false);
        if (!r.ok()) {
            return ErrorCode.err(r.errorCode());
        }
        if (!mutable(a, 0)) {
            return ErrorCode.err(ErrorCode.NOT_PERMITTED);
        }
        if (r.isBase()) {
            return ErrorCode.err(ErrorCode.INVALID); // the descriptor's own directory
        }
        Path p = r.host();
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return ErrorCode.err(ErrorCode.NO_ENTRY);
        }
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return ErrorCode.err(ErrorCode.NOT_DIRECTORY);
        }
        Files.delete(p);
        return Values.ok();
    }

    private Value renameAt(List<Value> a) throws IOException {
        Sandbox.Resolved from = resolve(a, 1, false);
        if (!from.ok()) {
            return ErrorCode.err(from.errorCode());
        }
        Sandbox.Resolved to = resolveIn(a, 2, 3);
        if (!to.ok()) {
            return ErrorCode.err(to.errorCode());
        }
        if (!mutable(a, 0) || !mutable(a, 2)) {
            return ErrorCode.err(ErrorCode.NOT_PERMITTED);
        }
        if (from.isBase() || to.isBase()) {
            return ErrorCode.err(ErrorCode.BUSY);
        }
        Path src = from.host();
        Path dst = to.host();
        if (!Files.exists(src, LinkOption.NOFOLLOW_LINKS)) {
            return ErrorCode.err(ErrorCode.NO_ENTRY);
        }
        boolean srcDir = Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS);
        if (Files.exists(dst, LinkOption.NOFOLLOW_LINKS)) {
            boolean dstDir = Files.isDirectory(dst, LinkOption.NOFOLLOW_LINKS);
            if (dstDir && !srcDir) {
                return ErrorCode.err(ErrorCode.IS_DIRECTORY);
            }
            if (srcDir && !dstDir) {
                return ErrorCode.err(ErrorCode.NOT_DIRECTORY);
            }
        }
        if (srcDir && dst.startsWith(src) && !dst.equals(src)) {
            return ErrorCode.err(ErrorCode.INVALID); // into its own subtree
        }
        // ATOMIC_MOVE is rename(2): it replaces a file or an empty directory as POSIX says.
        Files.move(src, dst, StandardCopyOption.ATOMIC_MOVE);
        return Values.ok();
    }

    private Value symlinkAt(List<Value> a) throws IOException {
        String target = Values.stringArg(a, 1);
        Sandbox.Resolved r = resolve(a, 2, false);
        if (!r.ok()) {
            return ErrorCode.err(r.errorCode());
        }
        if (!mutable(a, 0)) {
            return ErrorCode.err(ErrorCode.NOT_PERMITTED);
        }
        if (target.startsWith("/") || target.indexOf('\0') >= 0) {
            return ErrorCode.err(target.startsWith("/") ? ErrorCode.NOT_PERMITTED : ErrorCode.INVALID);
        }
        if (r.isBase() || Files.exists(r.host(), LinkOption.NOFOLLOW_LINKS)) {
            return ErrorCode.err(ErrorCode.EXIST);
        }
        Files.createSymbolicLink(r.host(), Path.of(target));
        return Values.ok();
    }

    private Value unlinkFileAt(List<Value> a) throws IOException {
        Sandbox.Resolved r = resolve(a, 1, false);
        if (!r.ok()) {
            return ErrorCode.err(r.errorCode());
        }
        if (!mutable(a, 0)) {
            return ErrorCode.err(ErrorCode.NOT_PERMITTED);
        }
        Path p = r.host();
        if (r.isBase() || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return ErrorCode.err(ErrorCode.IS_DIRECTORY);
        }
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return ErrorCode.err(ErrorCode.NO_ENTRY);
        }
        if (r.trailingSlash()) {
            return ErrorCode.err(ErrorCode.NOT_DIRECTORY);
        }
        Files.delete(p);
        return Values.ok();
    }

    private Value metadataHashAt(List<Value> a) throws IOException {
        Sandbox.Resolved r = resolve(a, 2, Values.flagsArg(a, 1).get(SYMLINK_FOLLOW));
        if (!r.ok()) {
            return ErrorCode.err(r.errorCode());
        }
        return Values.ok(Metadata.hash(r.host(), host.hashKey));
    }

    /** Resolves {@code args[pathIndex]} below the directory descriptor {@code args[0]}. */
    private Sandbox.Resolved resolve(List<Value> args, int pathIndex, boolean follow) {
        return resolveIn(args, 0, pathIndex, follow);
    }

    private Sandbox.Resolved resolveIn(List<Value> args, int dirIndex, int pathIndex) {
        return resolveIn(args, dirIndex, pathIndex, false);
    }

    private Sandbox.Resolved resolveIn(List<Value> args, int dirIndex, int pathIndex, boolean follow) {
        Descriptor dir = directory(host, args, dirIndex);
        if (dir == null) {
            Descriptor d = host.table.get(host.descriptor, Values.repArg(args, dirIndex), Descriptor.class);
            return new Sandbox.Resolved(d == null ? ErrorCode.BAD_DESCRIPTOR : ErrorCode.NOT_DIRECTORY, null, false, false);
        }
        return Sandbox.resolve(dir.location, Values.stringArg(args, pathIndex), follow);
    }

    private boolean mutable(List<Value> args, int dirIndex) {
        Descriptor dir = directory(host, args, dirIndex);
        return dir != null && dir.can(Descriptor.MUTATE_DIRECTORY);
    }
}
