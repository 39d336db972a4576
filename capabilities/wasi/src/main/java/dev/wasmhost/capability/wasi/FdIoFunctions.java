package dev.wasmhost.capability.wasi;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The data path: fd_read, fd_write, fd_pread, fd_pwrite and fd_readdir. */
final class FdIoFunctions {
    private static final int MAX_CHUNK = 1 << 20;

    private final FdTable fds;

    FdIoFunctions(FdTable fds) {
        this.fds = fds;
    }

    void register(HostCall calls) {
        calls.add("fd_read", "iiii", (m, a) -> read(m, (int) a[0], (int) a[1], (int) a[2], (int) a[3], -1));
        calls.add("fd_pread", "iiiIi", (m, a) -> pread(m, (int) a[0], (int) a[1], (int) a[2], a[3], (int) a[4]));
        calls.add("fd_write", "iiii", (m, a) -> write(m, (int) a[0], (int) a[1], (int) a[2], (int) a[3], -1));
        calls.add("fd_pwrite", "iiiIi", (m, a) -> pwrite(m, (int) a[0], (int) a[1], (int) a[2], a[3], (int) a[4]));
        calls.add("fd_readdir", "iiiIi", (m, a) -> readdir(m, (int) a[0], (int) a[1], (int) a[2], a[3], (int) a[4]));
    }

    private int pread(GuestMemory m, int fd, int iovs, int count, long offset, int resultPtr) {
        Descriptor d = fds.get(fd);
        if (d instanceof Descriptor.Input) {
            return Errno.SPIPE;
        }
        if (offset < 0) {
            return d == null ? Errno.BADF : Errno.INVAL;
        }
        return read(m, fd, iovs, count, resultPtr, offset);
    }

