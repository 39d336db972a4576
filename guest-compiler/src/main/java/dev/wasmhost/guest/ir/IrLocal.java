package dev.wasmhost.guest.ir;

import dev.wasmhost.guest.types.Type;

/** A typed local variable (parameters first) of an {@link IrFunction}. */
public record IrLocal(int index, String name, Type type) {}
