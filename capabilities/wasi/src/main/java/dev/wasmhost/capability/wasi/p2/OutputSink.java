package dev.wasmhost.capability.wasi.p2;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** The host object behind an {@code output-stream}: stdout/stderr or a file written at an offset or appended. */
abstract class OutputSink implements AutoCloseable {
    /** Set after a failure: every later operation reports {@code closed}. */
    boolean closed;

    abstract void write(byte[] bytes) throws IOException;

    abstract void flush() throws IOException;

    /** Drops only the stream: the configured stdout/stderr and the descriptor's file stay open. */
    @Override
    public void close() {}

    /** Whether failures are filesystem errors (reported by filesystem-error-code). */
    boolean isFile() {
        return false;
    }

    /** Writes reach {@code out} and are flushed at once, so output shows up while the guest runs. */
    static OutputSink of(OutputStream out) {
        return new OutputSink() {
            @Override
            void write(byte[] bytes) throws IOException {
                out.write(bytes);
                out.flush();
            }

            @Override
            void flush() throws IOException {
                out.flush();
            }
        };
    }

    /** Writes at {@code position} on, or at the end of the file each time when {@code append}. */
    static OutputSink of(FileChannel channel, long position, boolean append) {
        return new OutputSink() {
            private long pos = position;

            @Override
            boolean isFile() {
                return true;
            }

            @Override
            void write(byte[] bytes) throws IOException {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    long at = append ? channel.size() : pos;
                    pos = at + channel.write(buf, at);
                }
            }

            @Override
            void flush() throws IOException {
                // Writes go straight to the channel; durability is descriptor.sync's business.
            }
        };
    }
}
