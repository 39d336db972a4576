package dev.wasmhost.guest.types;

import static dev.wasmhost.guest.types.ExprChecker.intConst;
import static dev.wasmhost.guest.types.ExprChecker.op;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.ir.IrStmt;
import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Pos;
import dev.wasmhost.guest.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers {@code for} loops (and comprehension clauses) to counted IR loops: over range() with a
 * hidden counter, over a list or str by index (re-reading the length each time, as CPython's
 * iterators do), over a dict's keys, values or items in insertion order (RuntimeError if the dict
 * changes size meanwhile), and over enumerate(), zip() and reversed() without building tuples.
 */
final class ForLowering {
    private final FunctionChecker fc;
    private final ExprChecker exprs;

    ForLowering(FunctionChecker fc, ExprChecker exprs) {
        this.fc = fc;
        this.exprs = exprs;
    }

    /** Emits a loop body given the values of this iteration, one per target name. */
    interface Body {
        void emit(List<IrExpr> values, List<IrStmt> out);
    }

    void lower(Stmt.For f, List<IrStmt> out) {
        List<Expr> targets = f.target() instanceof Expr.TupleLit t ? t.items() : List.of(f.target());
        loop(f.iter(), targets.size(), f.target().pos(), (values, body) -> fc.loopBody(targets, values, f.body(), body), out);
    }

