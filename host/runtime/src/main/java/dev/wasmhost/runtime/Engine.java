package dev.wasmhost.runtime;

/**
 * The seam between wasmhost and the engine that executes core WebAssembly. Today there is one
 * implementation, {@link EndiveEngine} (Endive's compiler or interpreter); another engine for
 * long-running hosts can be added behind the same interface.
 */
public interface Engine {

    /** Which engine, for messages and benchmarks ("endive-compiler", "endive-interpreter"). */
    String name();

    /**
     * Decodes, validates and prepares a core module for instantiation. Preparation may compile
     * to JVM bytecode and may use a code cache keyed by the module's content hash.
     *
     * @throws WasmhostException with {@link ExitCode#INVALID_MODULE} if the bytes are not a valid
     *     core module
     */
    PreparedModule prepare(byte[] wasm);
}
