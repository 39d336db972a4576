package dev.wasmhost.guest.types;

import dev.wasmhost.guest.ir.IrExpr;
import java.util.List;

/**
 * What a call site needs to know about a function: parameter names and types, constant defaults
 * (null where a parameter has none), and the return type.
 */
record Signature(String name, String irName, List<String> paramNames, List<Type> paramTypes,
        List<IrExpr> defaults, Type returnType) {}
