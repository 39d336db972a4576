package dev.wasmhost.capability.wasi;

import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import run.endive.runtime.HostFunction;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.ValType;

/**
 * Builds the Endive {@link HostFunction}s of one family. Every function returns an errno; the
 * bad-pointer and bad-UTF-8 cases are answered here once for all of them.
 */
final class HostCall {
    /** The body of one WASI function: guest memory and raw arguments in, errno out. */
    @FunctionalInterface
    interface Body {
        int call(GuestMemory memory, long[] args);
    }

    private final List<HostFunction> functions = new ArrayList<>();

    /**
     * Adds a function; {@code signature} spells the parameters, one letter each: {@code i} for
     * i32, {@code I} for i64. The result is always one i32 errno.
     */
    HostCall add(String name, String signature, Body body) {
        List<ValType> params = new ArrayList<>();
        for (char c : signature.toCharArray()) {
            params.add(c == 'I' ? ValType.I64 : ValType.I32);
        }
        functions.add(new HostFunction(
                Abi.MODULE,
                name,
                FunctionType.of(params, List.of(ValType.I32)),
                (instance, args) -> {
                    int errno;
                    try {
                        errno = body.call(new GuestMemory(instance.memory()), args);
                    } catch (GuestMemory.Fault e) {
                        errno = Errno.FAULT;
                    } catch (GuestMemory.IllegalSequence e) {
                        errno = Errno.ILSEQ;
                    } catch (UncheckedIOException e) {
                        errno = HostFiles.errno(e.getCause()); // from a directory stream mid-walk
                    } catch (InvalidPathException e) {
                        errno = Errno.INVAL;
                    } catch (SecurityException e) {
                        errno = Errno.ACCES;
                    }
                    return new long[] {errno};
                }));
        return this;
    }

    /** Adds a function that returns nothing (only proc_exit). */
    HostCall addVoid(String name, String signature, Body body) {
        List<ValType> params = new ArrayList<>();
        for (char c : signature.toCharArray()) {
            params.add(c == 'I' ? ValType.I64 : ValType.I32);
        }
        functions.add(new HostFunction(
                Abi.MODULE,
                name,
                FunctionType.of(params, List.of()),
                (instance, args) -> {
                    body.call(new GuestMemory(instance.memory()), args);
                    return null;
                }));
        return this;
    }

    List<HostFunction> functions() {
        return functions;
    }
}
