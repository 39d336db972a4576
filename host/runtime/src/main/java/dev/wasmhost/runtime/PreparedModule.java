package dev.wasmhost.runtime;

import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.wasm.WasmModule;

/** A decoded, validated and (for the compiler) compiled module, ready to instantiate many times. */
public interface PreparedModule {

    WasmModule module();

    /**
     * Creates a new, isolated instance. Imports must cover every import of the module (see
     * {@link ImportCheck}); {@code limits} caps its linear memory.
     *
     * @param runStart whether to run the module's start function during instantiation
     */
    Instance instantiate(ImportValues imports, MemoryLimit limits, boolean runStart);
}
