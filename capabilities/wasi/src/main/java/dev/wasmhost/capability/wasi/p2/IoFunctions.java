package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.abi.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** wasi:io/error, wasi:io/poll and wasi:io/streams. */
final class IoFunctions {
    /** What {@code check-write} grants per call. */
    static final long WRITE_BUDGET = 64 * 1024;
    /** More zeroes than this in one call is a guest bug (far past any check-write budget): it traps. */
    static final int MAX_ZEROES = 16 << 20;

    private static final String ERROR = "wasi:io/error";
    private static final String POLL = "wasi:io/poll";
    private static final String STREAMS = "wasi:io/streams";

    private final Host host;

    private IoFunctions(Host host) {
        this.host = host;
    }

    static void register(Host host, Registry r) {
        IoFunctions io = new IoFunctions(host);
        r.add(ERROR, "[method]error.to-debug-string",
                a -> Values.string(host.require(host.error, Values.repArg(a, 0), IoError.class).message()));

        r.add(POLL, "[method]pollable.ready", a -> Values.bool(io.pollable(a, 0).ready(host)));
        r.addVoid(POLL, "[method]pollable.block", a -> Pollable.awaitAny(host, List.of(io.pollable(a, 0))));
        r.add(POLL, "poll", io::poll);

        for (String read : List.of("read", "blocking-read")) {
            r.add(STREAMS, "[method]input-stream." + read, a -> io.read(a, false));
        }
        for (String skip : List.of("skip", "blocking-skip")) {
            r.add(STREAMS, "[method]input-stream." + skip, a -> io.read(a, true));
        }
        r.add(STREAMS, "[method]input-stream.subscribe", a -> io.subscribe(a, true));

        r.add(STREAMS, "[method]output-stream.check-write", io::checkWrite);
        for (String write : List.of("write", "blocking-write-and-flush")) {
            r.add(STREAMS, "[method]output-stream." + write, a -> io.write(a, Values.bytesArg(a, 1)));
        }
        for (String zeroes : List.of("write-zeroes", "blocking-write-zeroes-and-flush")) {
            r.add(STREAMS, "[method]output-stream." + zeroes, a -> io.write(a, new byte[Values.exactLengthArg(a, 1, MAX_ZEROES)]));
        }
        for (String flush : List.of("flush", "blocking-flush")) {
            r.add(STREAMS, "[method]output-stream." + flush, io::flush);
        }
        r.add(STREAMS, "[method]output-stream.subscribe", a -> io.subscribe(a, false));
        for (String splice : List.of("splice", "blocking-splice")) {
            r.add(STREAMS, "[method]output-stream." + splice, io::splice);
        }
    }

    private Pollable pollable(List<Value> args, int i) {
        return host.require(host.pollable, Values.repArg(args, i), Pollable.class);
    }

    private Value poll(List<Value> args) {
        List<Value> handles = Values.listArg(args, 0);
        if (handles.isEmpty()) {
            throw new AbiTrap("wasi:io/poll#poll called with an empty list: pass at least one pollable");
        }
        List<Pollable> pollables = new ArrayList<>();
        for (int i = 0; i < handles.size(); i++) {
            pollables.add(pollable(handles, i));
        }
        while (true) {
            List<Value> ready = new ArrayList<>();
            for (int i = 0; i < pollables.size(); i++) {
                if (pollables.get(i).ready(host)) {
                    ready.add(Values.u32(i));
                }
            }
            if (!ready.isEmpty()) {
                return new Value.ListValue(ready);
            }
            Pollable.awaitAny(host, pollables);
        }
    }

    private Value subscribe(List<Value> args, boolean input) {
        int rep = Values.repArg(args, 0);
        if (input) {
            host.require(host.inputStream, rep, InputSource.class);
        } else {
            host.require(host.outputStream, rep, OutputSink.class);
        }
        return host.own(host.pollable, Pollable.READY);
    }

