/**
 * The WASI 0.2.0 host: {@code wasi:cli} (environment, exit, stdio, terminals), {@code wasi:io}
 * (error, poll, streams), {@code wasi:clocks}, {@code wasi:random} and {@code wasi:filesystem}.
 *
 * <p>Public: {@link dev.wasmhost.capability.wasi.WasiConfig} (what the guest may see),
 * {@link dev.wasmhost.capability.wasi.p2.WasiP2} (the functions, types and resources the linker
 * binds) and {@link dev.wasmhost.capability.wasi.p2.WasiExit}. Each WIT interface is implemented
 * by a class of this package against the Java interfaces host/bindgen generates from wit/ at build
 * time ({@code dev.wasmhost.wit.wasi.*}: typed records, enums, flags, variants and resources);
 * the generated adapters turn them into the canonical-ABI functions the linker calls. Host objects
 * live in one {@code Resources} table; filesystem paths go through the same sandbox rules as
 * preview 1.
 */
package dev.wasmhost.capability.wasi.p2;
