package dev.wasmhost.guest.ir;

import dev.wasmhost.guest.types.Type;
import java.util.List;

/** Expressions of the typed IR; every node knows its static type. */
public sealed interface IrExpr {
    Type type();

    /** A literal: Long for int, Double for float, Boolean, String, or null for None. */
    record Const(Type type, Object value) implements IrExpr {}

    record Local(IrLocal local) implements IrExpr {
        @Override
        public Type type() {
            return local.type();
        }
    }

    /** Reads a module variable; {@code checked} makes reading it before assignment a NameError. */
    record Global(IrGlobal global, boolean checked) implements IrExpr {
        @Override
        public Type type() {
            return global.type();
        }
    }

    /** A direct call of a user or runtime-library function. */
    record Call(Type type, String function, List<IrExpr> args) implements IrExpr {}

    /** A primitive operation whose meaning is fixed by {@code op} and the argument types. */
    record Op(Type type, IrOp op, List<IrExpr> args) implements IrExpr {}

    /** Short-circuit {@code and}/{@code or} on bools. */
    record Logic(boolean isAnd, IrExpr left, IrExpr right) implements IrExpr {
        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    /** Stores a value into a local and yields it (evaluate once, use twice). */
    record Tee(IrLocal local, IrExpr value) implements IrExpr {
        @Override
        public Type type() {
            return local.type();
        }
    }

    record Cond(Type type, IrExpr cond, IrExpr then, IrExpr otherwise) implements IrExpr {}

    /** Runs statements, then yields {@code result} (how comprehensions and slices become expressions). */
    record Block(List<IrStmt> stmts, IrExpr result) implements IrExpr {
        @Override
        public Type type() {
            return result.type();
        }
    }
}
