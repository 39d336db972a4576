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
 * The dict methods beyond get(): pop, popitem, setdefault, update, clear, copy, and keys(), values() and
 * items() used as values (outside a for loop, which iterates the dict itself); list() and sorted()
 * of a dict (its keys); and the del statement on dict and list items.
 *
 * <p>keys(), values() and items() used as values are snapshots: new lists ({@code list[K]},
 * {@code list[V]}, {@code list[tuple[K, V]]}) of the dict's contents when they are called, where
 * CPython returns live views. Printing one directly (which would show a list where CPython shows
 * {@code dict_keys([...])}) is rejected.
 */
final class DictMethods {
    private final ExprChecker x;

    DictMethods(ExprChecker x) {
        this.x = x;
    }

    /** A dict method call on {@code d}, or null if {@code m} is not one of these methods. */
    IrExpr method(Expr.Call call, IrExpr d, String m) {
        Type t = d.type();
        switch (m) {
            case "pop" -> {
                arity(call, m, 1, 2);
                IrExpr k = key(call, t, m);
                if (call.args().size() == 1) {
                    return new IrExpr.Op(t.b(), IrOp.DICT_POP, List.of(d, k));
                }
                Expr de = call.args().get(1);
                IrExpr def = x.check(de, t.b());
                if (ExprChecker.assignable(def.type(), t.b())) {
                    return new IrExpr.Op(t.b(), IrOp.DICT_POP_DEFAULT, List.of(d, k, ExprChecker.coerce(def, t.b())));
                }
                if (def.type() != Type.NONE) {
                    throw x.unsupported(de.pos(), "pop() with a default of type \"" + def.type()
                            + "\" from \"" + t + "\" (the default must be a \"" + t.b() + "\" or None)");
                }
                // V | None: the value if the key is there (as get() with one argument)
                Type opt = Type.optional(t.b());
                List<IrStmt> stmts = new ArrayList<>();
                IrLocal dl = local(t, d, stmts);
                IrLocal kl = local(t.a(), k, stmts);
                stmts.add(new IrStmt.Eval(def));
                IrExpr popped = ExprChecker.coerce(op(t.b(), IrOp.DICT_POP, new IrExpr.Local(dl), new IrExpr.Local(kl)), opt);
                return new IrExpr.Block(stmts, new IrExpr.Cond(opt, op(Type.BOOL, IrOp.DICT_CONTAINS, new IrExpr.Local(kl),
                        new IrExpr.Local(dl)), popped, new IrExpr.Const(opt, null)));
            }
            case "setdefault" -> {
                arity(call, m, 1, 2);
                IrExpr k = key(call, t, m);
                IrExpr v;
                if (call.args().size() == 1) {
                    if (!ExprChecker.assignable(Type.NONE, t.b())) {
                        throw x.error(call.pos(), "Missing positional argument \"default\" in call to \"setdefault\" of \"dict\"");
                    }
                    v = new IrExpr.Const(t.b(), null);
                } else {
                    Expr ve = call.args().get(1);
                    IrExpr raw = x.check(ve, t.b());
                    v = x.coerceOrFail(raw, t.b(), ve.pos(), "Argument 2 to \"setdefault\" of \"dict\" has incompatible type \""
                            + raw.type() + "\"; expected \"" + t.b() + "\"");
                }
                return new IrExpr.Op(t.b(), IrOp.DICT_SETDEFAULT, List.of(d, k, v));
            }
            case "update" -> {
                arity(call, m, 1, 1);
                List<IrStmt> stmts = new ArrayList<>();
                IrLocal dl = local(t, d, stmts);
                update(dl, call.args().get(0), stmts);
                return new IrExpr.Block(stmts, new IrExpr.Const(Type.NONE, null));
            }
            case "clear" -> {
                arity(call, m, 0, 0);
                return op(Type.NONE, IrOp.DICT_CLEAR, d);
            }
            case "popitem" -> {
                // the last entry (LIFO, as in CPython), removed; KeyError when the dict is empty
                arity(call, m, 0, 0);
                Type pair = Type.tuple(List.of(t.a(), t.b()));
                List<IrStmt> stmts = new ArrayList<>();
                IrLocal dl = local(t, d, stmts);
                IrExpr dv = new IrExpr.Local(dl);
                IrLocal last = local(Type.INT, op(Type.INT, IrOp.INT_SUB, op(Type.INT, IrOp.DICT_LEN, dv), intConst(1)), stmts);
                stmts.add(new IrStmt.If(op(Type.BOOL, IrOp.INT_LT, new IrExpr.Local(last), intConst(0)),
                        List.of(FunctionChecker.raise("KeyError", new IrExpr.Const(Type.STR, "'popitem(): dictionary is empty'"))),
                        List.of()));
                IrLocal k = local(t.a(), op(t.a(), IrOp.DICT_KEY_AT, dv, new IrExpr.Local(last)), stmts);
                IrLocal r = local(pair, new IrExpr.Op(pair, IrOp.TUPLE_NEW, List.of(new IrExpr.Local(k),
                        op(t.b(), IrOp.DICT_VALUE_AT, dv, new IrExpr.Local(last)))), stmts);
                stmts.add(new IrStmt.Eval(new IrExpr.Op(t.b(), IrOp.DICT_POP, List.of(dv, new IrExpr.Local(k)))));
                return new IrExpr.Block(stmts, new IrExpr.Local(r));
            }
            case "copy" -> {
                arity(call, m, 0, 0);
                return copy(d);
            }
            case "keys", "values", "items" -> {
                arity(call, m, 0, 0);
                return view(d, m);
            }
            default -> {
                return null;
            }
        }
    }

