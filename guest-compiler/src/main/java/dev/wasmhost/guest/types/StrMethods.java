package dev.wasmhost.guest.types;

import static dev.wasmhost.guest.types.ExprChecker.intConst;
import static dev.wasmhost.guest.types.ExprChecker.op;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.ir.IrStmt;
import dev.wasmhost.guest.syntax.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The str methods beyond {@link CollectionMethods#strMethod}'s basic forms: search with start/end
 * arguments, rfind/rindex, startswith/endswith of a tuple, partition, splitlines, split with
 * maxsplit and rsplit, padding, strip with an argument, case conversion and classification.
 * {@link #method} returns null for the forms it leaves to CollectionMethods.
 */
final class StrMethods {
    /** An end argument past any str: the runtime clips it to the length. */
    private static final long NO_END = 1L << 62;

    private final ExprChecker x;

    StrMethods(ExprChecker x) {
        this.x = x;
    }

    IrExpr method(Expr.Call call, IrExpr s, String m) {
        switch (m) {
            case "find", "index", "count", "startswith", "endswith", "rfind", "rindex" -> {
                boolean tail = m.endsWith("swith");
                if (call.args().size() == 1 && !m.startsWith("r") && !tail || !call.keywords().isEmpty()) {
                    return null;
                }
                arity(call, m, 1, 3);
                IrExpr first = x.check(call.args().get(0));
                if (tail && first.type().kind() == Type.Kind.TUPLE) {
                    return tailmatchAny(call, s, first, m);
                }
                if (tail && first.type().equals(Type.varTuple(Type.STR))) {
                    return tailmatchVar(call, s, first, m);
                }
                IrExpr sub = x.coerceOrFail(first, Type.STR, call.args().get(0).pos(), "Argument 1 to \"" + m
                        + "\" of \"str\" has incompatible type \"" + first.type() + "\"; expected \""
                        + (tail ? "str | tuple[str, ...]" : "str") + "\"");
                if (call.args().size() == 1 && tail) {
                    return op(Type.BOOL, m.equals("startswith") ? IrOp.STR_STARTSWITH : IrOp.STR_ENDSWITH, s, sub);
                }
                IrOp o = switch (m) {
                    case "find" -> IrOp.STR_FIND_IN;
                    case "rfind" -> IrOp.STR_RFIND_IN;
                    case "index" -> IrOp.STR_INDEX_IN;
                    case "rindex" -> IrOp.STR_RINDEX_IN;
                    case "count" -> IrOp.STR_COUNT_IN;
                    case "startswith" -> IrOp.STR_STARTSWITH_IN;
                    default -> IrOp.STR_ENDSWITH_IN;
                };
                return new IrExpr.Op(tail ? Type.BOOL : Type.INT, o, List.of(s, sub, start(call, m), end(call, m)));
            }
            case "partition", "rpartition" -> {
                arity(call, m, 1, 1);
                Type t = Type.tuple(List.of(Type.STR, Type.STR, Type.STR));
                IrExpr empty = new IrExpr.Const(Type.STR, "");
                IrExpr tup = new IrExpr.Op(t, IrOp.TUPLE_NEW, List.of(empty, empty, empty));
                return new IrExpr.Op(t, m.equals("partition") ? IrOp.STR_PARTITION : IrOp.STR_RPARTITION,
                        List.of(s, arg(call, 0, Type.STR, m), tup));
            }
            case "removeprefix", "removesuffix" -> {
                arity(call, m, 1, 1);
                return op(Type.STR, m.equals("removeprefix") ? IrOp.STR_REMOVEPREFIX : IrOp.STR_REMOVESUFFIX,
                        s, arg(call, 0, Type.STR, m));
            }
            case "splitlines" -> {
                IrExpr keepends = new IrExpr.Const(Type.BOOL, false);
                if (call.args().size() > 1) {
                    throw x.error(call.pos(), "Too many arguments for \"splitlines\" of \"str\"");
                }
                if (call.args().size() == 1) {
                    keepends = arg(call, 0, Type.BOOL, m);
                }
                for (Expr.Keyword kw : call.keywords()) {
                    if (!kw.name().equals("keepends") || call.args().size() == 1) {
                        throw x.error(kw.pos(), "Unexpected keyword argument \"" + kw.name() + "\" for \"splitlines\" of \"str\"");
                    }
                    keepends = typed(kw.value(), Type.BOOL, "Argument \"keepends\" to \"splitlines\" of \"str\"");
                }
                Type lst = Type.list(Type.STR);
                return new IrExpr.Op(lst, IrOp.STR_SPLITLINES, List.of(s, keepends, new IrExpr.Op(lst, IrOp.LIST_NEW, List.of())));
            }
            case "split", "rsplit" -> {
                return split(call, s, m);
            }
            case "strip", "lstrip", "rstrip" -> {
                if (call.args().size() != 1 || !call.keywords().isEmpty() || call.args().get(0) instanceof Expr.NoneLit) {
                    if (call.args().size() == 1 && call.args().get(0) instanceof Expr.NoneLit && call.keywords().isEmpty()) {
                        return op(Type.STR, m.equals("strip") ? IrOp.STR_STRIP : m.equals("lstrip") ? IrOp.STR_LSTRIP
                                : IrOp.STR_RSTRIP, s);
                    }
                    return null;
                }
                IrOp o = m.equals("strip") ? IrOp.STR_STRIP_CHARS : m.equals("lstrip") ? IrOp.STR_LSTRIP_CHARS : IrOp.STR_RSTRIP_CHARS;
                return op(Type.STR, o, s, arg(call, 0, Type.STR, m));
            }
            case "ljust", "rjust", "center" -> {
                arity(call, m, 1, 2);
                IrExpr width = arg(call, 0, Type.INT, m);
                IrExpr fill = call.args().size() == 2 ? arg(call, 1, Type.STR, m) : new IrExpr.Const(Type.STR, " ");
                IrOp o = m.equals("ljust") ? IrOp.STR_LJUST : m.equals("rjust") ? IrOp.STR_RJUST : IrOp.STR_CENTER;
                return new IrExpr.Op(Type.STR, o, List.of(s, width, fill));
            }
            case "zfill" -> {
                arity(call, m, 1, 1);
                return op(Type.STR, IrOp.STR_ZFILL, s, arg(call, 0, Type.INT, m));
            }
            case "title", "capitalize", "swapcase", "casefold", "islower", "isupper", "istitle", "isalnum", "isnumeric",
                    "isdecimal", "isprintable", "isascii" -> {
                arity(call, m, 0, 0);
                IrOp o = switch (m) {
                    case "title" -> IrOp.STR_TITLE;
                    case "capitalize" -> IrOp.STR_CAPITALIZE;
                    case "swapcase" -> IrOp.STR_SWAPCASE;
                    case "islower" -> IrOp.STR_ISLOWER;
                    case "isupper" -> IrOp.STR_ISUPPER;
                    case "istitle" -> IrOp.STR_ISTITLE;
                    case "isprintable" -> IrOp.STR_ISPRINTABLE;
                    case "casefold" -> IrOp.STR_CASEFOLD;
                    case "isalnum" -> IrOp.STR_ISALNUM;
                    case "isascii" -> IrOp.STR_ISASCII;
                    case "isdecimal" -> IrOp.STR_ISDECIMAL;
                    default -> IrOp.STR_ISNUMERIC;
                };
                return op(m.startsWith("is") ? Type.BOOL : Type.STR, o, s);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * split/rsplit with sep and maxsplit (positional or keyword; sep may be None for whitespace).
     * Plain split() and split(sep) are left to CollectionMethods.
     */
    private IrExpr split(Expr.Call call, IrExpr s, String m) {
        if (call.args().size() > 2) {
            throw x.error(call.pos(), "Too many arguments for \"" + m + "\" of \"str\"");
        }
        Expr sepExpr = call.args().isEmpty() ? null : call.args().get(0);
        Expr maxExpr = call.args().size() < 2 ? null : call.args().get(1);
        int last = -1;
        for (Expr.Keyword kw : call.keywords()) {
            int k = switch (kw.name()) {
                case "sep" -> 0;
                case "maxsplit" -> 1;
                default -> throw x.error(kw.pos(), "Unexpected keyword argument \"" + kw.name() + "\" for \"" + m + "\" of \"str\"");
            };
            if (k < call.args().size() || (k == 0 ? sepExpr : maxExpr) != null) {
                throw x.error(kw.pos(), "\"" + m + "\" of \"str\" gets multiple values for keyword argument \"" + kw.name() + "\"");
            }
            if (k < last && !(kw.value() instanceof Expr.Name || kw.value() instanceof Expr.IntLit
                    || kw.value() instanceof Expr.StrLit || kw.value() instanceof Expr.NoneLit)) {
                throw x.unsupported(kw.pos(), "keyword arguments out of parameter order with computed values");
            }
            last = Math.max(last, k);
            if (k == 0) {
                sepExpr = kw.value();
            } else {
                maxExpr = kw.value();
            }
        }
        boolean ws = sepExpr == null || sepExpr instanceof Expr.NoneLit;
        if (m.equals("split") && maxExpr == null && call.keywords().isEmpty() && !(sepExpr instanceof Expr.NoneLit)) {
            return null;
        }
        IrExpr sep = ws ? null : typed(sepExpr, Type.STR, "Argument 1 to \"" + m + "\" of \"str\"");
        IrExpr max = maxExpr == null ? intConst(-1) : typed(maxExpr, Type.INT, "Argument 2 to \"" + m + "\" of \"str\"");
        Type lst = Type.list(Type.STR);
        IrExpr pieces = new IrExpr.Op(lst, IrOp.LIST_NEW, List.of());
        if (ws) {
            return new IrExpr.Op(lst, m.equals("split") ? IrOp.STR_SPLIT_WS_MAX : IrOp.STR_RSPLIT_WS, List.of(s, max, pieces));
        }
        return new IrExpr.Op(lst, m.equals("split") ? IrOp.STR_SPLIT_MAX : IrOp.STR_RSPLIT_SEP, List.of(s, sep, max, pieces));
    }

    /**
     * startswith/endswith of a tuple of strs: true if any item matches; the str, the tuple and
     * start/end are evaluated once, in source order.
     */
    private IrExpr tailmatchAny(Expr.Call call, IrExpr s, IrExpr tuple, String m) {
        List<Type> items = tuple.type().items();
        for (Type t : items) {
            if (t != Type.STR) {
                throw x.error(call.args().get(0).pos(), "Argument 1 to \"" + m + "\" of \"str\" has incompatible type \""
                        + tuple.type() + "\"; expected \"str | tuple[str, ...]\"");
            }
        }
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal sv = local(s, stmts);
        IrLocal tv = local(tuple, stmts);
        IrLocal st = local(start(call, m), stmts);
        IrLocal en = local(end(call, m), stmts);
        IrOp o = m.equals("startswith") ? IrOp.STR_STARTSWITH_IN : IrOp.STR_ENDSWITH_IN;
        IrExpr any = new IrExpr.Const(Type.BOOL, false);
        for (int k = items.size() - 1; k >= 0; k--) {
            IrExpr item = new IrExpr.Op(Type.STR, IrOp.TUPLE_GET, List.of(new IrExpr.Local(tv), intConst(k)));
            IrExpr test = new IrExpr.Op(Type.BOOL, o, List.of(new IrExpr.Local(sv), item, new IrExpr.Local(st),
                    new IrExpr.Local(en)));
            any = k == items.size() - 1 ? test : new IrExpr.Logic(false, test, any);
        }
        return new IrExpr.Block(stmts, any);
    }

    /**
     * startswith/endswith of a {@code tuple[str, ...]}: true if any item matches (a loop that stops at
     * the first); the str, the tuple and start/end are evaluated once, in source order.
     */
    private IrExpr tailmatchVar(Expr.Call call, IrExpr s, IrExpr tuple, String m) {
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal sv = local(s, stmts);
        IrLocal tv = local(tuple, stmts);
        IrLocal st = local(start(call, m), stmts);
        IrLocal en = local(end(call, m), stmts);
        IrLocal found = local(new IrExpr.Const(Type.BOOL, false), stmts);
        IrLocal i = local(intConst(0), stmts);
        IrExpr iv = new IrExpr.Local(i);
        IrOp o = m.equals("startswith") ? IrOp.STR_STARTSWITH_IN : IrOp.STR_ENDSWITH_IN;
        IrExpr item = new IrExpr.Op(Type.STR, IrOp.LIST_GET, List.of(new IrExpr.Local(tv), iv));
        IrExpr test = new IrExpr.Op(Type.BOOL, o, List.of(new IrExpr.Local(sv), item, new IrExpr.Local(st), new IrExpr.Local(en)));
        stmts.add(new IrStmt.Loop(new IrExpr.Logic(true, new IrExpr.Op(Type.BOOL, IrOp.NOT, List.of(new IrExpr.Local(found))),
                new IrExpr.Op(Type.BOOL, IrOp.INT_LT, List.of(iv, new IrExpr.Op(Type.INT, IrOp.LIST_LEN, List.of(new IrExpr.Local(tv)))))),
                List.of(new IrStmt.SetLocal(found, test)),
                List.of(new IrStmt.SetLocal(i, new IrExpr.Op(Type.INT, IrOp.INT_ADD, List.of(iv, intConst(1)))))));
        return new IrExpr.Block(stmts, new IrExpr.Local(found));
    }

    private IrLocal local(IrExpr value, List<IrStmt> stmts) {
        IrLocal l = x.scope.temp(value.type());
        stmts.add(new IrStmt.SetLocal(l, value));
        return l;
    }

    /** The start argument (absent or None: 0). */
    private IrExpr start(Expr.Call call, String m) {
        return call.args().size() >= 2 && !(call.args().get(1) instanceof Expr.NoneLit) ? arg(call, 1, Type.INT, m) : intConst(0);
    }

    /** The end argument (absent or None: past the end). */
    private IrExpr end(Expr.Call call, String m) {
        return call.args().size() >= 3 && !(call.args().get(2) instanceof Expr.NoneLit) ? arg(call, 2, Type.INT, m) : intConst(NO_END);
    }

    private IrExpr arg(Expr.Call call, int k, Type t, String m) {
        return typed(call.args().get(k), t, "Argument " + (k + 1) + " to \"" + m + "\" of \"str\"");
    }

    private IrExpr typed(Expr e, Type t, String what) {
        IrExpr v = x.check(e, t);
        return x.coerceOrFail(v, t, e.pos(), what + " has incompatible type \"" + v.type() + "\"; expected \"" + t + "\"");
    }

    private void arity(Expr.Call call, String m, int min, int max) {
        if (!call.keywords().isEmpty()) {
            throw x.error(call.keywords().get(0).pos(), "\"" + m + "\" of \"str\" does not take keyword arguments");
        }
        if (call.args().size() < min || call.args().size() > max) {
            throw x.error(call.pos(), (call.args().size() < min ? "Missing positional argument" : "Too many arguments")
                    + " for \"" + m + "\" of \"str\"");
        }
    }
}
