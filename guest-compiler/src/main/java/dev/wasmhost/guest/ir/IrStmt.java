package dev.wasmhost.guest.ir;

import java.util.List;

/** Statements of the typed IR: structured control flow only, no gotos. */
public sealed interface IrStmt {
    record SetLocal(IrLocal local, IrExpr value) implements IrStmt {}

    record SetGlobal(IrGlobal global, IrExpr value) implements IrStmt {}

    /** Evaluates an expression for its effect and drops any result. */
    record Eval(IrExpr expr) implements IrStmt {}

    record If(IrExpr cond, List<IrStmt> then, List<IrStmt> otherwise) implements IrStmt {}

    /**
     * {@code while cond: body}, with {@code update} run after the body and on {@code continue}
     * (how for-loops advance their counter).
     */
    record Loop(IrExpr cond, List<IrStmt> body, List<IrStmt> update) implements IrStmt {}

    record Break() implements IrStmt {}

    record Continue() implements IrStmt {}

    /** Raises an exception object (a class instance deriving from BaseException). */
    record Raise(IrExpr exception) implements IrStmt {}

    /**
     * Runs {@code body}; if an exception escapes it, stores the exception object in {@code caught}
     * and runs {@code handler} (which decides whether to re-raise). The checker lowers
     * try/except/else/finally and with to this one form.
     */
    record Try(List<IrStmt> body, IrLocal caught, List<IrStmt> handler) implements IrStmt {}

    /** value is null in a function returning None. */
    record Return(IrExpr value) implements IrStmt {}
}