    /**
     * Lowers iteration over {@code iterExpr} for a target of {@code arity} names: range(), a list,
     * str or dict, and, for two or more names, enumerate(), zip() and dict.items().
     */
    void loop(Expr iterExpr, int arity, Pos targetPos, Body given, List<IrStmt> out) {
        // one name over enumerate()/zip()/items() receives the values as a tuple; several names over
        // another iterable receive one value to unpack (the body emitter does that)
        Body bodyEmitter = arity != 1 ? given : (values, body) -> given.emit(values.size() == 1 ? values
                : List.of(new IrExpr.Op(Type.tuple(values.stream().map(IrExpr::type).toList()), IrOp.TUPLE_NEW, values)), body);
        if (iterExpr instanceof Expr.Call call && call.func() instanceof Expr.Name n && fc.function(n.id(), n.pos()) == null) {
            switch (n.id()) {
                case "range" -> {
                    requireArity(arity, 1, targetPos, "range()");
                    range(call, bodyEmitter, out);
                    return;
                }
                case "enumerate" -> {
                    requireArity(arity, 2, targetPos, "enumerate()");
                    Expr start = call.args().size() == 2 ? call.args().get(1) : null;
                    for (Expr.Keyword k : call.keywords()) {
                        if (!k.name().equals("start") || start != null) {
                            throw exprs.error(k.pos(), "Unexpected keyword argument \"" + k.name() + "\" for \"enumerate\"");
                        }
                        start = k.value();
                    }
                    if (call.args().isEmpty() || call.args().size() > 2) {
                        throw exprs.error(call.pos(), "enumerate() takes an iterable and an optional start");
                    }
                    indexed(List.of(call.args().get(0)), true, start, call, bodyEmitter, out);
                    return;
                }
                case "zip" -> {
                    requireArity(arity, call.args().size(), targetPos, "zip()");
                    if (call.args().size() < 2 || !call.keywords().isEmpty()) {
                        throw exprs.unsupported(call.pos(), "zip() of fewer than two iterables or with keywords");
                    }
                    indexed(call.args(), false, null, call, bodyEmitter, out);
                    return;
                }
                case "map" -> {
                    // lazily, as CPython's iterator: each element is mapped just before the body sees it
                    if (call.args().size() < 2 || !call.keywords().isEmpty()) {
                        throw exprs.error(call.pos(), "map() must have at least two arguments");
                    }
                    Expr f = call.args().get(0);
                    List<Expr> sources = call.args().subList(1, call.args().size());
                    Expr source = sources.size() == 1 ? sources.get(0) : new Expr.Call(call.pos(), new Expr.Name(call.pos(), "zip"), sources, List.of());
                    loop(source, sources.size(), call.pos(), (values, body) -> {
                        List<IrLocal> args = new ArrayList<>();
                        for (IrExpr v : values) {
                            IrLocal l = fc.temp(v.type());
                            body.add(new IrStmt.SetLocal(l, v));
                            args.add(l);
                        }
                        bodyEmitter.emit(List.of(exprs.blocks.applyTo(f, args, call.pos())), body);
                    }, out);
                    return;
                }
                case "filter" -> {
                    if (call.args().size() != 2 || !call.keywords().isEmpty()) {
                        throw exprs.error(call.pos(), "filter expected 2 arguments, got " + call.args().size());
                    }
                    Expr f = call.args().get(0);
                    loop(call.args().get(1), 1, call.pos(), (values, body) -> {
                        IrLocal l = fc.temp(values.get(0).type());
                        body.add(new IrStmt.SetLocal(l, values.get(0)));
                        IrExpr keep = f instanceof Expr.NoneLit ? exprs.truth(new IrExpr.Local(l), call.pos())
                                : exprs.truth(exprs.blocks.applyTo(f, List.of(l), call.pos()), call.pos());
                        List<IrStmt> then = new ArrayList<>();
                        bodyEmitter.emit(List.of(new IrExpr.Local(l)), then);
                        body.add(new IrStmt.If(keep, then, List.of()));
                    }, out);
                    return;
                }
                case "reversed" -> {
                    requireArity(arity, 1, targetPos, "reversed()");
                    if (call.args().size() != 1 || !call.keywords().isEmpty()) {
                        throw exprs.error(call.pos(), "reversed() takes exactly one argument");
                    }
                    backwards(call.args().get(0), bodyEmitter, out);
                    return;
                }
                default -> { }
            }
        }
        if (iterExpr instanceof Expr.Call call && call.func() instanceof Expr.Attribute a && call.args().isEmpty()
                && (a.name().equals("items") || a.name().equals("keys") || a.name().equals("values"))) {
            IrExpr d = exprs.check(a.target());
            if (d.type().kind() == Type.Kind.DICT) {
                requireArity(arity, a.name().equals("items") ? 2 : 1, targetPos, a.name() + "()");
                dict(d, a.name(), bodyEmitter, out);
                return;
            }
        }
        ClassInfo enumeration = exprs.enums.enumClass(iterExpr);
        IrExpr seq = enumeration != null ? exprs.enums.members(enumeration) : exprs.check(iterExpr);
        if (seq.type().kind() == Type.Kind.SET) {
            seq = exprs.sets.sortedList(seq); // see SetLowering: sets iterate in ascending order
        }
        if (seq.type().kind() == Type.Kind.DICT) {
            dict(seq, "keys", bodyEmitter, out);
            return;
        }
        if (BytesLowering.isLineFile(seq.type())) {
            lines(seq, bodyEmitter, out);
            return;
        }
        indexedValues(List.of(iterable(seq)), List.of(iterExpr), false, bodyEmitter, out);
    }

    /**
     * A fixed tuple of one item type iterates as the tuple[T, ...] it converts to ({@code for x in (a, b)});
     * other values as they are (a fixed tuple of different item types is then not iterable: the loop
     * variable would have no type).
     */
    private IrExpr iterable(IrExpr seq) {
        Type item = ExprChecker.itemType(seq.type());
        return item == null ? seq : ExprChecker.coerce(seq, Type.varTuple(item));
    }

    /** The lines of a file (readline() until it returns an empty line). */
    private void lines(IrExpr file, Body bodyEmitter, List<IrStmt> out) {
        IrLocal f = fc.temp(file.type());
        out.add(new IrStmt.SetLocal(f, file));
        boolean text = file.type().name().equals("TextIOWrapper");
        Type lineType = text ? Type.STR : Type.BYTES;
        IrLocal line = fc.temp(lineType);
        ClassInfo c = exprs.scope.classOfType(file.type());
        IrExpr read = new IrExpr.Call(lineType, exprs.scope.methodTarget(c, "readline"), List.of(new IrExpr.Local(f)));
        List<IrStmt> body = new ArrayList<>();
        body.add(new IrStmt.SetLocal(line, read));
        body.add(new IrStmt.If(op(Type.BOOL, IrOp.INT_EQ, op(Type.INT, text ? IrOp.STR_LEN : IrOp.BYTES_LEN, new IrExpr.Local(line)),
                intConst(0)), List.of(new IrStmt.Break()), List.of()));
        bodyEmitter.emit(List.of(new IrExpr.Local(line)), body);
        out.add(new IrStmt.Loop(new IrExpr.Const(Type.BOOL, true), body, List.of()));
    }

