package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.wit.wasi.filesystem.types.ErrorCode;
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

/** The {@code wasi:filesystem/types.error-code} of a Java I/O failure. */
final class ErrorCodes {
    private ErrorCodes() {}

    static ErrorCode of(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> ErrorCode.NO_ENTRY;
            case FileAlreadyExistsException x -> ErrorCode.EXIST;
            case DirectoryNotEmptyException x -> ErrorCode.NOT_EMPTY;
            case NotDirectoryException x -> ErrorCode.NOT_DIRECTORY;
            case AccessDeniedException x -> ErrorCode.ACCESS;
            case NotLinkException x -> ErrorCode.INVALID;
            case FileSystemLoopException x -> ErrorCode.LOOP;
            case ClosedChannelException x -> ErrorCode.BAD_DESCRIPTOR;
            case FileSystemException x -> ofReason(x.getReason());
            default -> ErrorCode.IO;
        };
    }

    /** The OS reason text is all Java keeps of errno for a generic FileSystemException. */
    private static ErrorCode ofReason(String reason) {
        if (reason == null) {
            return ErrorCode.IO;
        }
        if (reason.contains("Is a directory")) {
            return ErrorCode.IS_DIRECTORY;
        }
        if (reason.contains("Not a directory")) {
            return ErrorCode.NOT_DIRECTORY;
        }
        if (reason.contains("symbolic links")) {
            return ErrorCode.LOOP;
        }
        if (reason.contains("Operation not permitted")) {
            return ErrorCode.NOT_PERMITTED;
        }
        if (reason.contains("No space left")) {
            return ErrorCode.INSUFFICIENT_SPACE;
        }
        if (reason.contains("Read-only file system")) {
            return ErrorCode.READ_ONLY;
        }
        if (reason.contains("cross-device")) {
            return ErrorCode.CROSS_DEVICE;
        }
        if (reason.contains("File name too long")) {
            return ErrorCode.NAME_TOO_LONG;
        }
        if (reason.contains("Directory not empty")) {
            return ErrorCode.NOT_EMPTY;
        }
        return ErrorCode.IO;
    }
}
