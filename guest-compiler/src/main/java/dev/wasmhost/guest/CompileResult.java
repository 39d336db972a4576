package dev.wasmhost.guest;

import java.util.List;

/**
 * The outcome of {@link GuestCompiler#compile}: either the bytes of a WebAssembly module or the
 * diagnostics that prevented it.
 */
public sealed interface CompileResult {
    /** A compiled WASI preview 1 core module. */
    record Success(byte[] wasm) implements CompileResult {}

    /** The program was rejected; each diagnostic prints as {@code file:line:col: error: message}. */
    record Failure(List<Diagnostic> diagnostics) implements CompileResult {}
}
