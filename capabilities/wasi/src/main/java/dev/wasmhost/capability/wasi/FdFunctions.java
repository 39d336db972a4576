package dev.wasmhost.capability.wasi;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** fd_* functions about a descriptor rather than its data: state, stat, sizes, numbering. */
final class FdFunctions {
    private final FdTable fds;

    FdFunctions(FdTable fds) {
        this.fds = fds;
    }

    void register(HostCall calls) {
        calls.add("fd_advise", "iIIi", (m, a) -> advise((int) a[0], a[1], a[2], (int) a[3]));
        calls.add("fd_allocate", "iII", (m, a) -> allocate((int) a[0], a[1], a[2]));
        calls.add("fd_close", "i", (m, a) -> close((int) a[0]));
        calls.add("fd_datasync", "i", (m, a) -> sync((int) a[0], false));
        calls.add("fd_sync", "i", (m, a) -> sync((int) a[0], true));
        calls.add("fd_fdstat_get", "ii", (m, a) -> fdstatGet(m, (int) a[0], (int) a[1]));
        calls.add("fd_fdstat_set_flags", "ii", (m, a) -> setFlags((int) a[0], (int) a[1]));
        calls.add("fd_fdstat_set_rights", "iII", (m, a) -> setRights((int) a[0], a[1], a[2]));
        calls.add("fd_filestat_get", "ii", (m, a) -> filestatGet(m, (int) a[0], (int) a[1]));
        calls.add("fd_filestat_set_size", "iI", (m, a) -> setSize((int) a[0], a[1]));
        calls.add("fd_filestat_set_times", "iIIi", (m, a) -> setTimes((int) a[0], a[1], a[2], (int) a[3]));
        calls.add("fd_prestat_get", "ii", (m, a) -> prestatGet(m, (int) a[0], (int) a[1]));
        calls.add("fd_prestat_dir_name", "iii", (m, a) -> prestatDirName(m, (int) a[0], (int) a[1], (int) a[2]));
        calls.add("fd_renumber", "ii", (m, a) -> renumber((int) a[0], (int) a[1]));
        calls.add("fd_seek", "iIii", (m, a) -> seek(m, (int) a[0], a[1], (int) a[2], (int) a[3]));
        calls.add("fd_tell", "ii", (m, a) -> tell(m, (int) a[0], (int) a[1]));
    }

    private int advise(int fd, long offset, long len, int advice) {
        Descriptor d = fds.get(fd);
        if (d == null) {
            return Errno.BADF;
        }
        if (advice < 0 || advice > 5 || offset < 0 || len < 0) {
            return Errno.INVAL;
        }
        return switch (d) {
            case Descriptor.File f -> Errno.SUCCESS; // advice is optional; the JVM has no fadvise
            case Descriptor.Directory dir -> Errno.BADF;
            default -> Errno.SPIPE;
        };
    }

    private int allocate(int fd, long offset, long len) {
        Descriptor d = fds.get(fd);
        if (!(d instanceof Descriptor.File f)) {
            return d == null || d instanceof Descriptor.Directory ? Errno.BADF : Errno.SPIPE;
        }
        if (offset < 0 || len < 0 || offset + len < 0) {
            return Errno.INVAL;
        }
        if (!f.writable) {
            return Errno.BADF;
        }
        try {
            if (offset + len > f.channel.size()) {
                extend(f.channel, offset + len);
            }
        } catch (IOException e) {
            return HostFiles.errno(e);
        }
        return Errno.SUCCESS;
    }

    /** Grows a file with zeros without moving its position. */
    static void extend(FileChannel channel, long size) throws IOException {
        channel.write(ByteBuffer.allocate(1), size - 1);
    }

    private int close(int fd) {
        Descriptor d = fds.remove(fd);
        if (d == null) {
            return Errno.BADF;
        }
        try {
            d.close();
        } catch (IOException e) {
            return HostFiles.errno(e);
        }
        return Errno.SUCCESS;
    }

    private int sync(int fd, boolean metadata) {
        Descriptor d = fds.get(fd);
        return switch (d) {
            case null -> Errno.BADF;
            case Descriptor.File f -> {
                try {
                    f.channel.force(metadata);
                    yield Errno.SUCCESS;
                } catch (IOException e) {
                    yield HostFiles.errno(e);
                }
            }
            case Descriptor.Directory dir -> Errno.BADF;
            default -> Errno.INVAL;
        };
    }

    private int fdstatGet(GuestMemory m, int fd, int buf) {
        Descriptor d = fds.get(fd);
        if (d == null) {
            return Errno.BADF;
        }
        m.check(buf, 24);
        m.zero(buf, 24);
        m.writeU8(buf, d.fileType());
        m.writeU16(buf + 2, d.fdFlags);
        m.writeI64(buf + 8, d.rightsBase());
        m.writeI64(buf + 16, d.rightsInheriting());
        return Errno.SUCCESS;
    }

    private int setFlags(int fd, int flags) {
        Descriptor d = fds.get(fd);
        if (d == null) {
            return Errno.BADF;
        }
        if ((flags & ~Abi.FDFLAGS_ALL) != 0) {
            return Errno.INVAL;
        }
        if (d instanceof Descriptor.Directory) {
            return Errno.BADF; // as wasmtime: directories have no stream flags to set
        }
        // Append and the sync flags are honoured by fd_write itself; nonblock changes nothing
        // because every host call here completes without waiting on the guest.
        d.fdFlags = flags;
        return Errno.SUCCESS;
    }

