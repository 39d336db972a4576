package dev.wasmhost.guest.ir;

import java.util.List;

/**
 * A whole program in typed IR: user functions, the runtime library functions (compiled from the
 * prelude), module-level variables, class layouts, and {@code main}, the module's top-level statements.
 */
public record IrModule(List<IrFunction> functions, List<IrGlobal> globals, List<IrClass> classes, IrFunction main) {}
