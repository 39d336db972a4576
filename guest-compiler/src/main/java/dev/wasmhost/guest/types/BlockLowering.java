package dev.wasmhost.guest.types;

import static dev.wasmhost.guest.types.ExprChecker.intConst;
import static dev.wasmhost.guest.types.ExprChecker.op;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.ir.IrStmt;
import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Expressions that lower to a block of statements yielding a value: slices of lists (a copying
 * loop; str slices are one runtime call) and list/dict comprehensions. Comprehension variables live
 * in their own scope, as in Python 3, and the first iterable is evaluated in the enclosing scope.
 */
final class BlockLowering {
    private final ExprChecker x;
    private final LiteralChecker literals;

    BlockLowering(ExprChecker x, LiteralChecker literals) {
        this.x = x;
        this.literals = literals;
    }

    /** A slice's start, stop and step (each evaluated once, in order, into {@code stmts}), and its flags: bit 1 start given, bit 2 stop given. */
    List<IrExpr> bounds(Expr.Slice s, List<IrStmt> stmts) {
        IrExpr start = part(s.lower(), 0, stmts);
        IrExpr stop = part(s.upper(), 0, stmts);
        IrExpr step = part(s.step(), 1, stmts);
        return List.of(start, stop, step, intConst((s.lower() != null ? 1 : 0) | (s.upper() != null ? 2 : 0)));
    }

