package dev.wasmhost.guest.ir;

import dev.wasmhost.guest.types.Type;

/** A typed module-level variable. */
public record IrGlobal(int index, String name, Type type) {}
