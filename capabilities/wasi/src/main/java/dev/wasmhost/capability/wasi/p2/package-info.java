/**
 * The WASI 0.2.0 host: {@code wasi:cli} (environment, exit, stdio, terminals), {@code wasi:io}
 * (error, poll, streams), {@code wasi:clocks}, {@code wasi:random} and {@code wasi:filesystem}
 * over component-model values ({@code dev.wasmhost.component.abi.Value}).
 *
 * <p>Public: {@link dev.wasmhost.capability.wasi.p2.WasiP2Config} (what the guest may see),
 * {@link dev.wasmhost.capability.wasi.p2.WasiP2} (the functions, types and resources the linker
 * binds) and {@link dev.wasmhost.capability.wasi.p2.WasiExit}. One class per interface group
 * registers its functions; host objects live in one table keyed by rep and resource type;
 * filesystem paths go through the same sandbox rules as preview 1.
 */
package dev.wasmhost.capability.wasi.p2;
