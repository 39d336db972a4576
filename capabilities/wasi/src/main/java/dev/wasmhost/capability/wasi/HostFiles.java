package dev.wasmhost.capability.wasi;

import java.io.IOException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Host file-system facts in WASI terms: errno for Java exceptions, filestat, file times. */
final class HostFiles {
    private HostFiles() {}

    /** The errno closest to what the host OS reported. */
    static int errno(Exception e) {
        if (e instanceof NoSuchFileException) {
            return Errno.NOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return Errno.EXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return Errno.NOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return Errno.NOTDIR;
        }
        if (e instanceof NotLinkException) {
            return Errno.INVAL;
        }
        if (e instanceof AccessDeniedException) {
            return Errno.ACCES;
        }
        if (e instanceof FileSystemLoopException) {
            return Errno.LOOP;
        }
        if (e instanceof NonReadableChannelException || e instanceof NonWritableChannelException) {
            return Errno.BADF;
        }
        if (e instanceof UnsupportedOperationException) {
            return Errno.NOTSUP;
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            // Java keeps the OS's strerror text as the reason for the errors it has no class for.
            String reason = fse.getReason();
            if (reason.contains("Not a directory")) {
                return Errno.NOTDIR;
            }
            if (reason.contains("Is a directory")) {
                return Errno.ISDIR;
            }
            if (reason.contains("Too many levels of symbolic links")) {
                return Errno.LOOP;
            }
            if (reason.contains("Directory not empty")) {
                return Errno.NOTEMPTY;
            }
            if (reason.contains("Invalid cross-device link")) {
                return Errno.XDEV;
            }
            if (reason.contains("No space left")) {
                return Errno.NOSPC;
            }
            if (reason.contains("Operation not permitted")) {
                return Errno.PERM;
            }
            if (reason.contains("Read-only file system")) {
                return Errno.ROFS;
            }
            if (reason.contains("File name too long")) {
                return Errno.NAMETOOLONG;
            }
            if (reason.contains("Too many links")) {
                return Errno.MLINK;
            }
            if (reason.contains("Invalid argument")) {
                return Errno.INVAL;
            }
            if (reason.contains("File too large")) {
                return Errno.FBIG;
            }
        }
        return Errno.IO;
    }

    /** Writes the 64-byte filestat of {@code path} (not following a final symlink unless asked). */
    static int writeFilestat(GuestMemory m, int buf, Path path, boolean follow) {
        LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        long dev = 0;
        long ino = 0;
        long nlink = 1;
        FileTime ctime = null;
        BasicFileAttributes basic;
        try {
            basic = Files.readAttributes(path, BasicFileAttributes.class, options);
            try {
                Map<String, Object> unix = Files.readAttributes(path, "unix:dev,ino,nlink,ctime", options);
                dev = ((Number) unix.get("dev")).longValue();
                ino = ((Number) unix.get("ino")).longValue();
                nlink = ((Number) unix.get("nlink")).longValue();
                ctime = (FileTime) unix.get("ctime");
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                // not a POSIX file system: dev/ino stay 0, as WASI allows
            }
        } catch (IOException e) {
            return errno(e);
        }
        m.check(buf, 64);
        m.writeI64(buf, dev);
        m.writeI64(buf + 8, ino);
        m.zero(buf + 16, 8);
        m.writeU8(buf + 16, fileType(basic));
        m.writeI64(buf + 24, nlink);
        m.writeI64(buf + 32, basic.size());
        m.writeI64(buf + 40, nanos(basic.lastAccessTime()));
        m.writeI64(buf + 48, nanos(basic.lastModifiedTime()));
        m.writeI64(buf + 56, nanos(ctime != null ? ctime : basic.lastModifiedTime()));
        return Errno.SUCCESS;
    }

    /** The filestat of a stream (stdin/stdout/stderr): a character device with no times. */
    static void writeStreamFilestat(GuestMemory m, int buf, int fileType) {
        m.check(buf, 64);
        m.zero(buf, 64);
        m.writeU8(buf + 16, fileType);
        m.writeI64(buf + 24, 1);
    }

    static int fileType(BasicFileAttributes a) {
        if (a.isSymbolicLink()) {
            return Abi.FILETYPE_SYMBOLIC_LINK;
        }
        if (a.isDirectory()) {
            return Abi.FILETYPE_DIRECTORY;
        }
        if (a.isRegularFile()) {
            return Abi.FILETYPE_REGULAR_FILE;
        }
        return Abi.FILETYPE_UNKNOWN;
    }

    static long inode(Path path) {
        try {
            return ((Number) Files.getAttribute(path, "unix:ino", LinkOption.NOFOLLOW_LINKS)).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }

    private static long nanos(FileTime t) {
        return t.to(TimeUnit.NANOSECONDS);
    }

    /** fd_filestat_set_times / path_filestat_set_times on a host path. */
    static int setTimes(Path path, long atim, long mtim, int fstFlags, boolean follow) {
        boolean aSet = (fstFlags & Abi.FST_ATIM) != 0;
        boolean aNow = (fstFlags & Abi.FST_ATIM_NOW) != 0;
        boolean mSet = (fstFlags & Abi.FST_MTIM) != 0;
        boolean mNow = (fstFlags & Abi.FST_MTIM_NOW) != 0;
        if ((aSet && aNow) || (mSet && mNow) || (fstFlags & ~15) != 0) {
            return Errno.INVAL;
        }
        FileTime now = FileTime.from(ProcFunctions.realtimeNanos(), TimeUnit.NANOSECONDS);
        FileTime access = aSet ? FileTime.from(atim, TimeUnit.NANOSECONDS) : aNow ? now : null;
        FileTime modified = mSet ? FileTime.from(mtim, TimeUnit.NANOSECONDS) : mNow ? now : null;
        LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            BasicFileAttributeView view = Files.getFileAttributeView(path, BasicFileAttributeView.class, options);
            view.setTimes(modified, access, null);
        } catch (IOException e) {
            return errno(e);
        }
        return Errno.SUCCESS;
    }
}
