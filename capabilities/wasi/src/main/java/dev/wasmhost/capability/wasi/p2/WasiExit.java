package dev.wasmhost.capability.wasi.p2;

/**
 * Thrown by {@code wasi:cli/exit#exit}: the guest asked to end with {@link #status()} (0 for
 * {@code ok}, 1 for {@code err}). The runner catches it and returns the status.
 */
public final class WasiExit extends RuntimeException {
    private final int status;

    public WasiExit(int status) {
        super("guest exited with status " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
