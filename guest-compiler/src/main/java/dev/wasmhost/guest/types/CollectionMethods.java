package dev.wasmhost.guest.types;

import static dev.wasmhost.guest.types.ExprChecker.op;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.ir.IrStmt;
import dev.wasmhost.guest.syntax.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The str and list methods beyond the basic ones, and sorted(): each checks its arguments the way
 * mypy does and lowers to runtime-library operations (or a short block of them).
 */
final class CollectionMethods {
    private final ExprChecker x;

    CollectionMethods(ExprChecker x) {
        this.x = x;
    }

    /** The k-th positional argument of a method call, checked against {@code t}. */
    private IrExpr methodArg(Expr.Call call, int k, Type t, String method, String owner) {
        Expr e = call.args().get(k);
        IrExpr v = x.check(e, t);
        return x.coerceOrFail(v, t, e.pos(), "Argument " + (k + 1) + " to \"" + method + "\" of \"" + owner
                + "\" has incompatible type \"" + v.type() + "\"; expected \"" + t + "\"");
    }

    private void arity(Expr.Call call, String m, int min, int max) {
        if (!call.keywords().isEmpty()) {
            throw x.unsupported(call.keywords().get(0).pos(), "keyword arguments to " + m + "()");
        }
        if (call.args().size() < min || call.args().size() > max) {
            throw x.error(call.pos(), (call.args().size() < min ? "Missing positional argument" : "Too many arguments")
                    + " for \"" + m + "\"");
        }
    }

