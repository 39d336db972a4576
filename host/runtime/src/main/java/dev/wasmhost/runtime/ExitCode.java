package dev.wasmhost.runtime;

/**
 * Process exit statuses of wasmhost. A guest's own exit code (WASI {@code proc_exit}) passes
 * through unchanged; these are the statuses of host-side failures. They are documented in
 * docs/cli.md; keep the two in step.
 */
public final class ExitCode {
    /** Something went wrong inside wasmhost itself. */
    public static final int INTERNAL = 1;
    /** Bad command-line flags or arguments. */
    public static final int USAGE = 2;
    /** The file is not a valid WebAssembly module of a kind this command can run (or, for compile, a program with errors). */
    public static final int INVALID_MODULE = 65;
    /** An input named on the command line (the .wasm file, a preopened directory) is missing. */
    public static final int NOT_FOUND = 66;
    /** An output file (e.g. {@code wasmhost compile -o}) cannot be written. */
    public static final int CANNOT_CREATE = 73;
    /** The module imports something the host does not provide. */
    public static final int UNRESOLVED_IMPORT = 67;
    /** The guest ran past its {@code --timeout}. */
    public static final int TIMEOUT = 124;
    /** The guest needs more memory than {@code --max-memory} allows. */
    public static final int MEMORY_LIMIT = 125;
    /** The guest trapped (unreachable, out-of-bounds access, stack overflow...), as wasmtime. */
    public static final int TRAP = 134;

    private ExitCode() {}
}