    /** fd_read, or fd_pread when {@code offset >= 0}. */
    private int read(GuestMemory m, int fd, int iovs, int count, int resultPtr, long offset) {
        Descriptor d = fds.get(fd);
        // POSIX says EISDIR for a directory; wasmtime says EBADF, and so do we
        if (d == null || d instanceof Descriptor.Output || d instanceof Descriptor.Directory) {
            return Errno.BADF;
        }
        int[][] vecs = m.iovecs(iovs, count);
        m.check(resultPtr, 4);
        long total = 0;
        try {
            if (d instanceof Descriptor.Input in) {
                for (int[] v : vecs) {
                    if (v[1] == 0) {
                        continue;
                    }
                    // block only for the first bytes, like readv on a pipe
                    if (total > 0 && in.available() <= 0) {
                        break;
                    }
                    byte[] buf = new byte[Math.min(v[1], MAX_CHUNK)];
                    int n = in.read(buf, 0, buf.length);
                    if (n <= 0) {
                        break;
                    }
                    m.write(v[0], buf, 0, n);
                    total += n;
                    if (n < v[1]) {
                        break;
                    }
                }
            } else {
                Descriptor.File f = (Descriptor.File) d;
                if (!f.readable) {
                    return Errno.BADF;
                }
                ByteBuffer chunk = null;
                boolean atEnd = false;
                for (int[] v : vecs) {
                    int filled = 0;
                    while (filled < v[1] && !atEnd) {
                        // chunked so that a huge buffer over a small file costs no huge allocation
                        int want = Math.min(v[1] - filled, MAX_CHUNK);
                        if (chunk == null || chunk.capacity() < want) {
                            chunk = ByteBuffer.allocate(want);
                        }
                        chunk.clear().limit(want);
                        int n = offset >= 0 ? f.channel.read(chunk, offset + total) : f.channel.read(chunk);
                        if (n <= 0) {
                            atEnd = true;
                            break;
                        }
                        m.write(v[0] + filled, chunk.array(), 0, n);
                        filled += n;
                        total += n;
                    }
                    if (atEnd) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            return HostFiles.errno(e);
        }
        m.writeI32(resultPtr, (int) total);
        return Errno.SUCCESS;
    }

    private int pwrite(GuestMemory m, int fd, int iovs, int count, long offset, int resultPtr) {
        Descriptor d = fds.get(fd);
        if (d instanceof Descriptor.Output) {
            return Errno.SPIPE;
        }
        if (offset < 0) {
            return d == null ? Errno.BADF : Errno.INVAL;
        }
        return write(m, fd, iovs, count, resultPtr, offset);
    }

    /**
     * fd_write, or fd_pwrite when {@code offset >= 0}. In append mode a positional write still
     * goes to the end, as on Linux and in wasmtime; it never moves the descriptor's position.
     */
    private int write(GuestMemory m, int fd, int iovs, int count, int resultPtr, long offset) {
        Descriptor d = fds.get(fd);
        if (d == null || d instanceof Descriptor.Input || d instanceof Descriptor.Directory) {
            return Errno.BADF;
        }
        int[][] vecs = m.iovecs(iovs, count);
        m.check(resultPtr, 4);
        long total = 0;
        try {
            if (d instanceof Descriptor.Output out) {
                for (int[] v : vecs) {
                    if (v[1] > 0) {
                        out.write(m.read(v[0], v[1]));
                        total += v[1];
                    }
                }
                out.flush(); // the guest's output is visible while it runs
            } else {
                Descriptor.File f = (Descriptor.File) d;
                if (!f.writable) {
                    return Errno.BADF;
                }
                long position = f.append() ? f.channel.size() : offset >= 0 ? offset : f.channel.position();
                for (int[] v : vecs) {
                    ByteBuffer buf = ByteBuffer.wrap(m.read(v[0], v[1]));
                    while (buf.hasRemaining()) {
                        position += f.channel.write(buf, position);
                    }
                    total += v[1];
                }
                if (offset < 0) {
                    f.channel.position(position);
                }
                if (f.syncWrites()) {
                    f.channel.force((f.fdFlags & Abi.FDFLAG_SYNC) != 0);
                }
            }
        } catch (IOException e) {
            return total > 0 ? finish(m, resultPtr, total) : HostFiles.errno(e);
        }
        return finish(m, resultPtr, total);
    }

    private static int finish(GuestMemory m, int resultPtr, long total) {
        m.writeI32(resultPtr, (int) total);
        return Errno.SUCCESS;
    }

    /**
     * Cookies are positions in a listing taken when the guest starts over (cookie 0), so entries
     * removed while the guest walks the directory do not shift the ones after them.
     */
    private int readdir(GuestMemory m, int fd, int buf, int bufLen, long cookie, int resultPtr) {
        Descriptor d = fds.get(fd);
        if (d == null) {
            return Errno.BADF;
        }
        if (!(d instanceof Descriptor.Directory dir)) {
            return Errno.NOTDIR;
        }
        m.check(buf, Integer.toUnsignedLong(bufLen));
        m.check(resultPtr, 4);
        Path path = dir.location.current(true);
        if (path == null) {
            return Errno.NOENT;
        }
        if (cookie == 0 || dir.listing == null) {
            List<String> names = new ArrayList<>();
            names.add(".");
            names.add("..");
            try (Stream<Path> entries = Files.list(path)) {
                entries.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
            } catch (IOException e) {
                return HostFiles.errno(e);
            }
            dir.listing = names;
        }
        long used = 0;
        long capacity = Integer.toUnsignedLong(bufLen);
        for (long i = cookie; i < dir.listing.size() && used < capacity; i++) {
            String name = dir.listing.get((int) i);
            // ".." of a preopen is described by the preopen itself: nothing about the host above it
            Path entry = name.equals(".") || (name.equals("..") && dir.location.parts().isEmpty())
                    ? path
                    : name.equals("..") ? path.getParent() : path.resolve(name);
            int type;
            try {
                type = name.equals(".") || name.equals("..")
                        ? Abi.FILETYPE_DIRECTORY
                        : HostFiles.fileType(Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
            } catch (NoSuchFileException e) {
                continue; // removed since the listing was taken
            } catch (IOException e) {
                type = Abi.FILETYPE_UNKNOWN;
            }
            byte[] nameBytes = name.getBytes(UTF_8);
            ByteBuffer dirent = ByteBuffer.allocate(24 + nameBytes.length).order(ByteOrder.LITTLE_ENDIAN);
            dirent.putLong(0, i + 1);
            dirent.putLong(8, HostFiles.inode(entry));
            dirent.putInt(16, nameBytes.length);
            dirent.put(20, (byte) type);
            dirent.put(24, nameBytes);
            int n = (int) Math.min(dirent.capacity(), capacity - used);
            m.write((int) (buf + used), dirent.array(), 0, n);
            used += n;
        }
        m.writeI32(resultPtr, (int) used);
        return Errno.SUCCESS;
    }
}
