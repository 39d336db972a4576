package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.wit.wasi.filesystem.types.ErrorCode;

/**
 * The host object of a {@code wasi:io/error}: a message for {@code to-debug-string} and, when the
 * failure came from the filesystem, the {@code error-code} {@code filesystem-error-code} reports (else null).
 */
record IoError(String message, ErrorCode errorCode) implements dev.wasmhost.wit.wasi.io.error.Error {
    @Override
    public String toDebugString() {
        return message;
    }
}
