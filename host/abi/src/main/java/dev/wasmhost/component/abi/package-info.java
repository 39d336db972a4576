/**
 * The component model's canonical ABI in pure Java: resolved {@link dev.wasmhost.component.abi.Type}s and
 * {@link dev.wasmhost.component.abi.Value}s, lifting and lowering between values and core WebAssembly values
 * plus linear memory ({@link dev.wasmhost.component.abi.CanonicalAbi}), per-instance resource handle tables
 * ({@link dev.wasmhost.component.abi.HandleTable}), the WAVE text format ({@link dev.wasmhost.component.abi.Wave})
 * and the conversion from resolved WIT ({@link dev.wasmhost.component.abi.WitTypes}).
 *
 * <p>Follows the component model's CanonicalABI.md for synchronous calls with 32-bit memories. The engine is
 * reached only through {@link dev.wasmhost.component.abi.GuestMemory} and {@link dev.wasmhost.component.abi.Realloc},
 * so this package has no engine dependency. NaNs are canonicalised both ways (the deterministic profile).
 */
package dev.wasmhost.component.abi;
