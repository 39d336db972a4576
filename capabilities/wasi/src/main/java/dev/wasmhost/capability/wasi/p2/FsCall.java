package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.bindgen.runtime.Result;
import dev.wasmhost.wit.wasi.filesystem.types.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A filesystem method body whose Java I/O failures become {@code error-code} results. */
@FunctionalInterface
interface FsCall<T> {
    Result<T, ErrorCode> run() throws IOException;

    static <T> Result<T, ErrorCode> guarded(FsCall<T> body) {
        try {
            return body.run();
        } catch (IOException e) {
            return Result.err(ErrorCodes.of(e));
        } catch (UncheckedIOException e) {
            return Result.err(ErrorCodes.of(e.getCause()));
        } catch (SecurityException e) {
            return Result.err(ErrorCode.ACCESS);
        }
    }
}
