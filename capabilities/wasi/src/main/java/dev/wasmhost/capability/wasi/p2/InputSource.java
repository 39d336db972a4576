package dev.wasmhost.capability.wasi.p2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/** The host object behind an {@code input-stream}: stdin or a file read from an offset. */
abstract class InputSource implements AutoCloseable {
    /** Set after end of stream or a failure: every later operation reports {@code closed}. */
    boolean closed;

    /** Up to {@code len} bytes, blocking until at least one is there; null at end of stream. */
    abstract byte[] read(int len) throws IOException;

    @Override
    public void close() {}

    /** Whether failures are filesystem errors (reported by filesystem-error-code). */
    boolean isFile() {
        return false;
    }

    /** The configured stdin. Reads block (the spec allows a non-blocking read to wait for data). */
    static InputSource of(InputStream in) {
        return new InputSource() {
            @Override
            byte[] read(int len) throws IOException {
                if (len == 0) {
                    return new byte[0];
                }
                byte[] buf = new byte[len];
                int n = in.read(buf, 0, len);
                return n < 0 ? null : Arrays.copyOf(buf, n);
            }
        };
    }

    /** A file read from {@code position} on; the channel belongs to the descriptor. */
    static InputSource of(FileChannel channel, long position) {
        return new InputSource() {
            private long pos = position;

            @Override
            boolean isFile() {
                return true;
            }

            @Override
            byte[] read(int len) throws IOException {
                if (len == 0) {
                    return new byte[0];
                }
                ByteBuffer buf = ByteBuffer.allocate(len);
                int n = channel.read(buf, pos);
                if (n < 0) {
                    return null;
                }
                pos += n;
                return Arrays.copyOf(buf.array(), n);
            }
        };
    }
}
