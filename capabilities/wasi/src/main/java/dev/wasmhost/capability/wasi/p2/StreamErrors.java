package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.bindgen.runtime.Result;
import dev.wasmhost.wit.wasi.filesystem.types.ErrorCode;
import dev.wasmhost.wit.wasi.io.streams.StreamError;
import java.io.IOException;

/** The {@code stream-error} results streams answer with. */
final class StreamErrors {
    private StreamErrors() {}

    static <T> Result<T, StreamError> closed() {
        return Result.err(new StreamError.Closed());
    }

    /** {@code err(last-operation-failed(error))}; {@code errorCode} is the filesystem code, or null. */
    static <T> Result<T, StreamError> failed(String message, ErrorCode errorCode) {
        return Result.err(new StreamError.LastOperationFailed(new IoError(message, errorCode)));
    }

    /** What a stream answers through a handle the guest already dropped (or never had). */
    static <T> Result<T, StreamError> unknown(String resource, int rep) {
        return failed("unknown " + resource + " handle (rep " + rep + "): it was dropped or never created", null);
    }

    static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
