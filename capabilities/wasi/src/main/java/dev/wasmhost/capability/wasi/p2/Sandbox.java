package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.wit.wasi.filesystem.types.ErrorCode;
import dev.wasmhost.capability.wasi.Location;
import dev.wasmhost.capability.wasi.SandboxPath;
import java.nio.file.Path;

/**
 * The sandboxed path walk ({@link SandboxPath#walk}, shared with preview 1) answered in
 * wasi:filesystem's error codes: a way out of a preopen is {@code not-permitted}.
 */
final class Sandbox {
    /** Where a path landed ({@code errorCode} null), or the error code that stopped the walk. */
    record Resolved(ErrorCode errorCode, Location location, boolean trailingSlash, boolean isBase) {
        boolean ok() {
            return errorCode == null;
        }

        Path host() {
            return location.host();
        }
    }

    private Sandbox() {}

    /** @param followFinal whether a symlink in the last component is expanded too */
    static Resolved resolve(Location dir, String guestPath, boolean followFinal) {
        SandboxPath.Walk w = SandboxPath.walk(dir, guestPath, followFinal);
        if (w.ok()) {
            return new Resolved(null, w.location(), w.trailingSlash(), w.isBase());
        }
        return fail(switch (w.problem()) {
            case NO_ENTRY -> ErrorCode.NO_ENTRY;
            case INVALID -> ErrorCode.INVALID;
            case NOT_PERMITTED -> ErrorCode.NOT_PERMITTED;
            case LOOP -> ErrorCode.LOOP;
            case NOT_DIRECTORY -> ErrorCode.NOT_DIRECTORY;
            case IO -> ErrorCodes.of(w.cause());
        });
    }

    static Resolved fail(ErrorCode errorCode) {
        return new Resolved(errorCode, null, false, false);
    }
}
