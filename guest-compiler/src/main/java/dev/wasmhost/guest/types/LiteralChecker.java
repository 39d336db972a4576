package dev.wasmhost.guest.types;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Pos;
import java.util.ArrayList;
import java.util.List;

/** Types list and dict literals (element types from the items or the expected type) and f-strings. */
final class LiteralChecker {
    private final ExprChecker x;

    LiteralChecker(ExprChecker x) {
        this.x = x;
    }

    IrExpr listLiteral(Expr.ListLit l, Type expected) {
        Type elem = expected != null && expected.kind() == Type.Kind.LIST ? expected.a() : null;
        List<IrExpr> items = checkItems(l.items(), elem);
        if (elem == null) {
            for (IrExpr item : items) {
                if (item == null) {
                    continue;
                }
                Type j = elem == null ? item.type() : ExprChecker.join(elem, item.type());
                if (j == null) {
                    throw x.unsupported(l.pos(), "list with mixed element types (\"" + elem + "\" and \"" + item.type() + "\")");
                }
                elem = j;
            }
            if (elem == null) {
                throw new ExprChecker.NeedsAnnotation(l.pos(), "list[<type>]");
            }
            // empty displays among the items take the others' type ([[x], []])
            for (int k = 0; k < items.size(); k++) {
                if (items.get(k) == null) {
                    items.set(k, x.check(l.items().get(k), elem));
                }
            }
        }
        List<IrExpr> coerced = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            coerced.add(x.coerceOrFail(items.get(k), elem, l.items().get(k).pos(),
                    "List item " + k + " has incompatible type \"" + items.get(k).type() + "\"; expected \"" + elem + "\""));
        }
        checkElementType(l.pos(), elem);
        return new IrExpr.Op(Type.list(elem), IrOp.LIST_NEW, coerced);
    }

    /**
     * The items checked with the expected element type; without one, an empty list or dict display
     * among them is left null, to be typed by the others (as mypy joins them).
     */
    private List<IrExpr> checkItems(List<Expr> exprs, Type elem) {
        List<IrExpr> items = new ArrayList<>();
        for (Expr item : exprs) {
            items.add(checkOrDefer(item, elem, exprs.size()));
        }
        return items;
    }

    /** The item checked, or null when it needs the element type that its siblings will give ([] in [[x], []], or [[]]). */
    private IrExpr checkOrDefer(Expr item, Type elem, int siblings) {
        if (elem != null || siblings < 2) {
            return x.check(item, elem);
        }
        try {
            return x.check(item, null);
        } catch (ExprChecker.NeedsAnnotation e) {
            return null;
        }
    }

    /** The join of the checked items' types (nulls skipped), or null when there is none or they do not join. */
    private static Type joinedType(List<IrExpr> items) {
        Type t = null;
        for (IrExpr item : items) {
            if (item == null) {
                continue;
            }
            t = t == null ? item.type() : ExprChecker.join(t, item.type());
            if (t == null) {
                return null;
            }
        }
        return t;
    }

    IrExpr dictLiteral(Expr.DictLit d, Type expected) {
        Type kt = expected != null && expected.kind() == Type.Kind.DICT ? expected.a() : null;
        Type vt = expected != null && expected.kind() == Type.Kind.DICT ? expected.b() : null;
        List<IrExpr> keys = new ArrayList<>();
        List<IrExpr> values = new ArrayList<>();
        for (int k = 0; k < d.keys().size(); k++) {
            keys.add(x.check(d.keys().get(k), kt));
            Expr v = d.values().get(k);
            values.add(checkOrDefer(v, vt, d.values().size()));
        }
        if (kt == null) {
            if (keys.isEmpty()) {
                throw new ExprChecker.NeedsAnnotation(d.pos(), "dict[<type>, <type>]");
            }
            kt = keys.get(0).type();
            for (int k = 0; k < keys.size(); k++) {
                Type jk = ExprChecker.join(kt, keys.get(k).type());
                if (jk == null) {
                    throw x.unsupported(d.pos(), "dict with mixed key or value types");
                }
                kt = jk;
            }
        }
        if (vt == null) {
            vt = joinedType(values);
            if (vt == null) {
                throw values.stream().allMatch(java.util.Objects::isNull) ? new ExprChecker.NeedsAnnotation(d.pos(), "dict[<type>, <type>]")
                        : x.unsupported(d.pos(), "dict with mixed key or value types");
            }
            for (int k = 0; k < values.size(); k++) {
                if (values.get(k) == null) {
                    values.set(k, x.check(d.values().get(k), vt));
                }
            }
        }
        checkKeyType(d.pos(), kt);
        checkElementType(d.pos(), vt);
        List<IrExpr> args = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            String msg = "Dict entry " + k + " has incompatible type \"" + keys.get(k).type() + "\": \""
                    + values.get(k).type() + "\"; expected \"" + kt + "\": \"" + vt + "\"";
            args.add(x.coerceOrFail(keys.get(k), kt, d.keys().get(k).pos(), msg));
            args.add(x.coerceOrFail(values.get(k), vt, d.values().get(k).pos(), msg));
        }
        return new IrExpr.Op(Type.dict(kt, vt), IrOp.DICT_NEW, args);
    }

    void checkKeyType(Pos pos, Type key) {
        if (!key.isKey()) {
            throw x.unsupported(pos, "dict keys of type \"" + key + "\" (use int, str, bool or tuples of them)");
        }
    }

    void checkElementType(Pos pos, Type elem) {
        if (elem == Type.NONE) {
            throw x.unsupported(pos, "containers of None");
        }
    }

    IrExpr fstring(Expr.FString f) {
        IrExpr result = null;
        for (Expr part : f.parts()) {
            IrExpr piece;
            if (part instanceof Expr.Formatted field) {
                piece = formatted(field);
            } else {
                piece = x.check(part);
            }
            result = result == null ? piece : ExprChecker.op(Type.STR, IrOp.STR_CONCAT, result, piece);
        }
        return result == null ? new IrExpr.Const(Type.STR, "") : result;
    }

    private IrExpr formatted(Expr.Formatted field) {
        x.dicts.rejectViewText(field.value());
        IrExpr v = x.check(field.value());
        if (field.conversion() == 'r') {
            v = x.stringOf(v, true, field.pos());
        } else if (field.conversion() == 's') {
            v = x.toStr(v, field.pos());
        }
        if (field.spec() == null || field.spec().isEmpty()) {
            return x.stringOf(v, false, field.pos());
        }
        List<IrExpr> fields = new ArrayList<>();
        for (Expr e : field.specFields()) {
            IrExpr w = x.check(e);
            if (w.type() != Type.INT) {
                throw x.unsupported(e.pos(), "a replacement field in a format spec that is not an int width or precision"
                        + " (this one is \"" + w.type() + "\")");
            }
            fields.add(w);
        }
        return FormatSpec.parse(x.scope.file(), field.pos(), field.spec()).apply(x, field.pos(), v, fields);
    }
}
