package dev.wasmhost.capability.wasi.p2;

/**
 * The host object of a {@code wasi:io/error}: a message for {@code to-debug-string} and, when the
 * failure came from the filesystem, the {@code error-code} case {@code filesystem-error-code} reports (else -1).
 */
record IoError(String message, int errorCode) {}
