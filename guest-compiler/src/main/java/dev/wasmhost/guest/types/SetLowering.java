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

/**
 * {@code set[T]}: displays, {@code set()}/{@code set(iterable)}, methods, {@code | & - ^}, and
 * iteration. A set is stored like a dict without values; its storage order depends on insertion and
 * removal, and CPython's depends on hashes (randomised for str), so iteration goes in sorted order:
 * deterministic and independent of how the set was built. Printing a set is rejected.
 */
final class SetLowering {
    private final ExprChecker x;

    SetLowering(ExprChecker x) {
        this.x = x;
    }

    IrExpr display(Expr.SetLit l, Type expected) {
        Type elem = expected != null && expected.kind() == Type.Kind.SET ? expected.a() : null;
        List<IrExpr> items = new ArrayList<>();
        for (Expr item : l.items()) {
            items.add(x.check(item, elem));
        }
        if (elem == null) {
            elem = items.get(0).type();
            for (IrExpr item : items) {
                Type j = ExprChecker.join(elem, item.type());
                if (j == null) {
                    throw x.unsupported(l.pos(), "set with mixed element types (\"" + elem + "\" and \"" + item.type() + "\")");
                }
                elem = j;
            }
        }
        checkElement(l.pos(), elem);
        List<IrExpr> coerced = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            coerced.add(x.coerceOrFail(items.get(k), elem, l.items().get(k).pos(),
                    "Set item " + k + " has incompatible type \"" + items.get(k).type() + "\"; expected \"" + elem + "\""));
        }
        return new IrExpr.Op(Type.set(elem), IrOp.SET_NEW, coerced);
    }

    void checkElement(Pos pos, Type elem) {
        if (!elem.isKey()) {
            throw x.unsupported(pos, "set elements of type \"" + elem + "\" (use int, str, bool or tuples of them)");
        }
    }

    /** {@code set()} (typed by the context) or {@code set(iterable)}. */
    IrExpr construct(Expr.Call call, Type expected) {
        if (!call.keywords().isEmpty() || call.args().size() > 1) {
            throw x.error(call.pos(), "set() takes at most one positional argument");
        }
        if (call.args().isEmpty()) {
            if (expected == null || expected.kind() != Type.Kind.SET) {
                throw new ExprChecker.NeedsAnnotation(call.pos(), "set[<type>]");
            }
            return new IrExpr.Op(expected, IrOp.SET_NEW, List.of());
        }
        Expr arg = CallChecker.asGenerator(call.args().get(0), x.scope); // set(map(...)), set(x for ...)
        IrExpr source = x.check(arg instanceof Expr.ListComp g && g.generator() ? g.asList() : arg);
        if (ExprChecker.itemType(source.type()) != null) {
            source = ExprChecker.coerce(source, Type.varTuple(ExprChecker.itemType(source.type()))); // set((a, b))
        }
        Type elem = elementOf(source.type(), call.args().get(0).pos());
        checkElement(call.pos(), elem);
        Type t = Type.set(elem);
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal r = local(t, new IrExpr.Op(t, IrOp.SET_NEW, List.of()), stmts);
        addAll(r, source, stmts);
        return new IrExpr.Block(stmts, new IrExpr.Local(r));
    }

    private Type elementOf(Type t, Pos pos) {
        return switch (t.kind()) {
            case LIST, SET, DICT, VARTUPLE -> t.a();
            case STR -> Type.STR;
            default -> throw x.error(pos, "Argument 1 to \"set\" has incompatible type \"" + t + "\"; expected \"Iterable[T]\"");
        };
    }

    /** Adds every element of a list, str, set or dict (its keys) to the set in {@code r}. */
    private void addAll(IrLocal r, IrExpr source, List<IrStmt> out) {
        Type t = source.type();
        IrLocal src = local(t, source, out);
        IrExpr sv = new IrExpr.Local(src);
        IrLocal i = local(Type.INT, intConst(0), out);
        IrExpr iv = new IrExpr.Local(i);
        IrExpr len = switch (t.kind()) {
            case LIST, VARTUPLE -> op(Type.INT, IrOp.LIST_LEN, sv);
            case STR -> op(Type.INT, IrOp.STR_LEN, sv);
            case SET -> op(Type.INT, IrOp.SET_LEN, sv);
            default -> op(Type.INT, IrOp.DICT_LEN, sv);
        };
        IrExpr item = switch (t.kind()) {
            case LIST, VARTUPLE -> op(t.a(), IrOp.LIST_GET, sv, iv);
            case STR -> op(Type.STR, IrOp.STR_GET, sv, iv);
            case SET -> op(t.a(), IrOp.SET_ITEM_AT, sv, iv);
            default -> op(t.a(), IrOp.DICT_KEY_AT, sv, iv);
        };
        item = ExprChecker.coerce(item, r.type().a());
        out.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_LT, iv, len),
                List.of(new IrStmt.Eval(op(Type.NONE, IrOp.SET_ADD, new IrExpr.Local(r), item))),
                List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, intConst(1))))));
    }

    /** The elements of a set as a new list in ascending order (how sets iterate and sort). */
    IrExpr sortedList(IrExpr set) {
        Type lt = Type.list(set.type().a());
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal s = local(set.type(), set, stmts);
        IrLocal r = local(lt, new IrExpr.Op(lt, IrOp.LIST_NEW, List.of()), stmts);
        IrLocal i = local(Type.INT, intConst(0), stmts);
        IrExpr iv = new IrExpr.Local(i);
        stmts.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_LT, iv, op(Type.INT, IrOp.SET_LEN, new IrExpr.Local(s))),
                List.of(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_APPEND, new IrExpr.Local(r),
                        op(set.type().a(), IrOp.SET_ITEM_AT, new IrExpr.Local(s), iv)))),
                List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, intConst(1))))));
        stmts.add(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_SORT, new IrExpr.Local(r))));
        return new IrExpr.Block(stmts, new IrExpr.Local(r));
    }

    /** {@code a | b}, {@code a & b}, {@code a - b}, {@code a ^ b} on sets of one type; null for other operators. */
    IrExpr binary(Pos pos, String operator, IrExpr a, IrExpr b) {
        if (!"|&-^".contains(operator) || operator.length() != 1) {
            return null;
        }
        if (!a.type().equals(b.type())) {
            throw x.badOperands(pos, operator, a.type(), b.type());
        }
        Type t = a.type();
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal left = local(t, a, stmts);
        IrLocal right = local(t, b, stmts);
        IrLocal r = local(t, new IrExpr.Op(t, IrOp.SET_NEW, List.of()), stmts);
        switch (operator) {
            case "|" -> {
                addAll(r, new IrExpr.Local(left), stmts);
                addAll(r, new IrExpr.Local(right), stmts);
            }
            case "&" -> filter(r, left, right, true, stmts);
            case "-" -> filter(r, left, right, false, stmts);
            default -> {
                filter(r, left, right, false, stmts);
                filter(r, right, left, false, stmts);
            }
        }
        return new IrExpr.Block(stmts, new IrExpr.Local(r));
    }

    /** Adds the elements of {@code from} that are (or are not) in {@code other}. */
    private void filter(IrLocal r, IrLocal from, IrLocal other, boolean in, List<IrStmt> out) {
        IrLocal i = local(Type.INT, intConst(0), out);
        IrExpr iv = new IrExpr.Local(i);
        IrLocal item = x.scope.temp(from.type().a());
        IrExpr contains = op(Type.BOOL, IrOp.SET_CONTAINS, new IrExpr.Local(item), new IrExpr.Local(other));
        out.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_LT, iv, op(Type.INT, IrOp.SET_LEN, new IrExpr.Local(from))),
                List.of(new IrStmt.SetLocal(item, op(from.type().a(), IrOp.SET_ITEM_AT, new IrExpr.Local(from), iv)),
                        new IrStmt.If(in ? contains : op(Type.BOOL, IrOp.NOT, contains),
                                List.of(new IrStmt.Eval(op(Type.NONE, IrOp.SET_ADD, new IrExpr.Local(r), new IrExpr.Local(item)))),
                                List.of())),
                List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, intConst(1))))));
    }

    /** {@code a == b}: the same size and every element of a in b. */
    IrExpr equal(IrExpr a, IrExpr b) {
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal left = local(a.type(), a, stmts);
        IrLocal right = local(b.type(), b, stmts);
        IrLocal same = local(Type.BOOL, op(Type.BOOL, IrOp.INT_EQ, op(Type.INT, IrOp.SET_LEN, new IrExpr.Local(left)),
                op(Type.INT, IrOp.SET_LEN, new IrExpr.Local(right))), stmts);
        IrLocal i = local(Type.INT, intConst(0), stmts);
        IrExpr iv = new IrExpr.Local(i);
        IrExpr missing = op(Type.BOOL, IrOp.NOT, op(Type.BOOL, IrOp.SET_CONTAINS,
                op(a.type().a(), IrOp.SET_ITEM_AT, new IrExpr.Local(left), iv), new IrExpr.Local(right)));
        stmts.add(new IrStmt.Loop(new IrExpr.Logic(true, new IrExpr.Local(same),
                op(Type.BOOL, IrOp.INT_LT, iv, op(Type.INT, IrOp.SET_LEN, new IrExpr.Local(left)))),
                List.of(new IrStmt.If(missing, List.of(new IrStmt.SetLocal(same, new IrExpr.Const(Type.BOOL, false))), List.of())),
                List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, intConst(1))))));
        return new IrExpr.Block(stmts, new IrExpr.Local(same));
    }

    /**
     * add, remove, discard, clear, copy, update, union, intersection, difference, and (session 6)
     * pop, symmetric_difference, issubset, issuperset, isdisjoint and the *_update methods; null if unknown.
     */
    IrExpr method(Expr.Call call, IrExpr target, String m) {
        Type t = target.type();
        if (!call.keywords().isEmpty()) {
            throw x.unsupported(call.keywords().get(0).pos(), "keyword arguments to " + m + "()");
        }
        IrExpr more = moreMethods(call, target, m);
        if (more != null) {
            return more;
        }
        int wanted = switch (m) {
            case "add", "remove", "discard", "update", "union", "intersection", "difference" -> 1;
            case "clear", "copy" -> 0;
            default -> -1;
        };
        if (wanted < 0) {
            return null;
        }
        if (call.args().size() != wanted) {
            throw x.error(call.pos(), (call.args().size() < wanted ? "Missing positional argument" : "Too many arguments")
                    + " for \"" + m + "\" of \"set\"");
        }
        switch (m) {
            case "add", "remove", "discard" -> {
                Expr e = call.args().get(0);
                IrExpr v = x.check(e, t.a());
                v = x.coerceOrFail(v, t.a(), e.pos(), "Argument 1 to \"" + m + "\" of \"set\" has incompatible type \""
                        + v.type() + "\"; expected \"" + t.a() + "\"");
                if (m.equals("add")) {
                    return op(Type.NONE, IrOp.SET_ADD, target, v);
                }
                if (m.equals("discard")) {
                    return new IrExpr.Block(List.of(new IrStmt.Eval(op(Type.BOOL, IrOp.SET_DISCARD, target, v))),
                            new IrExpr.Const(Type.NONE, null));
                }
                // remove: KeyError with the element's repr when it is not there
                List<IrStmt> stmts = new ArrayList<>();
                IrLocal s = local(t, target, stmts);
                IrLocal item = local(t.a(), v, stmts);
                stmts.add(new IrStmt.If(op(Type.BOOL, IrOp.NOT, op(Type.BOOL, IrOp.SET_DISCARD, new IrExpr.Local(s), new IrExpr.Local(item))),
                        List.of(FunctionChecker.raise("KeyError", op(Type.STR, IrOp.REPR, new IrExpr.Local(item)))), List.of()));
                return new IrExpr.Block(stmts, new IrExpr.Const(Type.NONE, null));
            }
            case "clear" -> {
                return op(Type.NONE, IrOp.SET_CLEAR, target);
            }
            case "copy" -> {
                return binary(call.pos(), "|", target, new IrExpr.Op(t, IrOp.SET_NEW, List.of()));
            }
            case "update" -> {
                Expr arg = CallChecker.asGenerator(call.args().get(0), x.scope); // set(map(...)), set(x for ...)
        IrExpr source = x.check(arg instanceof Expr.ListComp g && g.generator() ? g.asList() : arg);
                Type elem = elementOf(source.type(), call.args().get(0).pos());
                if (!ExprChecker.assignable(elem, t.a())) {
                    throw x.error(call.args().get(0).pos(), "Argument 1 to \"update\" of \"set\" has incompatible type \""
                            + source.type() + "\"; expected \"Iterable[" + t.a() + "]\"");
                }
                List<IrStmt> stmts = new ArrayList<>();
                IrLocal s = local(t, target, stmts);
                addAll(s, source, stmts);
                return new IrExpr.Block(stmts, new IrExpr.Const(Type.NONE, null));
            }
            default -> {
                IrExpr other = x.check(call.args().get(0), t);
                if (!other.type().equals(t)) {
                    throw x.error(call.args().get(0).pos(), "Argument 1 to \"" + m + "\" of \"set\" has incompatible type \""
                            + other.type() + "\"; expected \"" + t + "\"");
                }
                String operator = switch (m) {
                    case "union" -> "|";
                    case "intersection" -> "&";
                    default -> "-";
                };
                return binary(call.pos(), operator, target, other);
            }
        }
    }

    private IrLocal local(Type t, IrExpr value, List<IrStmt> stmts) {
        IrLocal l = x.scope.temp(t);
        stmts.add(new IrStmt.SetLocal(l, value));
        return l;
    }

    // ---- dict and set methods (session 6)

    /**
     * pop (the smallest element, see set_pop), union, intersection, difference and
     * symmetric_difference of any number of iterables (lists, strs, sets, dicts) of the element
     * type, issubset, issuperset, isdisjoint, and the in-place update methods; null for others.
     */
    private IrExpr moreMethods(Expr.Call call, IrExpr target, String m) {
        Type t = target.type();
        switch (m) {
            case "pop" -> {
                if (!call.args().isEmpty()) {
                    throw x.error(call.pos(), "Too many arguments for \"pop\" of \"set\"");
                }
                return op(t.a(), IrOp.SET_POP, target);
            }
            case "union", "intersection", "difference", "symmetric_difference", "update", "intersection_update",
                    "difference_update", "symmetric_difference_update", "issubset", "issuperset", "isdisjoint" -> {
                boolean one = m.equals("symmetric_difference") || m.startsWith("is") || m.equals("symmetric_difference_update");
                if (call.args().isEmpty() && one || call.args().size() > 1 && one) {
                    throw x.error(call.pos(), (call.args().isEmpty() ? "Missing positional argument" : "Too many arguments")
                            + " for \"" + m + "\" of \"set\"");
                }
                List<IrStmt> stmts = new ArrayList<>();
                IrLocal s = local(t, target, stmts);
                List<IrLocal> others = new ArrayList<>();
                for (int k = 0; k < call.args().size(); k++) {
                    others.add(local(t, asSet(call.args().get(k), t, m, k), stmts));
                }
                IrExpr sv = new IrExpr.Local(s);
                switch (m) {
                    case "issubset", "issuperset", "isdisjoint" -> {
                        IrExpr o = new IrExpr.Local(others.get(0));
                        IrExpr r = switch (m) {
                            case "issubset" -> op(Type.BOOL, IrOp.SET_ISSUBSET, sv, o);
                            case "issuperset" -> op(Type.BOOL, IrOp.SET_ISSUBSET, o, sv);
                            default -> op(Type.BOOL, IrOp.SET_ISDISJOINT, sv, o);
                        };
                        return new IrExpr.Block(stmts, r);
                    }
                    case "update", "intersection_update", "difference_update", "symmetric_difference_update" -> {
                        for (IrLocal o : others) {
                            stmts.add(new IrStmt.Eval(inPlaceOp(m, sv, new IrExpr.Local(o))));
                        }
                        return new IrExpr.Block(stmts, new IrExpr.Const(Type.NONE, null));
                    }
                    default -> {
                        String operator = switch (m) {
                            case "union" -> "|";
                            case "intersection" -> "&";
                            case "difference" -> "-";
                            default -> "^";
                        };
                        // with no argument: a copy
                        IrExpr r = binary(call.pos(), "|", sv, new IrExpr.Op(t, IrOp.SET_NEW, List.of()));
                        for (IrLocal o : others) {
                            r = binary(call.pos(), operator, r, new IrExpr.Local(o));
                        }
                        return new IrExpr.Block(stmts, r);
                    }
                }
            }
            default -> {
                return null;
            }
        }
    }

    /** A method's k-th argument as a set of type {@code t}: a set as it is, another iterable converted. */
    private IrExpr asSet(Expr e, Type t, String m, int k) {
        IrExpr v = x.check(e, t);
        if (v.type().equals(t)) {
            return v;
        }
        if (ExprChecker.itemType(v.type()) != null) {
            v = ExprChecker.coerce(v, Type.varTuple(ExprChecker.itemType(v.type())));
        }
        Type elem = switch (v.type().kind()) {
            case LIST, SET, DICT, VARTUPLE -> v.type().a();
            case STR -> Type.STR;
            default -> null;
        };
        if (elem != null && !elem.equals(t.a())) {
            throw x.unsupported(e.pos(), m + "() of \"" + t + "\" with \"" + v.type() + "\" (the same element type only)");
        }
        if (elem == null) {
            throw x.error(e.pos(), "Argument " + (k + 1) + " to \"" + m + "\" of \"set\" has incompatible type \""
                    + v.type() + "\"; expected \"Iterable[" + t.a() + "]\"");
        }
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal r = local(t, new IrExpr.Op(t, IrOp.SET_NEW, List.of()), stmts);
        addAll(r, v, stmts);
        return new IrExpr.Block(stmts, new IrExpr.Local(r));
    }

    private static IrExpr inPlaceOp(String m, IrExpr a, IrExpr b) {
        IrOp o = switch (m) {
            case "update", "|" -> IrOp.SET_UPDATE;
            case "intersection_update", "&" -> IrOp.SET_INTERSECTION_UPDATE;
            case "difference_update", "-" -> IrOp.SET_DIFFERENCE_UPDATE;
            default -> IrOp.SET_SYMMETRIC_DIFFERENCE_UPDATE;
        };
        return op(Type.NONE, o, a, b);
    }

    /**
     * {@code a |= b}, {@code &=}, {@code -=}, {@code ^=} on sets of one type: a is changed in place
     * (other names for the same set see the change, as in CPython) and is the result; null for
     * other operands.
     */
    IrExpr inPlace(Pos pos, String operator, IrExpr a, IrExpr b) {
        if (a.type().kind() != Type.Kind.SET || operator.length() != 1 || !"|&-^".contains(operator)) {
            return null;
        }
        if (!a.type().equals(b.type())) {
            throw x.badOperands(pos, operator, a.type(), b.type());
        }
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal l = local(a.type(), a, stmts);
        IrLocal r = local(b.type(), b, stmts);
        stmts.add(new IrStmt.Eval(inPlaceOp(operator, new IrExpr.Local(l), new IrExpr.Local(r))));
        return new IrExpr.Block(stmts, new IrExpr.Local(l));
    }

    /** {@code a <= b} (subset), {@code a < b} (proper subset), {@code >=}, {@code >} on sets of one type. */
    IrExpr compare(String operator, IrExpr a, IrExpr b) {
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal l = local(a.type(), a, stmts);
        IrLocal r = local(b.type(), b, stmts);
        boolean flip = operator.startsWith(">");
        IrExpr small = new IrExpr.Local(flip ? r : l);
        IrExpr large = new IrExpr.Local(flip ? l : r);
        IrExpr subset = op(Type.BOOL, IrOp.SET_ISSUBSET, small, large);
        if (operator.length() == 1) {
            subset = new IrExpr.Logic(true, op(Type.BOOL, IrOp.INT_LT, op(Type.INT, IrOp.SET_LEN, small),
                    op(Type.INT, IrOp.SET_LEN, large)), subset);
        }
        return new IrExpr.Block(stmts, subset);
    }
}