    IrExpr strMethod(Expr.Call call, IrExpr s, String m) {
        IrOp unary = switch (m) {
            case "strip" -> IrOp.STR_STRIP;
            case "lstrip" -> IrOp.STR_LSTRIP;
            case "rstrip" -> IrOp.STR_RSTRIP;
            case "isdigit" -> IrOp.STR_ISDIGIT;
            case "isalpha" -> IrOp.STR_ISALPHA;
            case "isspace" -> IrOp.STR_ISSPACE;
            default -> null;
        };
        if (unary != null) {
            if (!call.args().isEmpty() && m.endsWith("strip")) {
                throw x.unsupported(call.pos(), m + "() with an argument");
            }
            arity(call, m, 0, 0);
            return op(m.startsWith("is") ? Type.BOOL : Type.STR, unary, s);
        }
        IrOp withArg = switch (m) {
            case "find" -> IrOp.STR_FIND;
            case "index" -> IrOp.STR_INDEX;
            case "count" -> IrOp.STR_COUNT;
            case "startswith" -> IrOp.STR_STARTSWITH;
            case "endswith" -> IrOp.STR_ENDSWITH;
            default -> null;
        };
        if (withArg != null) {
            arity(call, m, 1, 1);
            Type rt = withArg == IrOp.STR_STARTSWITH || withArg == IrOp.STR_ENDSWITH ? Type.BOOL : Type.INT;
            return op(rt, withArg, s, methodArg(call, 0, Type.STR, m, "str"));
        }
        switch (m) {
            case "replace" -> {
                arity(call, m, 2, 3);
                return new IrExpr.Op(Type.STR, IrOp.STR_REPLACE, List.of(s, methodArg(call, 0, Type.STR, m, "str"),
                        methodArg(call, 1, Type.STR, m, "str"),
                        call.args().size() == 3 ? methodArg(call, 2, Type.INT, m, "int") : ExprChecker.intConst(-1)));
            }
            case "split" -> {
                arity(call, m, 0, 1);
                IrExpr pieces = new IrExpr.Op(Type.list(Type.STR), IrOp.LIST_NEW, List.of());
                if (call.args().isEmpty()) {
                    return new IrExpr.Op(Type.list(Type.STR), IrOp.STR_SPLIT_WS, List.of(s, pieces));
                }
                return new IrExpr.Op(Type.list(Type.STR), IrOp.STR_SPLIT_SEP,
                        List.of(s, methodArg(call, 0, Type.STR, m, "str"), pieces));
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * {@code t.index(v)} and {@code t.count(v)} of a {@code tuple[T, ...]} (the list ops, which raise
     * the tuple's ValueError text); any other name is not a tuple method (mypy's error: tuples have
     * no append, sort, ...).
     */
    IrExpr tupleMethod(Expr.Call call, IrExpr tuple, String m, Type shown) {
        Type t = tuple.type();
        if (!m.equals("index") && !m.equals("count")) {
            throw x.error(call.pos(), "\"" + shown + "\" has no attribute \"" + m + "\"");
        }
        arity(call, m, 1, 1);
        if (ExprChecker.containsClass(t.a())) {
            throw x.unsupported(call.pos(), m + "() on a tuple of \"" + t.a() + "\"");
        }
        IrExpr v = methodArg(call, 0, t.a(), m, "tuple");
        return op(Type.INT, m.equals("index") ? IrOp.LIST_FIND : IrOp.LIST_COUNT, tuple, v);
    }

    IrExpr listMethod(Expr.Call call, IrExpr lst, String m) {
        Type t = lst.type();
        switch (m) {
            case "extend" -> {
                arity(call, m, 1, 1);
                Expr e = call.args().get(0);
                IrExpr v = x.check(e, t);
                if (v.type().kind() == Type.Kind.TUPLE && ExprChecker.assignable(v.type(), Type.varTuple(t.a()))) {
                    v = ExprChecker.coerce(v, Type.varTuple(t.a()));
                }
                if (!v.type().equals(Type.varTuple(t.a()))) {
                    // a list of the same type, or a tuple[T, ...] of T (laid out like one)
                    v = x.coerceOrFail(v, t, e.pos(), "Argument 1 to \"extend\" of \"list\" has incompatible type \""
                            + v.type() + "\"; expected \"" + t + "\"");
                }
                return op(Type.NONE, IrOp.LIST_EXTEND, lst, v);
            }
            case "insert" -> {
                arity(call, m, 2, 2);
                return new IrExpr.Op(Type.NONE, IrOp.LIST_INSERT, List.of(lst, methodArg(call, 0, Type.INT, m, "list"),
                        methodArg(call, 1, t.a(), m, "list")));
            }
            case "index", "count", "remove" -> {
                arity(call, m, 1, 1);
                if (ExprChecker.containsClass(t.a())) {
                    throw x.unsupported(call.pos(), m + "() on a list of \"" + t.a() + "\"");
                }
                IrExpr v = methodArg(call, 0, t.a(), m, "list");
                return switch (m) {
                    case "index" -> op(Type.INT, IrOp.LIST_FIND, lst, v);
                    case "count" -> op(Type.INT, IrOp.LIST_COUNT, lst, v);
                    default -> op(Type.NONE, IrOp.LIST_REMOVE, lst, v);
                };
            }
            case "reverse", "clear" -> {
                arity(call, m, 0, 0);
                return op(Type.NONE, m.equals("reverse") ? IrOp.LIST_REVERSE : IrOp.LIST_CLEAR, lst);
            }
            case "copy" -> {
                arity(call, m, 0, 0);
                return copyOf(lst, List.of());
            }
            case "sort" -> {
                if (!call.args().isEmpty()) {
                    throw x.error(call.pos(), "Too many positional arguments for \"sort\" of \"list\"");
                }
                boolean reverse = reverseKeyword(call);
                Expr key = keyKeyword(call);
                if (key != null) {
                    List<IrStmt> stmts = new ArrayList<>();
                    IrLocal l = local(t, lst, stmts);
                    IrLocal sorted = local(t, sortedByKey(call, new IrExpr.Local(l), key, reverse), stmts);
                    stmts.add(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_CLEAR, new IrExpr.Local(l))));
                    stmts.add(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_EXTEND, new IrExpr.Local(l), new IrExpr.Local(sorted))));
                    return new IrExpr.Block(stmts, new IrExpr.Const(Type.NONE, null));
                }
                IrLocal l = x.scope.temp(t);
                List<IrStmt> stmts = new ArrayList<>();
                stmts.add(new IrStmt.SetLocal(l, lst));
                sortInPlace(call, l, reverse, stmts);
                return new IrExpr.Block(stmts, new IrExpr.Const(Type.NONE, null));
            }
            default -> {
                return null;
            }
        }
    }

    /** sorted(list, reverse=...): a sorted copy. */
    IrExpr sorted(Expr.Call call) {
        if (call.args().size() != 1) {
            throw x.error(call.pos(), "sorted() takes exactly one positional argument");
        }
        boolean reverse = reverseKeyword(call);
        IrExpr v = x.check(call.args().get(0));
        Expr key = keyKeyword(call);
        if (v.type().kind() == Type.Kind.DICT) {
            v = x.dicts.view(v, "keys"); // sorted(d): its keys
        }
        if (v.type().kind() == Type.Kind.TUPLE && ExprChecker.itemType(v.type()) != null) {
            v = ExprChecker.coerce(v, Type.varTuple(ExprChecker.itemType(v.type())));
        }
        if (v.type().kind() == Type.Kind.VARTUPLE || v.type() == Type.STR) {
            v = x.dicts.listOf(v); // a new list of its items (characters), sorted in place below
            if (key == null) {
                List<IrStmt> stmts = new ArrayList<>();
                IrLocal l = local(v.type(), v, stmts);
                sortInPlace(call, l, reverse, stmts);
                return new IrExpr.Block(stmts, new IrExpr.Local(l));
            }
        }
        if (key != null) {
            if (v.type().kind() == Type.Kind.SET) {
                v = x.sets.sortedList(v);
            }
            if (v.type().kind() != Type.Kind.LIST) {
                throw x.unsupported(call.pos(), "sorted() of \"" + v.type() + "\" (lists, tuples, str, dicts and sets only)");
            }
            return sortedByKey(call, v, key, reverse);
        }
        if (v.type().kind() == Type.Kind.SET) {
            IrExpr sorted = x.sets.sortedList(v);
            return reverse ? copyOf(sorted, List.of(IrOp.LIST_REVERSE)) : sorted;
        }
        if (v.type().kind() != Type.Kind.LIST) {
            throw x.unsupported(call.pos(), "sorted() of \"" + v.type() + "\" (lists, tuples, str, dicts and sets only)");
        }
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal l = local(v.type(), copyOf(v, List.of()), stmts);
        sortInPlace(call, l, reverse, stmts);
        return new IrExpr.Block(stmts, new IrExpr.Local(l));
    }

    /**
     * Sorts the list in {@code l} in place, stably: with the runtime's merge sort for values, with
     * the class's generated merge sort for instances that order with {@code <}
     * (ModuleChecker.sortFunction). reverse=True is done as CPython does it, reversing before and
     * after the sort, so that equal items keep their order (0.0 and -0.0 too).
     */
    private void sortInPlace(Expr.Call call, IrLocal l, boolean reverse, List<IrStmt> stmts) {
        Type t = l.type();
        String classSort = t.a().kind() == Type.Kind.CLASS ? x.scope.classOfType(t.a()).sortFunction : null;
        if (classSort == null) {
            sortable(call, t);
        }
        if (reverse) {
            stmts.add(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_REVERSE, new IrExpr.Local(l))));
        }
        stmts.add(new IrStmt.Eval(classSort != null ? new IrExpr.Call(Type.NONE, classSort, List.of(new IrExpr.Local(l)))
                : op(Type.NONE, IrOp.LIST_SORT, new IrExpr.Local(l))));
        if (reverse) {
            stmts.add(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_REVERSE, new IrExpr.Local(l))));
        }
    }

    private Expr keyKeyword(Expr.Call call) {
        return call.keywords().stream().filter(k -> k.name().equals("key")).map(Expr.Keyword::value)
                .map(x::functionArgument).findFirst().orElse(null);
    }

    /**
     * sorted(xs, key=f): the keys, each paired with its position, are sorted (so equal keys keep
     * their order, also with reverse=True, where the position is negated), then the elements are
     * picked in that order. Each key is computed once, as in CPython.
     */
    private IrExpr sortedByKey(Expr.Call call, IrExpr lst, Expr keyExpr, boolean reverse) {
        Type t = lst.type().a();
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal src = local(lst.type(), lst, stmts);
        // the key of each element, computed in the loop: a lambda's body with its parameter bound, or
        // a call of the named function (as min/max/map do: no closure is made)
        IrLocal item = x.scope.temp(t);
        IrExpr keyOfItem = x.blocks.applyTo(keyExpr, List.of(item), keyExpr.pos());
        Type k = keyOfItem.type();
        if (!k.isOrderable()) {
            throw x.unsupported(keyExpr.pos(), "sort keys of type \"" + k + "\" (int, float, bool, str, bytes, or tuples and lists of them)");
        }
        Type pair = Type.tuple(List.of(k, Type.INT));
        IrLocal pairs = local(Type.list(pair), new IrExpr.Op(Type.list(pair), IrOp.LIST_NEW, List.of()), stmts);
        IrLocal i = local(Type.INT, ExprChecker.intConst(0), stmts);
        IrExpr iv = new IrExpr.Local(i);
        IrExpr position = reverse ? op(Type.INT, IrOp.INT_NEG, iv) : iv;
        stmts.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_LT, iv, op(Type.INT, IrOp.LIST_LEN, new IrExpr.Local(src))),
                List.of(new IrStmt.SetLocal(item, op(t, IrOp.LIST_GET, new IrExpr.Local(src), iv)),
                        new IrStmt.Eval(op(Type.NONE, IrOp.LIST_APPEND, new IrExpr.Local(pairs),
                        new IrExpr.Op(pair, IrOp.TUPLE_NEW, List.of(keyOfItem, position))))),
                List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, ExprChecker.intConst(1))))));
        stmts.add(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_SORT, new IrExpr.Local(pairs))));
        if (reverse) {
            stmts.add(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_REVERSE, new IrExpr.Local(pairs))));
        }
        IrLocal r = local(lst.type(), new IrExpr.Op(lst.type(), IrOp.LIST_NEW, List.of()), stmts);
        stmts.add(new IrStmt.SetLocal(i, ExprChecker.intConst(0)));
        IrExpr at = new IrExpr.Op(Type.INT, IrOp.TUPLE_GET, List.of(op(pair, IrOp.LIST_GET, new IrExpr.Local(pairs), iv),
                ExprChecker.intConst(1)));
        if (reverse) {
            at = op(Type.INT, IrOp.INT_NEG, at);
        }
        stmts.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_LT, iv, op(Type.INT, IrOp.LIST_LEN, new IrExpr.Local(pairs))),
                List.of(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_APPEND, new IrExpr.Local(r), op(t, IrOp.LIST_GET, new IrExpr.Local(src), at)))),
                List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, ExprChecker.intConst(1))))));
        return new IrExpr.Block(stmts, new IrExpr.Local(r));
    }

    private IrLocal local(Type t, IrExpr value, List<IrStmt> stmts) {
        IrLocal l = x.scope.temp(t);
        stmts.add(new IrStmt.SetLocal(l, value));
        return l;
    }

    private boolean reverseKeyword(Expr.Call call) {
        boolean reverse = false;
        for (Expr.Keyword kw : call.keywords()) {
            if (kw.name().equals("key")) {
                continue;
            }
            if (!kw.name().equals("reverse")) {
                throw x.unsupported(kw.pos(), "keyword \"" + kw.name() + "\" for sorting (only reverse=)");
            }
            if (!(kw.value() instanceof Expr.BoolLit b)) {
                throw x.unsupported(kw.pos(), "reverse= other than True or False");
            }
            reverse = b.value();
        }
        return reverse;
    }

    private void sortable(Expr.Call call, Type listType) {
        Type e = listType.a();
        if (!e.isOrderable()) {
            throw x.unsupported(call.pos(), "sorting \"" + listType + "\" (elements must be int, float, bool, str, bytes, tuples and lists of them,"
                    + " or instances of a class with __lt__)");
        }
    }

    /** A new list with the elements of {@code lst}, then each of {@code ops} applied to it. */
    private IrExpr copyOf(IrExpr lst, List<IrOp> ops) {
        IrLocal r = x.scope.temp(lst.type());
        List<IrStmt> stmts = new ArrayList<>();
        stmts.add(new IrStmt.SetLocal(r, lst));
        IrLocal c = x.scope.temp(lst.type());
        stmts.add(new IrStmt.SetLocal(c, new IrExpr.Op(lst.type(), IrOp.LIST_NEW, List.of())));
        stmts.add(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_EXTEND, new IrExpr.Local(c), new IrExpr.Local(r))));
        for (IrOp o : ops) {
            stmts.add(new IrStmt.Eval(op(Type.NONE, o, new IrExpr.Local(c))));
        }
        return new IrExpr.Block(stmts, new IrExpr.Local(c));
    }
}
