/**
 * Instantiating WebAssembly components on Endive and calling them from Java.
 *
 * <p>The public nouns are few: {@link dev.wasmhost.component.link.ComponentEngine} (core modules prepared once,
 * compiled code cached), {@link dev.wasmhost.component.link.Linker} (host functions per WIT interface and
 * function, matched by semver-compatible version), {@link dev.wasmhost.component.link.ComponentInstance} (call
 * exports with {@code dev.wasmhost.component.abi.Value}s) and {@link dev.wasmhost.component.link.ComponentRunner}
 * (run a {@code wasi:cli/command}).
 *
 * <pre>{@code
 * var engine = new ComponentEngine(new EndiveEngine(EngineKind.COMPILER, new CodeCache(CodeCache.defaultRoot())));
 * Linker linker = new Linker().define("wasi:cli/environment@0.2.0", "get-arguments", (cx, args) -> ...);
 * int status = ComponentRunner.runCommand(engine, bytes, linker, t -> OptionalInt.empty(), null);
 * }</pre>
 *
 * <p>Inside: {@code Instantiator} walks a decoded component's sections in order, keeping the run-time index
 * spaces in a {@code Frame} (one per component instance, with its handle table); {@code CoreWiring} links core
 * instances to each other; {@code TypeScope} turns the decoder's index-based types into resolved ABI types;
 * {@code Canons} builds lift/lower trampolines over {@code CanonicalAbi} and the resource built-ins;
 * {@code HostImports} binds the outermost component's imports to the linker's host functions.
 */
package dev.wasmhost.component.link;
