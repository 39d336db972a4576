package dev.wasmhost.guest.types;

import static dev.wasmhost.guest.types.ExprChecker.intConst;
import static dev.wasmhost.guest.types.ExprChecker.op;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.ir.IrStmt;
import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers {@code for} loops to counted IR loops: over range() with a hidden counter, over a list or
 * str by index (re-reading the length each time, as CPython's iterators do), and over a dict's
 * keys in insertion order, raising RuntimeError if the dict changes size meanwhile.
 */
final class ForLowering {
    private final FunctionChecker fc;
    private final ExprChecker exprs;

    ForLowering(FunctionChecker fc, ExprChecker exprs) {
        this.fc = fc;
        this.exprs = exprs;
    }

    void lower(Stmt.For f, List<IrStmt> out) {
        Expr.Name target = (Expr.Name) f.target();
        if (f.iter() instanceof Expr.Call call && call.func() instanceof Expr.Name n && n.id().equals("range")
                && fc.function("range", n.pos()) == null) {
            range(f, target, call, out);
            return;
        }
        IrExpr seq = exprs.check(f.iter());
        IrLocal s = fc.temp(seq.type());
        out.add(new IrStmt.SetLocal(s, seq));
        IrLocal i = fc.temp(Type.INT);
        out.add(new IrStmt.SetLocal(i, intConst(0)));
        IrExpr idx = new IrExpr.Local(i);
        IrExpr sv = new IrExpr.Local(s);
        List<IrStmt> update = new ArrayList<>();
        IrExpr cond;
        IrExpr element;
        switch (seq.type().kind()) {
            case LIST -> {
                cond = op(Type.BOOL, IrOp.INT_LT, idx, op(Type.INT, IrOp.LIST_LEN, sv));
                element = op(seq.type().a(), IrOp.LIST_GET, sv, idx);
            }
            case STR -> {
                cond = op(Type.BOOL, IrOp.INT_LT, idx, op(Type.INT, IrOp.STR_LEN, sv));
                element = op(Type.STR, IrOp.STR_GET, sv, idx);
            }
            case DICT -> {
                IrLocal n = fc.temp(Type.INT);
                out.add(new IrStmt.SetLocal(n, op(Type.INT, IrOp.DICT_LEN, sv)));
                cond = op(Type.BOOL, IrOp.INT_LT, idx, new IrExpr.Local(n));
                element = op(seq.type().a(), IrOp.DICT_KEY_AT, sv, idx);
                update.add(new IrStmt.If(op(Type.BOOL, IrOp.INT_NE, op(Type.INT, IrOp.DICT_LEN, sv), new IrExpr.Local(n)),
                        List.of(FunctionChecker.raise("RuntimeError",
                                new IrExpr.Const(Type.STR, "dictionary changed size during iteration"))), List.of()));
            }
            default -> throw exprs.error(f.iter().pos(), "\"" + seq.type() + "\" object is not iterable");
        }
        update.add(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, idx, intConst(1))));
        List<IrStmt> body = new ArrayList<>();
        fc.loopBody(target, element, f.body(), body);
        out.add(new IrStmt.Loop(cond, body, update));
    }

    private void range(Stmt.For f, Expr.Name target, Expr.Call call, List<IrStmt> out) {
        if (!call.keywords().isEmpty()) {
            throw exprs.unsupported(call.pos(), "keyword arguments to range()");
        }
        int n = call.args().size();
        if (n < 1 || n > 3) {
            throw exprs.error(call.pos(), "range expected 1 to 3 arguments, got " + n);
        }
        List<IrExpr> args = new ArrayList<>();
        for (Expr a : call.args()) {
            IrExpr v = exprs.check(a);
            args.add(exprs.coerceOrFail(v, Type.INT, a.pos(), "Argument to \"range\" has incompatible type \""
                    + v.type() + "\"; expected \"int\""));
        }
        IrLocal i = fc.temp(Type.INT);
        IrLocal stop = fc.temp(Type.INT);
        if (n == 1) {
            out.add(new IrStmt.SetLocal(i, intConst(0)));
            out.add(new IrStmt.SetLocal(stop, args.get(0)));
        } else {
            out.add(new IrStmt.SetLocal(i, args.get(0)));
            out.add(new IrStmt.SetLocal(stop, args.get(1)));
        }
        IrExpr iv = new IrExpr.Local(i);
        IrExpr sv = new IrExpr.Local(stop);
        IrExpr cond;
        IrExpr step;
        if (n < 3 || args.get(2) instanceof IrExpr.Const c && (Long) c.value() != 0) {
            long k = n < 3 ? 1 : (Long) ((IrExpr.Const) args.get(2)).value();
            step = intConst(k);
            cond = op(Type.BOOL, k > 0 ? IrOp.INT_LT : IrOp.INT_GT, iv, sv);
        } else {
            IrLocal st = fc.temp(Type.INT);
            out.add(new IrStmt.SetLocal(st, args.get(2)));
            step = new IrExpr.Local(st);
            out.add(new IrStmt.If(op(Type.BOOL, IrOp.INT_EQ, step, intConst(0)),
                    List.of(FunctionChecker.raise("ValueError", new IrExpr.Const(Type.STR, "range() arg 3 must not be zero"))),
                    List.of()));
            cond = new IrExpr.Logic(false,
                    new IrExpr.Logic(true, op(Type.BOOL, IrOp.INT_GT, step, intConst(0)), op(Type.BOOL, IrOp.INT_LT, iv, sv)),
                    new IrExpr.Logic(true, op(Type.BOOL, IrOp.INT_LT, step, intConst(0)), op(Type.BOOL, IrOp.INT_GT, iv, sv)));
        }
        List<IrStmt> body = new ArrayList<>();
        fc.loopBody(target, iv, f.body(), body);
        List<IrStmt> update = List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, step)));
        out.add(new IrStmt.Loop(cond, body, update));
    }
}
