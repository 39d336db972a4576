package dev.wasmhost.guest;

/** What the WebAssembly backend produces. */
public enum Target {
    /**
     * A WASI preview 1 core module: imports {@code wasi_snapshot_preview1.fd_write} and {@code proc_exit}
     * (and the standard library's host functions, {@link dev.wasmhost.guest.ir.HostCall}, that the program's
     * imported modules use), exports {@code _start} and {@code memory}.
     */
    WASI_P1,
    /**
     * A {@code wasi:cli/command} component: the core module imports {@code wasi:cli/stdout}, {@code stderr},
     * {@code exit} and {@code wasi:io/streams} (WASI 0.2; and the standard library's, {@link dev.wasmhost.guest.ir.HostCall})
     * and exports {@code wasi:cli/run@0.2.0#run} (or the program's {@code @export} functions; and one {@code cabi_realloc}
     * when an import returns a list or there are exports); it is wrapped by the project's component builder.
     */
    COMPONENT
}
