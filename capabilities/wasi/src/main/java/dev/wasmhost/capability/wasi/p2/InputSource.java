package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.bindgen.runtime.Result;
import dev.wasmhost.wit.wasi.io.poll.Pollable;
import dev.wasmhost.wit.wasi.io.streams.InputStream;
import dev.wasmhost.wit.wasi.io.streams.StreamError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * The host object behind an {@code input-stream}: stdin or a file read from an offset. Reads block
 * until at least one byte is there (the spec allows a non-blocking read to wait for data), so the
 * blocking and non-blocking methods are the same.
 */
abstract class InputSource implements InputStream, AutoCloseable {
    /** Set after end of stream or a failure: every later operation reports {@code closed}. */
    private boolean closed;
    /** The rep of a handle the guest no longer holds, or 0 for a live stream. */
    private final int unknownRep;

    InputSource() {
        this(0);
    }

    private InputSource(int unknownRep) {
        this.unknownRep = unknownRep;
    }

    /** What a rep the host holds no stream for lifts as: every read fails. */
    static InputSource unknown(int rep) {
        return new InputSource(rep) {
            @Override
            byte[] next(int len) {
                throw new IllegalStateException("a stale input-stream is never read");
            }
        };
    }

    /** Up to {@code len} bytes, blocking until at least one is there; null at end of stream. */
    abstract byte[] next(int len) throws IOException;

    @Override
    public void close() {}

    /** Whether failures are filesystem errors (reported by filesystem-error-code). */
    boolean isFile() {
        return false;
    }

    @Override
    public Result<byte[], StreamError> read(long len) {
        return take(Lengths.clamped(len), "read");
    }

    @Override
    public Result<byte[], StreamError> blockingRead(long len) {
        return read(len);
    }

    @Override
    public Result<Long, StreamError> skip(long len) {
        return switch (read(len)) {
            case Result.Ok<byte[], StreamError> ok -> Result.ok((long) ok.value().length);
            case Result.Err<byte[], StreamError> err -> Result.err(err.error());
        };
    }

    @Override
    public Result<Long, StreamError> blockingSkip(long len) {
        return skip(len);
    }

    @Override
    public Pollable subscribe() {
        if (unknownRep != 0) {
            throw new AbiTrap("unknown input-stream handle (rep " + unknownRep + "): it was dropped or never created");
        }
        return Deadline.READY;
    }

    /** Up to {@code len} bytes; {@code what} names the operation in a failure. */
    Result<byte[], StreamError> take(int len, String what) {
        if (unknownRep != 0) {
            return StreamErrors.unknown("input-stream", unknownRep);
        }
        if (closed) {
            return StreamErrors.closed();
        }
        byte[] bytes;
        try {
            bytes = next(len);
        } catch (IOException e) {
            closed = true;
            return StreamErrors.failed(what + " failed: " + StreamErrors.message(e), isFile() ? ErrorCodes.of(e) : null);
        }
        if (bytes == null) {
            closed = true;
            return StreamErrors.closed();
        }
        return Result.ok(bytes);
    }

    /** The rep of a stale handle, or 0. */
    int unknownRep() {
        return unknownRep;
    }

    boolean closed() {
        return closed;
    }

    /** The configured stdin. */
    static InputSource of(java.io.InputStream in) {
        return new InputSource() {
            @Override
            byte[] next(int len) throws IOException {
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
            byte[] next(int len) throws IOException {
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