    private void arity(Expr.Call call, String m, int min, int max) {
        if (!call.keywords().isEmpty()) {
            throw x.unsupported(call.keywords().get(0).pos(), "keyword arguments to " + m + "()");
        }
        if (call.args().size() < min || call.args().size() > max) {
            throw x.error(call.pos(), (call.args().size() < min ? "Missing positional argument" : "Too many arguments")
                    + " for \"" + m + "\" of \"dict\"");
        }
    }

    private IrExpr key(Expr.Call call, Type t, String m) {
        Expr e = call.args().get(0);
        IrExpr k = x.check(e, t.a());
        return x.coerceOrFail(k, t.a(), e.pos(), "Argument 1 to \"" + m + "\" of \"dict\" has incompatible type \""
                + k.type() + "\"; expected \"" + t.a() + "\"");
    }

    /** {@code d.update(other)}: a dict, or a list of (key, value) tuples; each key set in turn. */
    private void update(IrLocal d, Expr source, List<IrStmt> out) {
        updateFrom(d, x.check(source, d.type()), source.pos(), out);
    }

    private void updateFrom(IrLocal d, IrExpr src, Pos pos, List<IrStmt> out) {
        Type t = d.type();
        Type st = src.type();
        boolean isDict = st.kind() == Type.Kind.DICT && ExprChecker.assignable(st.a(), t.a()) && ExprChecker.assignable(st.b(), t.b());
        boolean isPairs = st.isSequence() && st.a().kind() == Type.Kind.TUPLE && st.a().items().size() == 2
                && ExprChecker.assignable(st.a().items().get(0), t.a()) && ExprChecker.assignable(st.a().items().get(1), t.b());
        if (!isDict && !isPairs) {
            throw x.error(pos, "Argument 1 to \"update\" of \"dict\" has incompatible type \"" + st
                    + "\"; expected \"SupportsKeysAndGetItem[" + t.a() + ", " + t.b() + "]\"");
        }
        IrLocal s = local(st, src, out);
        IrExpr sv = new IrExpr.Local(s);
        IrLocal i = local(Type.INT, intConst(0), out);
        IrExpr iv = new IrExpr.Local(i);
        IrExpr k;
        IrExpr v;
        IrExpr len;
        List<IrStmt> body = new ArrayList<>();
        if (isDict) {
            len = op(Type.INT, IrOp.DICT_LEN, sv);
            k = op(st.a(), IrOp.DICT_KEY_AT, sv, iv);
            v = op(st.b(), IrOp.DICT_VALUE_AT, sv, iv);
        } else {
            len = op(Type.INT, IrOp.LIST_LEN, sv);
            IrLocal pair = x.scope.temp(st.a());
            body.add(new IrStmt.SetLocal(pair, op(st.a(), IrOp.LIST_GET, sv, iv)));
            k = new IrExpr.Op(st.a().items().get(0), IrOp.TUPLE_GET, List.of(new IrExpr.Local(pair), intConst(0)));
            v = new IrExpr.Op(st.a().items().get(1), IrOp.TUPLE_GET, List.of(new IrExpr.Local(pair), intConst(1)));
        }
        body.add(new IrStmt.Eval(new IrExpr.Op(Type.NONE, IrOp.DICT_SET, List.of(new IrExpr.Local(d),
                ExprChecker.coerce(k, t.a()), ExprChecker.coerce(v, t.b())))));
        out.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_LT, iv, len), body,
                List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, intConst(1))))));
    }

    /** {@code a | b} on dicts of one type: a new dict, a's entries updated with b's; null for other operands. */
    IrExpr binary(Pos pos, String operator, IrExpr a, IrExpr b) {
        if (!operator.equals("|") || a.type().kind() != Type.Kind.DICT || b.type().kind() != Type.Kind.DICT) {
            return null;
        }
        if (!a.type().equals(b.type())) {
            throw x.unsupported(pos, "| of \"" + a.type() + "\" and \"" + b.type() + "\" (dicts of one type only)");
        }
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal left = local(a.type(), a, stmts);
        IrLocal right = local(b.type(), b, stmts);
        IrLocal r = local(a.type(), copy(new IrExpr.Local(left)), stmts);
        updateFrom(r, new IrExpr.Local(right), pos, stmts);
        return new IrExpr.Block(stmts, new IrExpr.Local(r));
    }

    /** {@code d |= other}: d updated in place (as update()) and the result; null for other operands. */
    IrExpr inPlace(Pos pos, String operator, IrExpr d, IrExpr other) {
        if (!operator.equals("|") || d.type().kind() != Type.Kind.DICT) {
            return null;
        }
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal l = local(d.type(), d, stmts);
        updateFrom(l, other, pos, stmts);
        return new IrExpr.Block(stmts, new IrExpr.Local(l));
    }

    /**
     * {@code dict()}, {@code dict(d)} (a copy), {@code dict(pairs)} (a list of 2-tuples, or what
     * zip() or enumerate() yields) and {@code dict(..., key=value, ...)}: later entries replace
     * earlier ones, keeping the first one's place, as in CPython.
     */
    IrExpr construct(Expr.Call call, Type expected) {
        Pos pos = call.pos();
        if (call.args().size() > 1) {
            throw x.error(pos, "dict expected at most 1 argument, got " + call.args().size());
        }
        IrExpr src = null;
        if (call.args().size() == 1) {
            Expr arg = CallChecker.asGenerator(call.args().get(0), x.scope);
            src = x.check(arg instanceof Expr.ListComp g && g.generator() ? g.asList() : arg);
        }
        List<IrExpr> values = new ArrayList<>();
        for (Expr.Keyword kw : call.keywords()) {
            values.add(x.check(kw.value()));
        }
        Type t;
        if (expected != null && expected.kind() == Type.Kind.DICT) {
            t = expected;
        } else if (src != null && src.type().kind() == Type.Kind.DICT) {
            t = src.type();
        } else if (src != null && src.type().isSequence() && src.type().a().kind() == Type.Kind.TUPLE
                && src.type().a().items().size() == 2) {
            t = Type.dict(src.type().a().items().get(0), src.type().a().items().get(1));
        } else if (src == null && !values.isEmpty()) {
            Type v = values.get(0).type();
            for (IrExpr e : values) {
                v = ExprChecker.join(v, e.type());
                if (v == null) {
                    throw x.unsupported(pos, "dict() of keyword values of different types (annotate the variable)");
                }
            }
            t = Type.dict(Type.STR, v);
        } else if (src == null) {
            throw new ExprChecker.NeedsAnnotation(pos, "dict[<key>, <value>]");
        } else {
            throw x.error(call.args().get(0).pos(), "Argument 1 to \"dict\" has incompatible type \"" + src.type()
                    + "\"; expected \"SupportsKeysAndGetItem[_KT, _VT]\" or a list of pairs");
        }
        if (!call.keywords().isEmpty() && !t.a().equals(Type.STR)) {
            throw x.error(pos, "Keyword arguments to dict() make str keys, not \"" + t.a() + "\"");
        }
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal d = local(t, new IrExpr.Op(t, IrOp.DICT_NEW, List.of()), stmts);
        if (src != null) {
            updateFrom(d, src, call.args().get(0).pos(), stmts);
        }
        for (int k = 0; k < values.size(); k++) {
            Expr.Keyword kw = call.keywords().get(k);
            IrExpr v = x.coerceOrFail(values.get(k), t.b(), kw.pos(), "Argument \"" + kw.name() + "\" to \"dict\" has incompatible type \""
                    + values.get(k).type() + "\"; expected \"" + t.b() + "\"");
            stmts.add(new IrStmt.Eval(new IrExpr.Op(Type.NONE, IrOp.DICT_SET, List.of(new IrExpr.Local(d),
                    new IrExpr.Const(Type.STR, kw.name()), v))));
        }
        return new IrExpr.Block(stmts, new IrExpr.Local(d));
    }

    /** A new dict with the entries of {@code d}, in its order. */
    IrExpr copy(IrExpr d) {
        Type t = d.type();
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal src = local(t, d, stmts);
        IrLocal r = local(t, new IrExpr.Op(t, IrOp.DICT_NEW, List.of()), stmts);
        IrLocal i = local(Type.INT, intConst(0), stmts);
        IrExpr iv = new IrExpr.Local(i);
        IrExpr sv = new IrExpr.Local(src);
        stmts.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_LT, iv, op(Type.INT, IrOp.DICT_LEN, sv)),
                List.of(new IrStmt.Eval(new IrExpr.Op(Type.NONE, IrOp.DICT_SET, List.of(new IrExpr.Local(r),
                        op(t.a(), IrOp.DICT_KEY_AT, sv, iv), op(t.b(), IrOp.DICT_VALUE_AT, sv, iv))))),
                List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, intConst(1))))));
        return new IrExpr.Block(stmts, new IrExpr.Local(r));
    }

    /** The keys, values or items of {@code d} as a new list, in insertion order. */
    IrExpr view(IrExpr d, String what) {
        Type t = d.type();
        Type elem = switch (what) {
            case "keys" -> t.a();
            case "values" -> t.b();
            default -> Type.tuple(List.of(t.a(), t.b()));
        };
        Type lt = Type.list(elem);
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal src = local(t, d, stmts);
        IrLocal r = local(lt, new IrExpr.Op(lt, IrOp.LIST_NEW, List.of()), stmts);
        IrLocal i = local(Type.INT, intConst(0), stmts);
        IrExpr iv = new IrExpr.Local(i);
        IrExpr sv = new IrExpr.Local(src);
        IrExpr item = switch (what) {
            case "keys" -> op(t.a(), IrOp.DICT_KEY_AT, sv, iv);
            case "values" -> op(t.b(), IrOp.DICT_VALUE_AT, sv, iv);
            default -> new IrExpr.Op(elem, IrOp.TUPLE_NEW, List.of(op(t.a(), IrOp.DICT_KEY_AT, sv, iv),
                    op(t.b(), IrOp.DICT_VALUE_AT, sv, iv)));
        };
        stmts.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_LT, iv, op(Type.INT, IrOp.DICT_LEN, sv)),
                List.of(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_APPEND, new IrExpr.Local(r), item))),
                List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, intConst(1))))));
        return new IrExpr.Block(stmts, new IrExpr.Local(r));
    }

    /**
     * {@code list(v)} of a list (a copy), a dict (its keys), a set (its elements in ascending
     * order, the order sets iterate in) or a str (its characters); null for other types.
     */
    IrExpr listOf(IrExpr v) {
        if (v.type().kind() == Type.Kind.TUPLE && ExprChecker.itemType(v.type()) != null) {
            v = ExprChecker.coerce(v, Type.varTuple(ExprChecker.itemType(v.type())));
        }
        Type t = v.type();
        switch (t.kind()) {
            case DICT -> {
                return view(v, "keys");
            }
            case SET -> {
                return x.sets.sortedList(v);
            }
            case LIST, STR, VARTUPLE -> {
                Type lt = t.kind() == Type.Kind.STR ? Type.list(Type.STR) : Type.list(t.a());
                List<IrStmt> stmts = new ArrayList<>();
                IrLocal src = local(t, v, stmts);
                IrLocal r = local(lt, new IrExpr.Op(lt, IrOp.LIST_NEW, List.of()), stmts);
                IrLocal i = local(Type.INT, intConst(0), stmts);
                IrExpr iv = new IrExpr.Local(i);
                IrExpr sv = new IrExpr.Local(src);
                IrExpr len = op(Type.INT, t.kind() == Type.Kind.STR ? IrOp.STR_LEN : IrOp.LIST_LEN, sv);
                IrExpr item = t.kind() == Type.Kind.STR ? op(Type.STR, IrOp.STR_GET, sv, iv) : op(t.a(), IrOp.LIST_GET, sv, iv);
                stmts.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_LT, iv, len),
                        List.of(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_APPEND, new IrExpr.Local(r), item))),
                        List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, intConst(1))))));
                return new IrExpr.Block(stmts, new IrExpr.Local(r));
            }
            default -> {
                return null;
            }
        }
    }

    /** True if {@code e} is {@code d.keys()}, {@code d.values()} or {@code d.items()} of a dict. */
    boolean isView(Expr e) {
        if (e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && c.args().isEmpty()
                && (a.name().equals("keys") || a.name().equals("values") || a.name().equals("items"))) {
            return x.check(a.target()).type().kind() == Type.Kind.DICT;
        }
        return false;
    }

    /** Rejects printing (or str(), repr(), formatting) a view, whose text differs from CPython's. */
    void rejectViewText(Expr e) {
        if (isView(e)) {
            String m = ((Expr.Attribute) ((Expr.Call) e).func()).name();
            throw x.unsupported(e.pos(), "the text of dict." + m + "() (CPython shows a dict_" + m
                    + " view; the guest language's " + m + "() is a list: convert it with list(...))");
        }
    }

    /**
     * Rejects comparing a view with ==, !=, <, ... (CPython compares keys and items views as sets and
     * values views by identity, not as lists); {@code in} is fine.
     */
    void rejectViewCompare(Expr.Compare c) {
        for (int k = 0; k < c.ops().size(); k++) {
            String operator = c.ops().get(k);
            if (operator.equals("in") || operator.equals("not in")) {
                continue;
            }
            for (Expr e : List.of(k == 0 ? c.first() : c.rest().get(k - 1), c.rest().get(k))) {
                if (isView(e)) {
                    String m = ((Expr.Attribute) ((Expr.Call) e).func()).name();
                    throw x.unsupported(e.pos(), "comparing dict." + m + "() with " + operator
                            + " (CPython compares views, not lists: convert it with list(...) or sorted(...))");
                }
            }
        }
    }

    /** {@code del target, ...}: dict items (KeyError if missing) and list items (IndexError). */
    void delete(Stmt.Delete del, List<IrStmt> out) {
        for (Expr target : del.targets()) {
            if (!(target instanceof Expr.Index ix)) {
                String what = target instanceof Expr.Name ? "a variable" : target instanceof Expr.Attribute ? "an attribute" : "this target";
                throw x.unsupported(target.pos(), "del of " + what + " (only del d[key] and del xs[i])");
            }
            if (ix.index() instanceof Expr.Slice sl) {
                IrExpr c = x.check(ix.target());
                if (c.type().kind() != Type.Kind.LIST) {
                    throw x.unsupported(sl.pos(), "del of a slice of \"" + c.type() + "\" (lists only)");
                }
                IrLocal l = x.scope.temp(c.type());
                out.add(new IrStmt.SetLocal(l, c));
                List<IrExpr> args = new ArrayList<>();
                args.add(new IrExpr.Local(l));
                args.addAll(x.sliceBounds(sl, out));
                out.add(new IrStmt.Eval(new IrExpr.Op(Type.NONE, IrOp.LIST_DEL_SLICE, args)));
                continue;
            }
            IrExpr c = x.check(ix.target());
            Type t = c.type();
            switch (t.kind()) {
                case DICT -> {
                    IrExpr k = x.check(ix.index(), t.a());
                    k = x.coerceOrFail(k, t.a(), ix.index().pos(), "Argument 1 to \"__delitem__\" of \"dict\" has incompatible type \""
                            + k.type() + "\"; expected \"" + t.a() + "\"");
                    out.add(new IrStmt.Eval(new IrExpr.Op(t.b(), IrOp.DICT_POP, List.of(c, k))));
                }
                case LIST -> out.add(new IrStmt.Eval(new IrExpr.Op(Type.NONE, IrOp.LIST_DEL, List.of(c, x.indexInt(ix.index(), t)))));
                default -> throw x.error(ix.pos(), "\"" + t + "\" has no attribute \"__delitem__\"");
            }
        }
    }

    private IrLocal local(Type t, IrExpr value, List<IrStmt> stmts) {
        IrLocal l = x.scope.temp(t);
        stmts.add(new IrStmt.SetLocal(l, value));
        return l;
    }
}