    private void requireArity(int arity, int produced, Pos pos, String what) {
        if (arity != produced && arity != 1) {
            if (produced > arity) {
                throw exprs.error(pos, "Too many values to unpack (" + arity + " expected, " + produced + " provided)");
            }
            throw exprs.error(pos, "Need more than " + produced + " value" + (produced == 1 ? "" : "s") + " to unpack ("
                    + arity + " expected)");
        }
    }

    private void indexed(List<Expr> iterables, boolean withIndex, Expr start, Expr.Call call, Body bodyEmitter,
            List<IrStmt> out) {
        List<IrExpr> seqs = new ArrayList<>();
        for (Expr e : iterables) {
            // an iterator builtin's call (enumerate(map(...))) as the list it yields
            Expr it = CallChecker.asGenerator(e, exprs.scope) instanceof Expr.ListComp g ? g.asList() : e;
            IrExpr seq = exprs.check(it);
            seqs.add(seq.type().kind() == Type.Kind.SET ? exprs.sets.sortedList(seq) : iterable(seq));
        }
        IrExpr first = null;
        if (start != null) {
            // enumerate(xs, start): the count begins there (evaluated after the iterable, as in CPython)
            IrLocal s = fc.temp(Type.INT);
            IrExpr sv = exprs.coerceOrFail(exprs.check(start), Type.INT, start.pos(),
                    "Argument \"start\" to \"enumerate\" has incompatible type; expected \"int\"");
            for (int k = 0; k < seqs.size(); k++) {
                // hold the iterables first, so that start is evaluated after them
                IrLocal held = fc.temp(seqs.get(k).type());
                out.add(new IrStmt.SetLocal(held, seqs.get(k)));
                seqs.set(k, new IrExpr.Local(held));
            }
            out.add(new IrStmt.SetLocal(s, sv));
            first = new IrExpr.Local(s);
        }
        indexedValues(seqs, iterables, withIndex, first, bodyEmitter, out);
    }

    /** Iterates lists/strs in lockstep by index (stopping at the shortest), optionally yielding the index first. */
    private void indexedValues(List<IrExpr> seqs, List<Expr> sources, boolean withIndex, Body bodyEmitter, List<IrStmt> out) {
        indexedValues(seqs, sources, withIndex, null, bodyEmitter, out);
    }

