package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.Value;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/** Case indices of {@code wasi:filesystem/types.error-code}, and the mapping from Java I/O failures. */
final class ErrorCode {
    static final int ACCESS = 0;
    static final int BAD_DESCRIPTOR = 3;
    static final int BUSY = 4;
    static final int EXIST = 7;
    static final int INVALID = 12;
    static final int IO = 13;
    static final int IS_DIRECTORY = 14;
    static final int LOOP = 15;
    static final int NAME_TOO_LONG = 18;
    static final int NO_ENTRY = 20;
    static final int INSUFFICIENT_SPACE = 23;
    static final int NOT_DIRECTORY = 24;
    static final int NOT_EMPTY = 25;
    static final int UNSUPPORTED = 27;
    static final int NOT_PERMITTED = 31;
    static final int READ_ONLY = 33;
    static final int CROSS_DEVICE = 36;

    /** Names of the cases above, checked against the WIT by the tests. */
    static final java.util.Map<Integer, String> NAMES = java.util.Map.ofEntries(
            java.util.Map.entry(ACCESS, "access"), java.util.Map.entry(BAD_DESCRIPTOR, "bad-descriptor"),
            java.util.Map.entry(BUSY, "busy"),
            java.util.Map.entry(EXIST, "exist"), java.util.Map.entry(INVALID, "invalid"), java.util.Map.entry(IO, "io"),
            java.util.Map.entry(IS_DIRECTORY, "is-directory"), java.util.Map.entry(LOOP, "loop"),
            java.util.Map.entry(NAME_TOO_LONG, "name-too-long"), java.util.Map.entry(NO_ENTRY, "no-entry"),
            java.util.Map.entry(INSUFFICIENT_SPACE, "insufficient-space"),
            java.util.Map.entry(NOT_DIRECTORY, "not-directory"), java.util.Map.entry(NOT_EMPTY, "not-empty"),
            java.util.Map.entry(UNSUPPORTED, "unsupported"), java.util.Map.entry(NOT_PERMITTED, "not-permitted"),
            java.util.Map.entry(READ_ONLY, "read-only"), java.util.Map.entry(CROSS_DEVICE, "cross-device"));

    private ErrorCode() {}

    /** {@code err(code)} of a {@code result<_, error-code>} or {@code result<T, error-code>}. */
    static Value err(int code) {
        return Values.err(Values.enumCase(code));
    }

    static int of(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> NO_ENTRY;
            case FileAlreadyExistsException x -> EXIST;
            case DirectoryNotEmptyException x -> NOT_EMPTY;
            case NotDirectoryException x -> NOT_DIRECTORY;
            case AccessDeniedException x -> ACCESS;
            case NotLinkException x -> INVALID;
            case FileSystemLoopException x -> LOOP;
            case ClosedChannelException x -> BAD_DESCRIPTOR;
            case FileSystemException x -> ofReason(x.getReason());
            default -> IO;
        };
    }

    /** The OS reason text is all Java keeps of errno for a generic FileSystemException. */
    private static int ofReason(String reason) {
        if (reason == null) {
            return IO;
        }
        if (reason.contains("Is a directory")) {
            return IS_DIRECTORY;
        }
        if (reason.contains("Not a directory")) {
            return NOT_DIRECTORY;
        }
        if (reason.contains("symbolic links")) {
            return LOOP;
        }
        if (reason.contains("Operation not permitted")) {
            return NOT_PERMITTED;
        }
        if (reason.contains("No space left")) {
            return INSUFFICIENT_SPACE;
        }
        if (reason.contains("Read-only file system")) {
            return READ_ONLY;
        }
        if (reason.contains("cross-device")) {
            return CROSS_DEVICE;
        }
        if (reason.contains("File name too long")) {
            return NAME_TOO_LONG;
        }
        if (reason.contains("Directory not empty")) {
            return NOT_EMPTY;
        }
        return IO;
    }
}
