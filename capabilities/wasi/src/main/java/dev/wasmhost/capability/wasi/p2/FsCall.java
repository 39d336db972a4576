package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/** A filesystem function body whose Java I/O failures become {@code error-code} values. */
@FunctionalInterface
interface FsCall {
    Value apply(List<Value> args) throws IOException;

    static Function<List<Value>, Value> guarded(FsCall body) {
        return args -> {
            try {
                return body.apply(args);
            } catch (IOException e) {
                return ErrorCode.err(ErrorCode.of(e));
            } catch (UncheckedIOException e) {
                return ErrorCode.err(ErrorCode.of(e.getCause()));
            } catch (SecurityException e) {
                return ErrorCode.err(ErrorCode.ACCESS);
            }
        };
    }
}