    /** With {@code start} (a local or null): the index yielded is {@code start + i}. */
    private void indexedValues(List<IrExpr> seqs, List<Expr> sources, boolean withIndex, IrExpr start, Body bodyEmitter,
            List<IrStmt> out) {
        IrLocal i = fc.temp(Type.INT);
        List<IrExpr> values = new ArrayList<>();
        IrExpr cond = null;
        List<IrLocal> locals = new ArrayList<>();
        for (int k = 0; k < seqs.size(); k++) {
            IrExpr seq = seqs.get(k);
            IrLocal s = fc.temp(seq.type());
            out.add(new IrStmt.SetLocal(s, seq));
            locals.add(s);
        }
        out.add(new IrStmt.SetLocal(i, intConst(0)));
        IrExpr idx = new IrExpr.Local(i);
        if (withIndex) {
            values.add(start == null ? idx : op(Type.INT, IrOp.INT_ADD, start, idx));
        }
        for (int k = 0; k < seqs.size(); k++) {
            IrExpr sv = new IrExpr.Local(locals.get(k));
            Type t = seqs.get(k).type();
            IrExpr one = switch (t.kind()) {
                case LIST, VARTUPLE -> {
                    values.add(op(t.a(), IrOp.LIST_GET, sv, idx));
                    yield op(Type.BOOL, IrOp.INT_LT, idx, op(Type.INT, IrOp.LIST_LEN, sv));
                }
                case STR -> {
                    values.add(op(Type.STR, IrOp.STR_GET, sv, idx));
                    yield op(Type.BOOL, IrOp.INT_LT, idx, op(Type.INT, IrOp.STR_LEN, sv));
                }
                case BYTES -> {
                    values.add(op(Type.INT, IrOp.BYTES_GET, sv, idx));
                    yield op(Type.BOOL, IrOp.INT_LT, idx, op(Type.INT, IrOp.BYTES_LEN, sv));
                }
                default -> throw t.kind() == Type.Kind.TUPLE
                        ? exprs.unsupported(sources.get(k).pos(), "iterating over \"" + t + "\" (a tuple of different item types,"
                                + " or the empty tuple: the loop variable would have no one type)")
                        : exprs.error(sources.get(k).pos(), "\"" + t + "\" object is not iterable"
                        + (t.kind() == Type.Kind.DICT ? " here (iterate over the dict itself or its items())" : ""));
            };
            cond = cond == null ? one : new IrExpr.Logic(true, cond, one);
        }
        List<IrStmt> body = new ArrayList<>();
        bodyEmitter.emit(values, body);
        out.add(new IrStmt.Loop(cond, body, List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, idx, intConst(1))))));
    }

    private void backwards(Expr source, Body bodyEmitter, List<IrStmt> out) {
        if (RangeLowering.isRange(source, exprs.scope)) {
            reversedRange((Expr.Call) source, bodyEmitter, out);
            return;
        }
        IrExpr seq = iterable(exprs.check(source));
        Type t = seq.type();
        if (!t.isSequence() && t.kind() != Type.Kind.STR) {
            throw exprs.unsupported(source.pos(), "reversed() of \"" + t + "\" (list, tuple or str only)");
        }
        boolean isList = t.isSequence();
        IrLocal s = fc.temp(t);
        out.add(new IrStmt.SetLocal(s, seq));
        IrExpr sv = new IrExpr.Local(s);
        IrLocal i = fc.temp(Type.INT);
        out.add(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_SUB, op(Type.INT, isList ? IrOp.LIST_LEN : IrOp.STR_LEN, sv), intConst(1))));
        IrExpr idx = new IrExpr.Local(i);
        // CPython's reverse iterator stops when the index leaves the (possibly shrunk) sequence
        IrExpr cond = new IrExpr.Logic(true, op(Type.BOOL, IrOp.INT_GE, idx, intConst(0)),
                op(Type.BOOL, IrOp.INT_LT, idx, op(Type.INT, isList ? IrOp.LIST_LEN : IrOp.STR_LEN, sv)));
        IrExpr element = isList ? op(t.a(), IrOp.LIST_GET, sv, idx) : op(Type.STR, IrOp.STR_GET, sv, idx);
        List<IrStmt> body = new ArrayList<>();
        bodyEmitter.emit(List.of(element), body);
        out.add(new IrStmt.Loop(cond, body, List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_SUB, idx, intConst(1))))));
    }

    /** A dict's keys, values or items in insertion order; RuntimeError if its size changes meanwhile. */
    private void dict(IrExpr d, String what, Body bodyEmitter, List<IrStmt> out) {
        IrLocal s = fc.temp(d.type());
        out.add(new IrStmt.SetLocal(s, d));
        IrExpr sv = new IrExpr.Local(s);
        IrLocal i = fc.temp(Type.INT);
        out.add(new IrStmt.SetLocal(i, intConst(0)));
        IrExpr idx = new IrExpr.Local(i);
        IrLocal n = fc.temp(Type.INT);
        out.add(new IrStmt.SetLocal(n, op(Type.INT, IrOp.DICT_LEN, sv)));
        IrExpr cond = op(Type.BOOL, IrOp.INT_LT, idx, new IrExpr.Local(n));
        IrExpr key = op(d.type().a(), IrOp.DICT_KEY_AT, sv, idx);
        IrExpr value = op(d.type().b(), IrOp.DICT_VALUE_AT, sv, idx);
        List<IrExpr> values = switch (what) {
            case "items" -> List.of(key, value);
            case "values" -> List.of(value);
            default -> List.of(key);
        };
        List<IrStmt> update = new ArrayList<>();
        update.add(new IrStmt.If(op(Type.BOOL, IrOp.INT_NE, op(Type.INT, IrOp.DICT_LEN, sv), new IrExpr.Local(n)),
                List.of(FunctionChecker.raise("RuntimeError",
                        new IrExpr.Const(Type.STR, "dictionary changed size during iteration"))), List.of()));
        update.add(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, idx, intConst(1))));
        List<IrStmt> body = new ArrayList<>();
        bodyEmitter.emit(values, body);
        out.add(new IrStmt.Loop(cond, body, update));
    }

    private void range(Expr.Call call, Body bodyEmitter, List<IrStmt> out) {
        List<IrExpr> args = RangeLowering.bounds(exprs, call);
        IrLocal i = fc.temp(Type.INT);
        IrLocal stop = fc.temp(Type.INT);
        out.add(new IrStmt.SetLocal(i, args.get(0)));
        out.add(new IrStmt.SetLocal(stop, args.get(1)));
        IrExpr iv = new IrExpr.Local(i);
        IrExpr sv = new IrExpr.Local(stop);
        IrExpr cond;
        IrExpr step;
        if (args.get(2) instanceof IrExpr.Const c && (Long) c.value() != 0) {
            long k = (Long) c.value();
            step = intConst(k);
            cond = op(Type.BOOL, k > 0 ? IrOp.INT_LT : IrOp.INT_GT, iv, sv);
        } else {
            IrLocal st = fc.temp(Type.INT);
            out.add(new IrStmt.SetLocal(st, args.get(2)));
            step = new IrExpr.Local(st);
            out.add(stepNotZero(step));
            cond = new IrExpr.Logic(false,
                    new IrExpr.Logic(true, op(Type.BOOL, IrOp.INT_GT, step, intConst(0)), op(Type.BOOL, IrOp.INT_LT, iv, sv)),
                    new IrExpr.Logic(true, op(Type.BOOL, IrOp.INT_LT, step, intConst(0)), op(Type.BOOL, IrOp.INT_GT, iv, sv)));
        }
        List<IrStmt> body = new ArrayList<>();
        bodyEmitter.emit(List.of(iv), body);
        List<IrStmt> update = List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, step)));
        out.add(new IrStmt.Loop(cond, body, update));
    }

    private static IrStmt stepNotZero(IrExpr step) {
        return new IrStmt.If(op(Type.BOOL, IrOp.INT_EQ, step, intConst(0)),
                List.of(FunctionChecker.raise("ValueError", new IrExpr.Const(Type.STR, "range() arg 3 must not be zero"))),
                List.of());
    }

    /**
     * reversed(range(start, stop, step)): its k-th value from the end, start + k * step, for k from
     * len - 1 down to 0 (no value is computed past either end, so none can overflow).
     */
    private void reversedRange(Expr.Call call, Body bodyEmitter, List<IrStmt> out) {
        List<IrExpr> args = RangeLowering.bounds(exprs, call);
        List<IrExpr> held = new ArrayList<>();
        for (IrExpr a : args) {
            if (a instanceof IrExpr.Const) {
                held.add(a);
            } else {
                IrLocal l = fc.temp(Type.INT);
                out.add(new IrStmt.SetLocal(l, a));
                held.add(new IrExpr.Local(l));
            }
        }
        IrLocal k = fc.temp(Type.INT);
        out.add(new IrStmt.SetLocal(k, op(Type.INT, IrOp.INT_SUB, new IrExpr.Op(Type.INT, IrOp.RANGE_LEN, held), intConst(1))));
        IrExpr kv = new IrExpr.Local(k);
        IrExpr step = held.get(2);
        IrExpr offset = step instanceof IrExpr.Const c && (Long) c.value() == 1 ? kv : op(Type.INT, IrOp.INT_MUL, kv, step);
        List<IrStmt> body = new ArrayList<>();
        bodyEmitter.emit(List.of(op(Type.INT, IrOp.INT_ADD, held.get(0), offset)), body);
        out.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_GE, kv, intConst(0)), body,
                List.of(new IrStmt.SetLocal(k, op(Type.INT, IrOp.INT_SUB, kv, intConst(1))))));
    }
}
