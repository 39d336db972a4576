package dev.wasmhost.runtime;

/**
 * A failure a user can cause or act on: it carries a one-line message that says what happened
 * and what to do, and the process exit status it maps to ({@link ExitCode}).
 */
public class WasmhostException extends RuntimeException {
    private final int exitCode;

    public WasmhostException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public WasmhostException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
