package dev.wasmhost.guest;

/** What the WebAssembly backend produces. */
public enum Target {
    /**
     * A WASI preview 1 core module: imports {@code wasi_snapshot_preview1.fd_write} and {@code proc_exit},
     * exports {@code _start} and {@code memory}.
     */
    WASI_P1,
    /**
     * A {@code wasi:cli/command} component: the core module imports {@code wasi:cli/stdout}, {@code stderr},
     * {@code exit} and {@code wasi:io/streams} (WASI 0.2) and exports {@code wasi:cli/run@0.2.0#run}; it is wrapped
     * by the project's component builder for the world {@code wasmhost:host/command}.
     */
    COMPONENT
}