    IrExpr slice(IrExpr target, Expr.Slice s) {
        Type t = target.type();
        if (t.kind() != Type.Kind.STR && !t.isSequence() && t.kind() != Type.Kind.BYTES) {
            throw x.unsupported(s.pos(), "slicing \"" + t + "\" (str, bytes, list and tuple only)");
        }
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal src = x.scope.temp(t);
        stmts.add(new IrStmt.SetLocal(src, target));
        List<IrExpr> bounds = bounds(s, stmts);
        IrExpr start = bounds.get(0);
        IrExpr stop = bounds.get(1);
        IrExpr step = bounds.get(2);
        IrExpr flags = bounds.get(3);
        IrExpr sv = new IrExpr.Local(src);
        if (t.kind() == Type.Kind.STR || t.kind() == Type.Kind.BYTES) {
            return new IrExpr.Block(stmts, new IrExpr.Op(t, t.kind() == Type.Kind.STR ? IrOp.STR_SLICE : IrOp.BYTES_SLICE,
                    List.of(sv, start, stop, step, flags)));
        }
        IrLocal n = local(Type.INT, op(Type.INT, IrOp.LIST_LEN, sv), stmts);
        IrExpr nv = new IrExpr.Local(n);
        IrLocal count = local(Type.INT, new IrExpr.Op(Type.INT, IrOp.SLICE_COUNT, List.of(nv, start, stop, step, flags)), stmts);
        IrLocal i = local(Type.INT, new IrExpr.Op(Type.INT, IrOp.SLICE_START, List.of(nv, start, step, flags)), stmts);
        IrLocal r = local(t, new IrExpr.Op(t, IrOp.LIST_NEW, List.of()), stmts);
        IrLocal k = local(Type.INT, intConst(0), stmts);
        IrExpr iv = new IrExpr.Local(i);
        IrExpr kv = new IrExpr.Local(k);
        List<IrStmt> body = List.of(
                new IrStmt.Eval(op(Type.NONE, IrOp.LIST_APPEND, new IrExpr.Local(r), op(t.a(), IrOp.LIST_GET, sv, iv))),
                new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, step)));
        stmts.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_LT, kv, new IrExpr.Local(count)), body,
                List.of(new IrStmt.SetLocal(k, op(Type.INT, IrOp.INT_ADD, kv, intConst(1))))));
        return new IrExpr.Block(stmts, new IrExpr.Local(r));
    }

    /**
     * {@code a + b} (b non-null) or {@code a * times} on lists, or on tuple[T, ...]s of one type: a new
     * list (tuple) built by extending.
     */
    IrExpr listArith(IrExpr a, IrExpr b, IrExpr times) {
        Type t = a.type();
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal left = local(t, a, stmts);
        IrLocal right = b == null ? null : local(t, b, stmts);
        IrLocal count = times == null ? null : local(Type.INT, times, stmts);
        IrLocal r = local(t, new IrExpr.Op(t, IrOp.LIST_NEW, List.of()), stmts);
        IrExpr extend = op(Type.NONE, IrOp.LIST_EXTEND, new IrExpr.Local(r), new IrExpr.Local(left));
        if (right != null) {
            stmts.add(new IrStmt.Eval(extend));
            stmts.add(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_EXTEND, new IrExpr.Local(r), new IrExpr.Local(right))));
        } else {
            IrExpr c = new IrExpr.Local(count);
            stmts.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_GT, c, intConst(0)), List.of(new IrStmt.Eval(extend)),
                    List.of(new IrStmt.SetLocal(count, op(Type.INT, IrOp.INT_SUB, c, intConst(1))))));
        }
        return new IrExpr.Block(stmts, new IrExpr.Local(r));
    }

    private IrExpr part(Expr e, long absent, List<IrStmt> stmts) {
        if (e == null) {
            return intConst(absent);
        }
        IrExpr v = x.check(e);
        v = x.coerceOrFail(v, Type.INT, e.pos(), "Slice index must be an integer, SupportsIndex or None");
        if (v instanceof IrExpr.Const) {
            return v;
        }
        return new IrExpr.Local(local(Type.INT, v, stmts));
    }

    private IrLocal local(Type t, IrExpr value, List<IrStmt> stmts) {
        IrLocal l = x.scope.temp(t);
        stmts.add(new IrStmt.SetLocal(l, value));
        return l;
    }

    IrExpr listComp(Expr.ListComp c, Type expected) {
        return collectionComp(c.pos(), c.element(), c.clauses(), expected, Type.Kind.LIST, "List",
                elem -> literals.checkElementType(c.pos(), elem), Type::list, IrOp.LIST_NEW, IrOp.LIST_APPEND);
    }

    IrExpr setComp(Expr.SetComp c, Type expected) {
        return collectionComp(c.pos(), c.element(), c.clauses(), expected, Type.Kind.SET, "Set",
                elem -> x.sets.checkElement(c.pos(), elem), Type::set, IrOp.SET_NEW, IrOp.SET_ADD);
    }

    /** A list or set comprehension: a fresh collection, one add per element the clauses produce. */
    private IrExpr collectionComp(Pos pos, Expr element, List<Expr.CompFor> clauses, Type expected, Type.Kind kind,
            String label, Consumer<Type> checkElement, java.util.function.Function<Type, Type> of,
            IrOp create, IrOp add) {
        Type want = expected != null && expected.kind() == kind ? expected.a() : null;
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal[] result = {null};
        clauses(clauses, 0, stmts, body -> {
            IrExpr e = x.check(element, want);
            if (result[0] == null) {
                Type elem = want != null ? want : e.type();
                checkElement.accept(elem);
                result[0] = x.scope.temp(of.apply(elem));
            }
            Type elem = result[0].type().a();
            e = x.coerceOrFail(e, elem, element.pos(), label + " comprehension has incompatible type " + label + "["
                    + e.type() + "]; expected " + label + "[" + elem + "]");
            body.add(new IrStmt.Eval(op(Type.NONE, add, new IrExpr.Local(result[0]), e)));
        });
        stmts.add(0, new IrStmt.SetLocal(result[0], new IrExpr.Op(result[0].type(), create, List.of())));
        return new IrExpr.Block(stmts, new IrExpr.Local(result[0]));
    }

    IrExpr dictComp(Expr.DictComp c, Type expected) {
        Type wantK = expected != null && expected.kind() == Type.Kind.DICT ? expected.a() : null;
        Type wantV = expected != null && expected.kind() == Type.Kind.DICT ? expected.b() : null;
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal[] result = {null};
        clauses(c.clauses(), 0, stmts, body -> {
            IrExpr k = x.check(c.key(), wantK);
            IrLocal kt = x.scope.temp(k.type());
            body.add(new IrStmt.SetLocal(kt, k));
            IrExpr v = x.check(c.value(), wantV);
            if (result[0] == null) {
                Type dt = Type.dict(wantK != null ? wantK : k.type(), wantV != null ? wantV : v.type());
                literals.checkKeyType(c.pos(), dt.a());
                literals.checkElementType(c.pos(), dt.b());
                result[0] = x.scope.temp(dt);
            }
            Type dt = result[0].type();
            IrExpr key = x.coerceOrFail(new IrExpr.Local(kt), dt.a(), c.key().pos(), "Key expression in dictionary comprehension has incompatible type \""
                    + k.type() + "\"; expected type \"" + dt.a() + "\"");
            IrExpr value = x.coerceOrFail(v, dt.b(), c.value().pos(), "Value expression in dictionary comprehension has incompatible type \""
                    + v.type() + "\"; expected type \"" + dt.b() + "\"");
            body.add(new IrStmt.Eval(new IrExpr.Op(Type.NONE, IrOp.DICT_SET, List.of(new IrExpr.Local(result[0]), key, value))));
        });
        stmts.add(0, new IrStmt.SetLocal(result[0], new IrExpr.Op(result[0].type(), IrOp.DICT_NEW, List.of())));
        return new IrExpr.Block(stmts, new IrExpr.Local(result[0]));
    }

    /** The items of a tuple value, for a comprehension target of several names. */
    private List<IrExpr> unpack(IrExpr v, int count, dev.wasmhost.guest.syntax.Pos pos, List<IrStmt> body) {
        if (v.type().isSequence()) {
            return x.listItems(v, count, body);
        }
        if (v.type().kind() != Type.Kind.TUPLE) {
            throw x.unsupported(pos, "unpacking a value of type \"" + v.type() + "\" (only tuples unpack)");
        }
        List<Type> items = v.type().items();
        if (items.size() != count) {
            throw x.error(pos, items.size() > count ? "Too many values to unpack (" + count + " expected, " + items.size() + " provided)"
                    : "Need more than " + items.size() + " value" + (items.size() == 1 ? "" : "s") + " to unpack (" + count + " expected)");
        }
        IrLocal t = local(v.type(), v, body);
        List<IrExpr> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            out.add(new IrExpr.Op(items.get(k), IrOp.TUPLE_GET, List.of(new IrExpr.Local(t), intConst(k))));
        }
        return out;
    }

    /** Binds a comprehension target (a name, or nested names) to a value. */
    private void bind(Expr target, IrExpr value, List<IrStmt> body, Map<String, IrLocal> names) {
        if (target instanceof Expr.Name n) {
            names.put(n.id(), local(value.type(), value, body));
        } else if (target instanceof Expr.TupleLit t) {
            List<IrExpr> items = unpack(value, t.items().size(), t.pos(), body);
            for (int k = 0; k < items.size(); k++) {
                bind(t.items().get(k), items.get(k), body, names);
            }
        } else {
            throw x.unsupported(target.pos(), "comprehension target other than names");
        }
    }

    /**
     * {@code any(e for ...)} / {@code all(e for ...)}: stops at the first true (false) element, as
     * CPython's generator does, so no later element, condition or iteration is evaluated.
     */
    IrExpr anyAll(Expr.ListComp c, boolean any) {
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal result = local(Type.BOOL, new IrExpr.Const(Type.BOOL, !any), stmts);
        IrLocal stop = local(Type.BOOL, new IrExpr.Const(Type.BOOL, false), stmts);
        clauses(c.clauses(), 0, stmts, body -> {
            IrExpr truth = x.truth(x.check(c.element()), c.element().pos());
            IrExpr decides = any ? truth : op(Type.BOOL, IrOp.NOT, truth);
            body.add(new IrStmt.If(decides, List.of(
                    new IrStmt.SetLocal(result, new IrExpr.Const(Type.BOOL, any)),
                    new IrStmt.SetLocal(stop, new IrExpr.Const(Type.BOOL, true)),
                    new IrStmt.Break()), List.of()));
        }, stop);
        return new IrExpr.Block(stmts, new IrExpr.Local(result));
    }

    private void clauses(List<Expr.CompFor> clauses, int at, List<IrStmt> out, Consumer<List<IrStmt>> innermost) {
        clauses(clauses, at, out, innermost, null);
    }

    /**
     * Checks {@code e} with extra names bound to locals (in a comprehension scope of their own):
     * synthetic names no program can spell ({@code "$v"}), or a lambda's parameters.
     */
    IrExpr withNames(Map<String, IrLocal> bound, java.util.function.Supplier<IrExpr> check) {
        Map<String, IrLocal> names = x.scope.pushComprehensionScope();
        try {
            names.putAll(bound);
            return check.get();
        } finally {
            x.scope.popComprehensionScope();
        }
    }

    /**
     * {@code f(v)} for a function given as an argument (a key, or the function of map/filter) and a
     * value held in a local: a lambda's body with its parameter bound, else a call of the named
     * function (evaluating it again each time is only right when it is a name or a field of one).
     */
    IrExpr applyTo(Expr function, List<IrLocal> args, Pos pos) {
        Expr f = x.functionArgument(function);
        if (f instanceof Expr.Lambda l) {
            if (l.params().size() != args.size()) {
                throw x.error(l.pos(), "Lambda takes " + l.params().size() + " argument" + (l.params().size() == 1 ? "" : "s")
                        + " but is given " + args.size());
            }
            Map<String, IrLocal> bound = new java.util.HashMap<>();
            for (int k = 0; k < args.size(); k++) {
                bound.put(l.params().get(k), args.get(k));
            }
            return withNames(bound, () -> x.check(l.body()));
        }
        if (Narrowing.path(f) == null) {
            throw x.unsupported(f.pos(), "a function argument other than a name, a field of a name or a lambda");
        }
        Map<String, IrLocal> bound = new java.util.HashMap<>();
        List<Expr> names = new ArrayList<>();
        for (int k = 0; k < args.size(); k++) {
            bound.put("$arg" + k, args.get(k));
            names.add(new Expr.Name(pos, "$arg" + k));
        }
        return withNames(bound, () -> x.check(new Expr.Call(pos, f, names, List.of())));
    }

    /**
     * {@code min}/{@code max} over any iterable (or of several values), with {@code key} and
     * {@code default}: the first smallest (largest) element, compared with the language's own
     * {@code <} ({@code >}); ValueError when it is empty and there is no default.
     */
    IrExpr minMax(Pos pos, Expr iterable, Expr key, Expr dflt, boolean isMin) {
        String fn = isMin ? "min" : "max";
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal found = local(Type.BOOL, new IrExpr.Const(Type.BOOL, false), stmts);
        IrLocal[] best = {null};
        IrLocal[] bestKey = {null};
        x.scope.forLoops().loop(iterable, 1, iterable.pos(), (values, body) -> {
            IrExpr v = values.get(0);
            if (best[0] == null) {
                best[0] = x.scope.temp(v.type());
            }
            IrLocal cur = local(best[0].type(), v, body);
            IrExpr k = key == null ? new IrExpr.Local(cur) : applyTo(key, List.of(cur), pos);
            if (bestKey[0] == null) {
                bestKey[0] = x.scope.temp(k.type());
            }
            IrLocal kc = local(bestKey[0].type(), k, body);
            IrExpr better = withNames(Map.of("$a", kc, "$b", bestKey[0]), () -> x.condition(new Expr.Compare(pos,
                    new Expr.Name(pos, "$a"), List.of(isMin ? "<" : ">"), List.of(new Expr.Name(pos, "$b")))));
            body.add(new IrStmt.If(new IrExpr.Logic(false, op(Type.BOOL, IrOp.NOT, new IrExpr.Local(found)), better), List.of(
                    new IrStmt.SetLocal(found, new IrExpr.Const(Type.BOOL, true)),
                    new IrStmt.SetLocal(best[0], new IrExpr.Local(cur)),
                    new IrStmt.SetLocal(bestKey[0], new IrExpr.Local(kc))), List.of()));
        }, stmts);
        IrStmt empty;
        if (dflt != null) {
            IrExpr d = x.coerceOrFail(x.check(dflt, best[0].type()), best[0].type(), dflt.pos(),
                    "Argument \"default\" to \"" + fn + "\" has incompatible type");
            empty = new IrStmt.SetLocal(best[0], d);
        } else {
            empty = FunctionChecker.raise("ValueError", new IrExpr.Const(Type.STR, fn + "() arg is an empty sequence"));
        }
        stmts.add(new IrStmt.If(op(Type.BOOL, IrOp.NOT, new IrExpr.Local(found)), List.of(empty), List.of()));
        return new IrExpr.Block(stmts, new IrExpr.Local(best[0]));
    }

    /** {@code sum(iterable, start)}: start, then each element added with the language's own {@code +}. */
    IrExpr sum(Pos pos, Expr iterable, Expr start) {
        List<IrStmt> stmts = new ArrayList<>();
        IrExpr s = start == null ? intConst(0) : x.check(start);
        IrLocal[] acc = {null};
        IrExpr[] first = {s};
        x.scope.forLoops().loop(iterable, 1, iterable.pos(), (values, body) -> {
            IrExpr v = values.get(0);
            if (acc[0] == null) {
                Type t = ExprChecker.join(first[0].type(), v.type());
                if (t == null || !t.isNumeric()) {
                    throw x.unsupported(pos, "sum() of \"" + v.type() + "\" values with a start of \"" + first[0].type()
                            + "\" (numbers only)");
                }
                acc[0] = x.scope.temp(t == Type.BOOL ? Type.INT : t);
            }
            IrLocal cur = local(v.type(), v, body);
            IrExpr added = withNames(Map.of("$a", acc[0], "$b", cur), () -> x.check(new Expr.Binary(pos, "+",
                    new Expr.Name(pos, "$a"), new Expr.Name(pos, "$b"))));
            body.add(new IrStmt.SetLocal(acc[0], x.coerceOrFail(added, acc[0].type(), pos,
                    "sum() of values of more than one type")));
        }, stmts);
        stmts.add(0, new IrStmt.SetLocal(acc[0], ExprChecker.coerce(s, acc[0].type())));
        return new IrExpr.Block(stmts, new IrExpr.Local(acc[0]));
    }

    /** With {@code stop}: each enclosing loop breaks too once an inner one has set it and broken. */
    private void clauses(List<Expr.CompFor> clauses, int at, List<IrStmt> out, Consumer<List<IrStmt>> innermost,
            IrLocal stop) {
        Expr.CompFor cf = clauses.get(at);
        List<Expr> targets = cf.target() instanceof Expr.TupleLit t ? t.items() : List.of(cf.target());
        x.scope.forLoops().loop(cf.iter(), targets.size(), cf.target().pos(), (values, body) -> {
            Map<String, IrLocal> names = x.scope.pushComprehensionScope();
            java.util.Set<String> facts = new java.util.HashSet<>();
            try {
                if (values.size() == 1 && targets.size() > 1) {
                    values = unpack(values.get(0), targets.size(), cf.target().pos(), body);
                }
                for (int k = 0; k < targets.size(); k++) {
                    bind(targets.get(k), values.get(k), body, names);
                }
                List<IrStmt> inner = body;
                for (Expr cond : cf.conditions()) {
                    List<IrStmt> then = new ArrayList<>();
                    inner.add(new IrStmt.If(x.condition(cond), then, List.of()));
                    inner = then;
                    facts.addAll(x.scope.pushFacts(cond, true));
                }
                if (at + 1 < clauses.size()) {
                    clauses(clauses, at + 1, inner, innermost, stop);
                    if (stop != null) {
                        inner.add(new IrStmt.If(new IrExpr.Local(stop), List.of(new IrStmt.Break()), List.of()));
                    }
                } else {
                    innermost.accept(inner);
                }
            } finally {
                x.scope.popFacts(facts);
                x.scope.popComprehensionScope();
            }
        }, out);
    }
}
