package dev.wasmhost.component.abi;

/** A core WebAssembly value type used by flattened signatures. */
public enum CoreType {
    I32, I64, F32, F64
}
