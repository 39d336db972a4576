package dev.wasmhost.guest.types;

import static dev.wasmhost.guest.types.ExprChecker.intConst;
import static dev.wasmhost.guest.types.ExprChecker.op;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.syntax.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * range() calls. A range is not a value of the language: it is iterated (ForLowering, also backwards
 * under reversed()), consumed whole where an iterable is (CallChecker.asGenerator), measured
 * ({@code len(range(...))}: runtime range_len) or searched ({@code x in range(...)}: runtime
 * range_contains), each computed from its start, stop and step without making the range.
 */
final class RangeLowering {
    private RangeLowering() {}

    /** Whether {@code e} is a call of the builtin range() (not of a function or variable named range). */
    static boolean isRange(Expr e, Scope scope) {
        return e instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("range")
                && !scope.isVariable(n.id()) && scope.function(n.id(), n.pos()) == null;
    }

    /** The call's start, stop and step as int expressions, in evaluation order (start 0 and step 1 when not given). */
    static List<IrExpr> bounds(ExprChecker x, Expr.Call call) {
        if (!call.keywords().isEmpty()) {
            throw x.unsupported(call.pos(), "keyword arguments to range()");
        }
        int n = call.args().size();
        if (n < 1 || n > 3) {
            throw x.error(call.pos(), "range expected 1 to 3 arguments, got " + n);
        }
        List<IrExpr> args = new ArrayList<>();
        for (Expr a : call.args()) {
            IrExpr v = x.check(a);
            args.add(x.coerceOrFail(v, Type.INT, a.pos(), "Argument to \"range\" has incompatible type \""
                    + v.type() + "\"; expected \"int\""));
        }
        if (n == 1) {
            args.add(0, intConst(0));
        }
        if (args.size() == 2) {
            args.add(intConst(1));
        }
        return args;
    }

    /** {@code len(range(...))}. */
    static IrExpr len(ExprChecker x, Expr.Call call) {
        return new IrExpr.Op(Type.INT, IrOp.RANGE_LEN, bounds(x, call));
    }

    /** {@code v in range(...)} for an int (or bool) v, evaluated before the range's arguments. */
    static IrExpr contains(ExprChecker x, IrExpr v, Expr.Call call) {
        if (v.type() != Type.INT && v.type() != Type.BOOL) {
            throw x.unsupported(call.pos(), "'in' range() with a value of type \"" + v.type() + "\" (int only)");
        }
        List<IrExpr> args = new ArrayList<>();
        args.add(ExprChecker.coerce(v, Type.INT));
        args.addAll(bounds(x, call));
        return op(Type.BOOL, IrOp.RANGE_CONTAINS, args.toArray(IrExpr[]::new));
    }
}