    private int setRights(int fd, long base, long inheriting) {
        Descriptor d = fds.get(fd);
        if (d == null) {
            return Errno.BADF;
        }
        if ((base & ~d.rightsBase()) != 0 || (inheriting & ~d.rightsInheriting()) != 0) {
            return Errno.NOTCAPABLE;
        }
        d.rightsMask = base;
        d.inheritingMask = inheriting;
        if (d instanceof Descriptor.File f) {
            f.readable &= (base & Abi.RIGHT_FD_READ) != 0;
            f.writable &= (base & Abi.RIGHT_FD_WRITE) != 0;
        }
        return Errno.SUCCESS;
    }

    private int filestatGet(GuestMemory m, int fd, int buf) {
        Descriptor d = fds.get(fd);
        return switch (d) {
            case null -> Errno.BADF;
            case Descriptor.File f -> {
                Path path = f.location.current(false);
                int errno = path == null ? Errno.NOENT : HostFiles.writeFilestat(m, buf, path, false);
                if (errno == Errno.NOENT) {
                    // unlinked while open: the channel still knows the size
                    try {
                        HostFiles.writeStreamFilestat(m, buf, Abi.FILETYPE_REGULAR_FILE);
                        m.writeI64(buf + 24, 0);
                        m.writeI64(buf + 32, f.channel.size());
                        errno = Errno.SUCCESS;
                    } catch (IOException e) {
                        errno = HostFiles.errno(e);
                    }
                }
                yield errno;
            }
            case Descriptor.Directory dir -> {
                Path path = dir.location.current(true);
                yield path == null ? Errno.NOENT : HostFiles.writeFilestat(m, buf, path, false);
            }
            default -> {
                HostFiles.writeStreamFilestat(m, buf, d.fileType());
                yield Errno.SUCCESS;
            }
        };
    }

    private int setSize(int fd, long size) {
        Descriptor d = fds.get(fd);
        if (!(d instanceof Descriptor.File f)) {
            return d instanceof Descriptor.Input || d instanceof Descriptor.Output ? Errno.INVAL : Errno.BADF;
        }
        if (size < 0 || !f.writable) {
            return Errno.INVAL; // ftruncate on a read-only descriptor
        }
        try {
            long current = f.channel.size();
            if (size < current) {
                long position = f.channel.position();
                f.channel.truncate(size);
                f.channel.position(position); // truncate moves the position back; ftruncate does not
            } else if (size > current) {
                extend(f.channel, size);
            }
        } catch (IOException e) {
            return HostFiles.errno(e);
        }
        return Errno.SUCCESS;
    }

    private int setTimes(int fd, long atim, long mtim, int fstFlags) {
        return switch (fds.get(fd)) {
            case null -> Errno.BADF;
            case Descriptor.File f -> setTimes(f.location.current(false), atim, mtim, fstFlags);
            case Descriptor.Directory dir -> setTimes(dir.location.current(true), atim, mtim, fstFlags);
            default -> Errno.INVAL;
        };
    }

    /** Times are set by path (Java has no futimens), so only while the path still names the file. */
    private static int setTimes(Path path, long atim, long mtim, int fstFlags) {
        return path == null ? Errno.NOENT : HostFiles.setTimes(path, atim, mtim, fstFlags, false);
    }

    private int prestatGet(GuestMemory m, int fd, int buf) {
        if (!(fds.get(fd) instanceof Descriptor.Directory dir) || dir.preopenName == null) {
            return Errno.BADF;
        }
        m.check(buf, 8);
        m.zero(buf, 8);
        m.writeI32(buf + 4, dir.preopenName.getBytes(UTF_8).length);
        return Errno.SUCCESS;
    }

    private int prestatDirName(GuestMemory m, int fd, int buf, int len) {
        if (!(fds.get(fd) instanceof Descriptor.Directory dir) || dir.preopenName == null) {
            return Errno.BADF;
        }
        byte[] name = dir.preopenName.getBytes(UTF_8);
        if (Integer.toUnsignedLong(len) < name.length) {
            return Errno.NAMETOOLONG;
        }
        m.write(buf, name);
        return Errno.SUCCESS;
    }

    private int renumber(int from, int to) {
        if (fds.get(from) == null || fds.get(to) == null) {
            return Errno.BADF;
        }
        if (from == to) {
            return Errno.SUCCESS;
        }
        Descriptor replaced = fds.renumber(from, to);
        try {
            replaced.close();
        } catch (IOException e) {
            // the number now names the moved descriptor; the old one's close error has no caller
        }
        return Errno.SUCCESS;
    }

    private int seek(GuestMemory m, int fd, long offset, int whence, int resultPtr) {
        Descriptor d = fds.get(fd);
        if (!(d instanceof Descriptor.File f)) {
            return d == null || d instanceof Descriptor.Directory ? Errno.BADF : Errno.SPIPE;
        }
        try {
            long base = switch (whence) {
                case Abi.WHENCE_SET -> 0;
                case Abi.WHENCE_CUR -> f.channel.position();
                case Abi.WHENCE_END -> f.channel.size();
                default -> -1;
            };
            if (base < 0) {
                return Errno.INVAL;
            }
            long target = base + offset;
            if (target < 0 || (offset > 0 && target < base)) {
                return Errno.INVAL;
            }
            m.check(resultPtr, 8);
            f.channel.position(target);
            m.writeI64(resultPtr, target);
        } catch (IOException e) {
            return HostFiles.errno(e);
        }
        return Errno.SUCCESS;
    }

    private int tell(GuestMemory m, int fd, int resultPtr) {
        Descriptor d = fds.get(fd);
        if (!(d instanceof Descriptor.File f)) {
            return d == null || d instanceof Descriptor.Directory ? Errno.BADF : Errno.SPIPE;
        }
        try {
            m.writeI64(resultPtr, f.channel.position());
        } catch (IOException e) {
            return HostFiles.errno(e);
        }
        return Errno.SUCCESS;
    }
}
