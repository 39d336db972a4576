package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.bindgen.runtime.Result;
import dev.wasmhost.wit.wasi.filesystem.types.DescriptorFlags;
import dev.wasmhost.wit.wasi.filesystem.types.DescriptorStat;
import dev.wasmhost.wit.wasi.filesystem.types.ErrorCode;
import dev.wasmhost.wit.wasi.filesystem.types.MetadataHashValue;
import dev.wasmhost.wit.wasi.filesystem.types.NewTimestamp;
import dev.wasmhost.wit.wasi.filesystem.types.PathFlags;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * The {@code descriptor} methods that act on a path below a directory descriptor ({@code *-at}),
 * every path resolved through {@link Sandbox}. {@code open-at} lives in {@link OpenAt}. Each runs
 * inside {@link FsCall#guarded}, which turns Java I/O failures into error codes.
 */
final class DescriptorPaths {
    private DescriptorPaths() {}

    static Result<Void, ErrorCode> createDirectoryAt(HostDescriptor self, String path) throws IOException {
        HostDescriptor dir = self.directory();
        if (dir == null) {
            return Result.err(self.notDirectory());
        }
        if (!dir.can(DescriptorFlags.MUTATE_DIRECTORY)) {
            return Result.err(ErrorCode.NOT_PERMITTED);
        }
        Sandbox.Resolved r = Sandbox.resolve(dir.location, path, false);
        if (!r.ok()) {
            return Result.err(r.errorCode());
        }
        if (r.isBase() || Files.exists(r.host(), LinkOption.NOFOLLOW_LINKS)) {
            return Result.err(ErrorCode.EXIST);
        }
        Files.createDirectory(r.host());
        return Result.ok();
    }

    static Result<DescriptorStat, ErrorCode> statAt(HostDescriptor self, Set<PathFlags> pathFlags, String path) throws IOException {
        Sandbox.Resolved r = resolve(self, path, follow(pathFlags));
        if (!r.ok()) {
            return Result.err(r.errorCode());
        }
        return Result.ok(Metadata.stat(r.host()));
    }

    static Result<Void, ErrorCode> setTimesAt(HostDescriptor self, Set<PathFlags> pathFlags, String path,
            NewTimestamp access, NewTimestamp modification) throws IOException {
        Sandbox.Resolved r = resolve(self, path, follow(pathFlags));
        if (!r.ok()) {
            return Result.err(r.errorCode());
        }
        if (!Files.exists(r.host(), LinkOption.NOFOLLOW_LINKS)) {
            return Result.err(ErrorCode.NO_ENTRY);
        }
        return HostDescriptor.applyTimes(r.host(), access, modification);
    }

    static Result<Void, ErrorCode> linkAt(HostDescriptor self, Set<PathFlags> oldPathFlags, String oldPath,
            HostDescriptor other, String newPath) throws IOException {
        Sandbox.Resolved from = resolve(self, oldPath, follow(oldPathFlags));
        if (!from.ok()) {
            return Result.err(from.errorCode());
        }
        Sandbox.Resolved to = resolve(other, newPath, false);
        if (!to.ok()) {
            return Result.err(to.errorCode());
        }
        if (!mutable(self) || !mutable(other)) {
            return Result.err(ErrorCode.NOT_PERMITTED);
        }
        if (Files.isDirectory(from.host(), LinkOption.NOFOLLOW_LINKS)) {
            return Result.err(ErrorCode.NOT_PERMITTED); // hard links to directories are refused, as by POSIX
        }
        Files.createLink(to.host(), from.host());
        return Result.ok();
    }

    static Result<String, ErrorCode> readlinkAt(HostDescriptor self, String path) throws IOException {
        Sandbox.Resolved r = resolve(self, path, false);
        if (!r.ok()) {
            return Result.err(r.errorCode());
        }
        if (!Files.isSymbolicLink(r.host())) {
            return Result.err(Files.exists(r.host(), LinkOption.NOFOLLOW_LINKS) ? ErrorCode.INVALID : ErrorCode.NO_ENTRY);
        }
        String target = Files.readSymbolicLink(r.host()).toString();
        if (target.startsWith("/")) {
            return Result.err(ErrorCode.NOT_PERMITTED); // an absolute target names a host path
        }
        return Result.ok(target);
    }

    static Result<Void, ErrorCode> removeDirectoryAt(HostDescriptor self, String path) throws IOException {
        Sandbox.Resolved r = resolve(self, path, false);
        if (!r.ok()) {
            return Result.err(r.errorCode());
        }
        if (!mutable(self)) {
            return Result.err(ErrorCode.NOT_PERMITTED);
        }
        if (r.isBase()) {
            return Result.err(ErrorCode.INVALID); // the descriptor's own directory
        }
        Path p = r.host();
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return Result.err(ErrorCode.NO_ENTRY);
        }
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return Result.err(ErrorCode.NOT_DIRECTORY);
        }
        Files.delete(p);
        return Result.ok();
    }

    static Result<Void, ErrorCode> renameAt(HostDescriptor self, String oldPath, HostDescriptor other, String newPath) throws IOException {
        Sandbox.Resolved from = resolve(self, oldPath, false);
        if (!from.ok()) {
            return Result.err(from.errorCode());
        }
        Sandbox.Resolved to = resolve(other, newPath, false);
        if (!to.ok()) {
            return Result.err(to.errorCode());
        }
        if (!mutable(self) || !mutable(other)) {
            return Result.err(ErrorCode.NOT_PERMITTED);
        }
        if (from.isBase() || to.isBase()) {
            return Result.err(ErrorCode.BUSY);
        }
        Path src = from.host();
        Path dst = to.host();
        if (!Files.exists(src, LinkOption.NOFOLLOW_LINKS)) {
            return Result.err(ErrorCode.NO_ENTRY);
        }
        boolean srcDir = Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS);
        if (Files.exists(dst, LinkOption.NOFOLLOW_LINKS)) {
            boolean dstDir = Files.isDirectory(dst, LinkOption.NOFOLLOW_LINKS);
            if (dstDir && !srcDir) {
                return Result.err(ErrorCode.IS_DIRECTORY);
            }
            if (srcDir && !dstDir) {
                return Result.err(ErrorCode.NOT_DIRECTORY);
            }
        }
        if (srcDir && dst.startsWith(src) && !dst.equals(src)) {
            return Result.err(ErrorCode.INVALID); // into its own subtree
        }
        // ATOMIC_MOVE is rename(2): it replaces a file or an empty directory as POSIX says.
        Files.move(src, dst, StandardCopyOption.ATOMIC_MOVE);
        return Result.ok();
    }

    static Result<Void, ErrorCode> symlinkAt(HostDescriptor self, String oldPath, String newPath) throws IOException {
        String target = oldPath;
        Sandbox.Resolved r = resolve(self, newPath, false);
        if (!r.ok()) {
            return Result.err(r.errorCode());
        }
        if (!mutable(self)) {
            return Result.err(ErrorCode.NOT_PERMITTED);
        }
        if (target.startsWith("/") || target.indexOf('\0') >= 0) {
            return Result.err(target.startsWith("/") ? ErrorCode.NOT_PERMITTED : ErrorCode.INVALID);
        }
        if (r.isBase() || Files.exists(r.host(), LinkOption.NOFOLLOW_LINKS)) {
            return Result.err(ErrorCode.EXIST);
        }
        Files.createSymbolicLink(r.host(), Path.of(target));
        return Result.ok();
    }

    static Result<Void, ErrorCode> unlinkFileAt(HostDescriptor self, String path) throws IOException {
        Sandbox.Resolved r = resolve(self, path, false);
        if (!r.ok()) {
            return Result.err(r.errorCode());
        }
        if (!mutable(self)) {
            return Result.err(ErrorCode.NOT_PERMITTED);
        }
        Path p = r.host();
        if (r.isBase() || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return Result.err(ErrorCode.IS_DIRECTORY);
        }
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return Result.err(ErrorCode.NO_ENTRY);
        }
        if (r.trailingSlash()) {
            return Result.err(ErrorCode.NOT_DIRECTORY);
        }
        Files.delete(p);
        return Result.ok();
    }

    static Result<MetadataHashValue, ErrorCode> metadataHashAt(HostDescriptor self, Set<PathFlags> pathFlags, String path) throws IOException {
        Sandbox.Resolved r = resolve(self, path, follow(pathFlags));
        if (!r.ok()) {
            return Result.err(r.errorCode());
        }
        return Result.ok(Metadata.hash(r.host(), self.hashKey));
    }

    static boolean follow(Set<PathFlags> pathFlags) {
        return pathFlags.contains(PathFlags.SYMLINK_FOLLOW);
    }

    /** Resolves {@code path} below the directory descriptor {@code d}. */
    static Sandbox.Resolved resolve(HostDescriptor d, String path, boolean follow) {
        HostDescriptor dir = d.directory();
        if (dir == null) {
            return Sandbox.fail(d.notDirectory());
        }
        return Sandbox.resolve(dir.location, path, follow);
    }

    private static boolean mutable(HostDescriptor d) {
        HostDescriptor dir = d.directory();
        return dir != null && dir.can(DescriptorFlags.MUTATE_DIRECTORY);
    }
}