    /** read / skip: the bytes (or their count) on success. */
    private Value read(List<Value> args, boolean skip) {
        InputSource in = host.table.get(host.inputStream, Values.repArg(args, 0), InputSource.class);
        if (in == null) {
            return unknownHandle("input-stream", Values.repArg(args, 0));
        }
        if (in.closed) {
            return closed();
        }
        int len = Values.lengthArg(args, 1);
        byte[] bytes;
        try {
            bytes = in.read(len);
        } catch (IOException e) {
            in.closed = true;
            return failed("read failed: " + message(e), in.isFile() ? ErrorCode.of(e) : -1);
        }
        if (bytes == null) {
            in.closed = true;
            return closed();
        }
        return Values.ok(skip ? Values.u64(bytes.length) : Values.bytes(bytes));
    }

    private Value checkWrite(List<Value> args) {
        OutputSink out = host.table.get(host.outputStream, Values.repArg(args, 0), OutputSink.class);
        if (out == null) {
            return unknownHandle("output-stream", Values.repArg(args, 0));
        }
        return out.closed ? closed() : Values.ok(Values.u64(WRITE_BUDGET));
    }

    private Value write(List<Value> args, byte[] bytes) {
        OutputSink out = host.table.get(host.outputStream, Values.repArg(args, 0), OutputSink.class);
        if (out == null) {
            return unknownHandle("output-stream", Values.repArg(args, 0));
        }
        if (out.closed) {
            return closed();
        }
        try {
            out.write(bytes);
            return Values.ok();
        } catch (IOException e) {
            out.closed = true;
            return failed("write failed: " + message(e), out.isFile() ? ErrorCode.of(e) : -1);
        }
    }

    private Value flush(List<Value> args) {
        OutputSink out = host.table.get(host.outputStream, Values.repArg(args, 0), OutputSink.class);
        if (out == null) {
            return unknownHandle("output-stream", Values.repArg(args, 0));
        }
        if (out.closed) {
            return closed();
        }
        try {
            out.flush();
            return Values.ok();
        } catch (IOException e) {
            out.closed = true;
            return failed("flush failed: " + message(e), out.isFile() ? ErrorCode.of(e) : -1);
        }
    }

    /** Moves up to {@code len} bytes from {@code src} to this stream; closed when {@code src} is at its end. */
    private Value splice(List<Value> args) {
        OutputSink out = host.table.get(host.outputStream, Values.repArg(args, 0), OutputSink.class);
        InputSource in = host.table.get(host.inputStream, Values.repArg(args, 1), InputSource.class);
        if (out == null || in == null) {
            return out == null ? unknownHandle("output-stream", Values.repArg(args, 0))
                    : unknownHandle("input-stream", Values.repArg(args, 1));
        }
        if (out.closed || in.closed) {
            return closed();
        }
        int len = (int) Math.min(Values.lengthArg(args, 2), WRITE_BUDGET);
        byte[] bytes;
        try {
            bytes = in.read(len);
        } catch (IOException e) {
            in.closed = true;
            return failed("splice read failed: " + message(e), in.isFile() ? ErrorCode.of(e) : -1);
        }
        if (bytes == null) {
            in.closed = true;
            return closed();
        }
        try {
            out.write(bytes);
        } catch (IOException e) {
            out.closed = true;
            return failed("splice write failed: " + message(e), out.isFile() ? ErrorCode.of(e) : -1);
        }
        return Values.ok(Values.u64(bytes.length));
    }

    private Value closed() {
        return Values.err(new Value.VariantValue(1, Optional.empty()));
    }

    /** {@code err(last-operation-failed(error))}; {@code errorCode} is the filesystem code, or -1. */
    private Value failed(String message, int errorCode) {
        return Values.err(new Value.VariantValue(0, Optional.of(host.newError(message, errorCode))));
    }

    private Value unknownHandle(String resource, int rep) {
        return failed("unknown " + resource + " handle (rep " + rep + "): it was dropped or never created", -1);
    }

    static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
