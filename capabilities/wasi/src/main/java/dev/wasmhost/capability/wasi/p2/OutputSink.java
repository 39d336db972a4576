package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.bindgen.runtime.Result;
import dev.wasmhost.wit.wasi.io.poll.Pollable;
import dev.wasmhost.wit.wasi.io.streams.InputStream;
import dev.wasmhost.wit.wasi.io.streams.OutputStream;
import dev.wasmhost.wit.wasi.io.streams.StreamError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The host object behind an {@code output-stream}: stdout/stderr or a file written at an offset or
 * appended. Every write is done (and flushed) before the call returns, so the blocking and
 * non-blocking methods are the same.
 */
abstract class OutputSink implements OutputStream, AutoCloseable {
    /** What {@code check-write} grants per call. */
    static final long WRITE_BUDGET = 64 * 1024;
    /** More zeroes than this in one call is a guest bug (far past any check-write budget): it traps. */
    static final int MAX_ZEROES = 16 << 20;

    /** Set after a failure: every later operation reports {@code closed}. */
    private boolean closed;
    /** The rep of a handle the guest no longer holds, or 0 for a live stream. */
    private final int unknownRep;

    OutputSink() {
        this(0);
    }

    private OutputSink(int unknownRep) {
        this.unknownRep = unknownRep;
    }

    /** What a rep the host holds no stream for lifts as: every write fails. */
    static OutputSink unknown(int rep) {
        return new OutputSink(rep) {
            @Override
            void writeBytes(byte[] bytes) {
                throw new IllegalStateException("a stale output-stream is never written");
            }

            @Override
            void flushBytes() {
                throw new IllegalStateException("a stale output-stream is never flushed");
            }
        };
    }

    abstract void writeBytes(byte[] bytes) throws IOException;

    abstract void flushBytes() throws IOException;

    /** Drops only the stream: the configured stdout/stderr and the descriptor's file stay open. */
    @Override
    public void close() {}

    /** Whether failures are filesystem errors (reported by filesystem-error-code). */
    boolean isFile() {
        return false;
    }

    @Override
    public Result<Long, StreamError> checkWrite() {
        if (unknownRep != 0) {
            return StreamErrors.unknown("output-stream", unknownRep);
        }
        return closed ? StreamErrors.closed() : Result.ok(WRITE_BUDGET);
    }

    @Override
    public Result<Void, StreamError> write(byte[] contents) {
        if (unknownRep != 0) {
            return StreamErrors.unknown("output-stream", unknownRep);
        }
        if (closed) {
            return StreamErrors.closed();
        }
        try {
            writeBytes(contents);
            return Result.ok();
        } catch (IOException e) {
            return fail("write", e);
        }
    }

    @Override
    public Result<Void, StreamError> blockingWriteAndFlush(byte[] contents) {
        return write(contents);
    }

    @Override
    public Result<Void, StreamError> flush() {
        if (unknownRep != 0) {
            return StreamErrors.unknown("output-stream", unknownRep);
        }
        if (closed) {
            return StreamErrors.closed();
        }
        try {
            flushBytes();
            return Result.ok();
        } catch (IOException e) {
            return fail("flush", e);
        }
    }

    @Override
    public Result<Void, StreamError> blockingFlush() {
        return flush();
    }

    @Override
    public Pollable subscribe() {
        if (unknownRep != 0) {
            throw new AbiTrap("unknown output-stream handle (rep " + unknownRep + "): it was dropped or never created");
        }
        return Deadline.READY;
    }

    @Override
    public Result<Void, StreamError> writeZeroes(long len) {
        return write(new byte[Lengths.exact(len, MAX_ZEROES)]);
    }

    @Override
    public Result<Void, StreamError> blockingWriteZeroesAndFlush(long len) {
        return writeZeroes(len);
    }

    /** Moves up to {@code len} bytes from {@code src} to this stream; closed when {@code src} is at its end. */
    @Override
    public Result<Long, StreamError> splice(InputStream src, long len) {
        InputSource in = (InputSource) src;
        if (unknownRep != 0) {
            return StreamErrors.unknown("output-stream", unknownRep);
        }
        if (in.unknownRep() != 0) {
            return StreamErrors.unknown("input-stream", in.unknownRep());
        }
        if (closed || in.closed()) {
            return StreamErrors.closed();
        }
        Result<byte[], StreamError> read = in.take((int) Math.min(Lengths.clamped(len), WRITE_BUDGET), "splice read");
        if (!(read instanceof Result.Ok<byte[], StreamError> ok)) {
            return Result.err(read.unwrapErr());
        }
        try {
            writeBytes(ok.value());
        } catch (IOException e) {
            return fail("splice write", e);
        }
        return Result.ok((long) ok.value().length);
    }

    @Override
    public Result<Long, StreamError> blockingSplice(InputStream src, long len) {
        return splice(src, len);
    }

    private <T> Result<T, StreamError> fail(String what, IOException e) {
        closed = true;
        return StreamErrors.failed(what + " failed: " + StreamErrors.message(e), isFile() ? ErrorCodes.of(e) : null);
    }

    /** Writes reach {@code out} and are flushed at once, so output shows up while the guest runs. */
    static OutputSink of(java.io.OutputStream out) {
        return new OutputSink() {
            @Override
            void writeBytes(byte[] bytes) throws IOException {
                out.write(bytes);
                out.flush();
            }

            @Override
            void flushBytes() throws IOException {
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
            void writeBytes(byte[] bytes) throws IOException {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    long at = append ? channel.size() : pos;
                    pos = at + channel.write(buf, at);
                }
            }

            @Override
            void flushBytes() {
                // Writes go straight to the channel; durability is descriptor.sync's business.
            }
        };
    }
}
