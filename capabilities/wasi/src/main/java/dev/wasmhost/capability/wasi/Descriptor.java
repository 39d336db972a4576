package dev.wasmhost.capability.wasi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import run.endive.runtime.WasmInterruptedException;

/**
 * One entry of the guest's descriptor table. The subclasses are the only kinds of object a
 * preview 1 guest can hold: the three standard streams, regular files and directories.
 */
abstract sealed class Descriptor
        permits Descriptor.Input, Descriptor.Output, Descriptor.File, Descriptor.Directory {

    /** fdflags as last set by path_open or fd_fdstat_set_flags. */
    int fdFlags;
    /** Rights left after fd_fdstat_set_rights; only ever shrinks. */
    long rightsMask = Abi.RIGHTS_ALL;
    long inheritingMask = Abi.RIGHTS_ALL;

    abstract int fileType();

    /** Rights this descriptor can honour, before narrowing. */
    abstract long naturalRights();

    long naturalInheriting() {
        return 0;
    }

    final long rightsBase() {
        return naturalRights() & rightsMask;
    }

    final long rightsInheriting() {
        return naturalInheriting() & inheritingMask;
    }

    void close() throws IOException {}

    /**
     * stdin: reads straight from the configured stream. poll_oneoff may start a one-byte read
     * ahead on a virtual thread (a Java stream cannot be waited on with a timeout); the byte, or
     * the end of the stream, is handed to the next read.
     */
    static final class Input extends Descriptor {
        private static final int NONE = -2;
        private static final int END = -1;

        private final InputStream in;
        private int peeked = NONE;
        private CompletableFuture<Integer> ahead;

        Input(InputStream in) {
            this.in = in;
        }

        @Override
        int fileType() {
            return Abi.FILETYPE_UNKNOWN;
        }

        @Override
        long naturalRights() {
            return Abi.RIGHTS_STDIN;
        }

        /** Reads up to len bytes; -1 at end of stream. Blocks until at least one byte or EOF. */
        int read(byte[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            settle(Long.MAX_VALUE);
            if (peeked == END) {
                return -1;
            }
            if (peeked == NONE) {
                return in.read(buf, off, len);
            }
            buf[off] = (byte) peeked;
            peeked = NONE;
            int more = len > 1 && in.available() > 0 ? in.read(buf, off + 1, Math.min(len - 1, in.available())) : 0;
            return 1 + Math.max(more, 0);
        }

        /** Bytes readable without blocking (0 when unknown or at the end). */
        int available() throws IOException {
            settle(0);
            if (peeked == END || ahead != null) {
                return 0;
            }
            return (peeked >= 0 ? 1 : 0) + in.available();
        }

        /** True once the stream has ended (known only after a read-ahead finished). */
        boolean ended() {
            return peeked == END;
        }

        /**
         * Waits up to {@code nanos} for a byte or the end of the stream, reading one byte ahead
         * if nothing is buffered; true when either arrived.
         */
        boolean await(long nanos) throws IOException {
            if (peeked != NONE || (ahead == null && in.available() > 0)) {
                return true;
            }
            if (ahead == null) {
                ahead = new CompletableFuture<>();
                CompletableFuture<Integer> target = ahead;
                Thread.ofVirtual().name("wasi-stdin-read-ahead").start(() -> {
                    try {
                        target.complete(in.read());
                    } catch (IOException e) {
                        target.completeExceptionally(e);
                    }
                });
            }
            settle(nanos);
            return peeked != NONE;
        }

        /** Takes the read-ahead's result if it arrives within {@code nanos}. */
        private void settle(long nanos) throws IOException {
            if (ahead == null) {
                return;
            }
            int b;
            try {
                b = nanos == Long.MAX_VALUE ? ahead.get() : ahead.get(Math.max(nanos, 0), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WasmInterruptedException("guest interrupted while waiting for stdin");
            } catch (ExecutionException e) {
                ahead = null;
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
            ahead = null;
            peeked = b < 0 ? END : b;
        }
    }

    /** stdout or stderr: writes go through to the stream and are flushed at once. */
    static final class Output extends Descriptor {
        private final OutputStream out;

        Output(OutputStream out) {
            this.out = out;
        }

        @Override
        int fileType() {
            return Abi.FILETYPE_UNKNOWN;
        }

        @Override
        long naturalRights() {
            return Abi.RIGHTS_STDOUT;
        }

        void write(byte[] data) throws IOException {
            out.write(data);
        }

        void flush() throws IOException {
            out.flush();
        }
    }

    /** A regular file opened by path_open. Append mode is done here, so fd_fdstat_set_flags can toggle it. */
    static final class File extends Descriptor {
        final Location location;
        final FileChannel channel;
        boolean readable;
        boolean writable;

        File(Location location, FileChannel channel, boolean readable, boolean writable, int fdFlags) {
            this.location = location;
            this.channel = channel;
            this.readable = readable;
            this.writable = writable;
            this.fdFlags = fdFlags;
        }

        @Override
        int fileType() {
            return Abi.FILETYPE_REGULAR_FILE;
        }

        @Override
        long naturalRights() {
            long rights = Abi.RIGHTS_FILE;
            if (!readable) {
                rights &= ~Abi.RIGHT_FD_READ;
            }
            if (!writable) {
                rights &= ~(Abi.RIGHT_FD_WRITE | Abi.RIGHT_FD_ALLOCATE | Abi.RIGHT_FD_FILESTAT_SET_SIZE
                        | Abi.RIGHT_FD_DATASYNC);
            }
            return rights;
        }

        boolean append() {
            return (fdFlags & Abi.FDFLAG_APPEND) != 0;
        }

        boolean syncWrites() {
            return (fdFlags & (Abi.FDFLAG_SYNC | Abi.FDFLAG_DSYNC)) != 0;
        }

        @Override
        void close() throws IOException {
            channel.close();
        }
    }

    /**
     * A directory: a preopen (with its guest name) or one opened by path_open. Paths resolved
     * against it never leave it.
     */
    static final class Directory extends Descriptor {
        final Location location;
        final String preopenName;
        /** Entries listed when fd_readdir was last called with cookie 0; cookies index into it. */
        List<String> listing;

        Directory(Location location, String preopenName) {
            this.location = location;
            this.preopenName = preopenName;
        }

        @Override
        int fileType() {
            return Abi.FILETYPE_DIRECTORY;
        }

        @Override
        long naturalRights() {
            return Abi.RIGHTS_DIRECTORY;
        }

        @Override
        long naturalInheriting() {
            return Abi.RIGHTS_ALL;
        }
    }
}
