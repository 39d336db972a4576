package dev.wasmhost.runtime;

import java.util.List;

/** The guest trapped: the message names the trap and {@link #backtrace()} the wasm frames. */
public final class GuestTrap extends WasmhostException {
    private final List<String> backtrace;

    public GuestTrap(String message, List<String> backtrace, Throwable cause) {
        super(ExitCode.TRAP, message, cause);
        this.backtrace = List.copyOf(backtrace);
    }

    /** Wasm frames, innermost first, e.g. {@code "#0 divide (func 3)"}. */
    public List<String> backtrace() {
        return backtrace;
    }
}
