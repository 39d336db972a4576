package dev.wasmhost.guest.types;

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
 * Lowers assignments: to variables, list and dict items, and instance fields, plain, annotated and
 * augmented. Values that must be evaluated before the target (Python's order) go to a temporary.
 */
final class AssignLowering {
    private final FunctionChecker fc;
    private final ExprChecker exprs;

    AssignLowering(FunctionChecker fc, ExprChecker exprs) {
        this.fc = fc;
        this.exprs = exprs;
    }

    void assign(Stmt.Assign a, List<IrStmt> out) {
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.TupleLit t && a.value() instanceof Expr.TupleLit v
                && t.items().size() == v.items().size() && t.items().stream().noneMatch(i -> i instanceof Expr.Starred)) {
            // a, b = b, a: every value is evaluated before any target is assigned
            List<IrExpr> temps = new java.util.ArrayList<>();
            for (int k = 0; k < v.items().size(); k++) {
                IrExpr value = exprs.check(v.items().get(k), expectedType(t.items().get(k)));
                IrLocal tmp = fc.temp(value.type());
                out.add(new IrStmt.SetLocal(tmp, value));
                temps.add(new IrExpr.Local(tmp));
            }
            for (int k = 0; k < t.items().size(); k++) {
                storeTo(t.items().get(k), temps.get(k), v.items().get(k).pos(), out);
            }
            return;
        }
        if (a.targets().size() == 1) {
            assignTo(a.targets().get(0), a.value(), null, out);
            return;
        }
        IrExpr v = exprs.check(a.value(), expectedType(a.targets().get(0)));
        IrLocal t = fc.temp(v.type());
        out.add(new IrStmt.SetLocal(t, v));
        for (Expr target : a.targets()) {
            storeTo(target, new IrExpr.Local(t), a.value().pos(), out);
        }
    }

    void annAssign(Stmt.AnnAssign a, List<IrStmt> out) {
        if (a.target() instanceof Expr.Attribute attr && attr.target() instanceof Expr.Name) {
            // self.x: T = v in __init__ declared the field (ModuleChecker.declareInitFields); elsewhere the
            // annotation must match the field's type
            Type declared = fc.resolveType(a.annotation());
            IrExpr obj = exprs.check(attr.target());
            ClassInfo c = obj.type().kind() == Type.Kind.CLASS ? fc.classOfType(obj.type()) : null;
            int slot = c == null ? -1 : c.field(attr.name());
            if (slot < 0) {
                throw exprs.unsupported(a.pos(), "an annotated assignment to an attribute other than a field of a class"
                        + " (declare fields in the class body or as self.x: T = ... in __init__)");
            }
            if (!c.fieldTypes.get(slot).equals(declared)) {
                throw exprs.error(a.pos(), "Incompatible types in assignment (attribute \"" + attr.name()
                        + "\" is declared with type \"" + c.fieldTypes.get(slot) + "\")");
            }
            if (a.value() != null) {
                assignTo(a.target(), a.value(), declared, out);
            }
            return;
        }
        if (!(a.target() instanceof Expr.Name name)) {
            throw exprs.unsupported(a.pos(), "annotated assignment to an index");
        }
        Type declared = fc.resolveType(a.annotation());
        Type existing = fc.variableType(name.id());
        if (existing != null && !existing.equals(declared)) {
            throw exprs.error(a.pos(), "Name \"" + name.id() + "\" already defined with type \"" + existing + "\"");
        }
        if (existing == null) {
            fc.declare(name.id(), declared);
        }
        if (a.value() != null) {
            assignTo(a.target(), a.value(), declared, out);
        }
    }

    /** {@code util.x = ...} is not supported: modules' variables are assigned by their own code. */
    private void noModuleTarget(Expr target) {
        if (target instanceof Expr.Attribute attr && exprs.moduleOf(attr.target()) != null) {
            throw exprs.unsupported(target.pos(), "assigning to a variable of module \"" + exprs.moduleOf(attr.target()).moduleName()
                    + "\" from another module (give that module a function that assigns it)");
        }
    }

    private void assignTo(Expr target, Expr valueExpr, Type annotated, List<IrStmt> out) {
        noModuleTarget(target);
        if (target instanceof Expr.Attribute attr) {
            IrExpr obj = exprs.check(attr.target());
            Type fieldType = null;
            if (obj.type().kind() == Type.Kind.CLASS) {
                ClassInfo c = fc.classOfType(obj.type());
                int slot = c.field(attr.name());
                fieldType = slot < 0 ? null : c.fieldTypes.get(slot);
            }
            IrExpr v = exprs.check(valueExpr, fieldType);
            if (!isPure(v)) {
                IrLocal t = fc.temp(v.type());
                out.add(new IrStmt.SetLocal(t, v));
                v = new IrExpr.Local(t);
            }
            out.add(new IrStmt.Eval(exprs.fieldSet(attr, obj, v)));
            fc.kill("." + attr.name());
            return;
        }
        Type expected = annotated != null ? annotated : expectedType(target);
        IrExpr v;
        try {
            v = exprs.check(valueExpr, expected);
        } catch (ExprChecker.NeedsAnnotation e) {
            if (target instanceof Expr.Name n) {
                throw exprs.error(target.pos(), "Need type annotation for \"" + n.id() + "\" (hint: \""
                        + n.id() + ": " + e.hint + " = ...\")");
            }
            throw e;
        }
        storeTo(target, v, valueExpr.pos(), out);
    }

    /** The variable's type if it has one already, to type an empty literal on the right. */
    private Type expectedType(Expr target) {
        if (target instanceof Expr.Name n) {
            return fc.variableType(n.id());
        }
        // d[k] = [] or xs[i] = {}: the container's element type types the empty literal
        if (target instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && !(ix.index() instanceof Expr.Slice)) {
            Type c = fc.variableType(n.id());
            if (c != null && c.kind() == Type.Kind.DICT) {
                return c.b();
            }
            if (c != null && c.kind() == Type.Kind.LIST) {
                return c.a();
            }
        }
        // xs[a:b] = []: the list's own type
        if (target instanceof Expr.Index ix && ix.target() instanceof Expr.Name n && ix.index() instanceof Expr.Slice) {
            Type c = fc.variableType(n.id());
            if (c != null && c.kind() == Type.Kind.LIST) {
                return c;
            }
        }
        return null;
    }

    void storeTo(Expr target, IrExpr v, Pos valuePos, List<IrStmt> out) {
        if (target instanceof Expr.Name n) {
            fc.storeName(n, v, out);
            return;
        }
        if (target instanceof Expr.TupleLit t) {
            unpack(t, v, valuePos, out);
            return;
        }
        if (!isPure(v)) {
            IrLocal t = fc.temp(v.type());
            out.add(new IrStmt.SetLocal(t, v));
            v = new IrExpr.Local(t);
        }
        noModuleTarget(target);
        if (target instanceof Expr.Attribute attr) {
            out.add(new IrStmt.Eval(exprs.fieldSet(attr, exprs.check(attr.target()), v)));
            return;
        }
        Expr.Index ix = (Expr.Index) target;
        if (!isPure(v)) {
            IrLocal t = fc.temp(v.type());
            out.add(new IrStmt.SetLocal(t, v));
            v = new IrExpr.Local(t);
        }
        IrExpr container = exprs.check(ix.target());
        storeIndex(ix, container, null, v, out);
    }

    /** container[index] = v; {@code key} is the already-checked index when the caller has one. */
    private void storeIndex(Expr.Index ix, IrExpr container, IrExpr key, IrExpr v, List<IrStmt> out) {
        if (ix.index() instanceof Expr.Slice sl) {
            sliceAssign(ix, sl, container, v, out);
            return;
        }
        Type ct = container.type();
        String incompatible = "Incompatible types in assignment (expression has type \"" + v.type()
                + "\", target has type \"%s\")";
        switch (ct.kind()) {
            case LIST -> {
                IrExpr i = key != null ? key : exprs.indexInt(ix.index(), ct);
                v = exprs.coerceOrFail(v, ct.a(), ix.pos(), incompatible.formatted(ct.a()));
                out.add(new IrStmt.Eval(new IrExpr.Op(Type.NONE, IrOp.LIST_SET, List.of(container, i, v))));
            }
            case DICT -> {
                IrExpr k = key != null ? key : exprs.check(ix.index());
                k = exprs.coerceOrFail(k, ct.a(), ix.index().pos(), "Invalid index type \"" + k.type() + "\" for \""
                        + ct + "\"; expected type \"" + ct.a() + "\"");
                v = exprs.coerceOrFail(v, ct.b(), ix.pos(), incompatible.formatted(ct.b()));
                out.add(new IrStmt.Eval(new IrExpr.Op(Type.NONE, IrOp.DICT_SET, List.of(container, k, v))));
            }
            default -> throw exprs.error(ix.pos(), "Unsupported target for indexed assignment (\"" + ct + "\")");
        }
    }

    /**
     * {@code xs[a:b] = ys} and {@code xs[a:b:s] = ys} on a list (runtime list_set_slice): ys, a list of
     * the same item type, is copied first (it may be xs itself), then the bounds are evaluated, as
     * CPython evaluates the value before the target.
     */
    private void sliceAssign(Expr.Index ix, Expr.Slice sl, IrExpr container, IrExpr v, List<IrStmt> out) {
        Type ct = container.type();
        if (ct.kind() != Type.Kind.LIST) {
            throw ct.kind() == Type.Kind.STR || ct.kind() == Type.Kind.BYTES || ct.isSequence() || ct.kind() == Type.Kind.TUPLE
                    ? exprs.error(ix.pos(), "Unsupported target for indexed assignment (\"" + ct + "\")")
                    : exprs.unsupported(sl.pos(), "slice assignment to \"" + ct + "\" (lists only)");
        }
        if (v.type().kind() != Type.Kind.LIST || !ExprChecker.assignable(v.type(), ct)) {
            throw exprs.error(ix.pos(), "Incompatible types in assignment (expression has type \"" + v.type()
                    + "\", target has type \"" + ct + "\")");
        }
        IrLocal copy = fc.temp(ct);
        out.add(new IrStmt.SetLocal(copy, new IrExpr.Op(ct, IrOp.LIST_NEW, List.of())));
        out.add(new IrStmt.Eval(new IrExpr.Op(Type.NONE, IrOp.LIST_EXTEND, List.of(new IrExpr.Local(copy), v))));
        IrLocal target = fc.temp(ct);
        out.add(new IrStmt.SetLocal(target, container));
        List<IrExpr> args = new ArrayList<>();
        args.add(new IrExpr.Local(target));
        args.addAll(exprs.sliceBounds(sl, out));
        args.add(new IrExpr.Local(copy));
        out.add(new IrStmt.Eval(new IrExpr.Op(Type.NONE, IrOp.LIST_SET_SLICE, args)));
    }

    void augAssign(Stmt.AugAssign a, List<IrStmt> out) {
        if (a.target() instanceof Expr.Name n) {
            IrExpr current = fc.read(n.id(), n.pos());
            IrExpr result = augmented(a, current);
            storeTo(a.target(), result, a.value().pos(), out);
            return;
        }
        noModuleTarget(a.target());
        if (a.target() instanceof Expr.Attribute attr) {
            IrExpr obj = exprs.check(attr.target());
            IrLocal o = fc.temp(obj.type());
            out.add(new IrStmt.SetLocal(o, obj));
            IrExpr current = exprs.fieldGet(attr, new IrExpr.Local(o));
            IrExpr result = augmented(a, current);
            IrLocal r = fc.temp(result.type());
            out.add(new IrStmt.SetLocal(r, result));
            out.add(new IrStmt.Eval(exprs.fieldSet(attr, new IrExpr.Local(o), new IrExpr.Local(r))));
            return;
        }
        Expr.Index ix = (Expr.Index) a.target();
        if (ix.index() instanceof Expr.Slice sl) {
            throw exprs.unsupported(sl.pos(), "slice assignment");
        }
        IrExpr container = exprs.check(ix.target());
        IrLocal c = fc.temp(container.type());
        out.add(new IrStmt.SetLocal(c, container));
        IrExpr key = container.type().kind() == Type.Kind.LIST || container.type().kind() == Type.Kind.STR
                ? exprs.indexInt(ix.index(), container.type()) : exprs.check(ix.index());
        IrLocal k = fc.temp(key.type());
        out.add(new IrStmt.SetLocal(k, key));
        Type ct = container.type();
        IrExpr current = switch (ct.kind()) {
            case LIST -> op(ct.a(), IrOp.LIST_GET, new IrExpr.Local(c), new IrExpr.Local(k));
            case DICT -> op(ct.b(), IrOp.DICT_GET, new IrExpr.Local(c),
                    exprs.coerceOrFail(new IrExpr.Local(k), ct.a(), ix.index().pos(), "Invalid index type \""
                            + key.type() + "\" for \"" + ct + "\"; expected type \"" + ct.a() + "\""));
            default -> throw exprs.error(ix.pos(), "Unsupported target for indexed assignment (\"" + ct + "\")");
        };
        IrExpr result = augmented(a, current);
        storeIndex(ix, new IrExpr.Local(c), new IrExpr.Local(k), result, out);
    }

    /** {@code current op= value}: sets and dicts ({@code |=}) change in place (session 6), other values are recomputed. */
    private IrExpr augmented(Stmt.AugAssign a, IrExpr current) {
        IrExpr value = exprs.check(a.value());
        IrExpr inPlace = exprs.sets.inPlace(a.pos(), a.op(), current, value);
        if (inPlace == null) {
            inPlace = exprs.dicts.inPlace(a.pos(), a.op(), current, value);
        }
        if (inPlace == null) {
            inPlace = listInPlace(a.op(), current, value);
        }
        return inPlace != null ? inPlace : exprs.binary(a.pos(), a.op(), current, value);
    }

    /**
     * {@code xs += ys} and {@code xs *= n} change the list itself, as in CPython (another name for
     * it sees the change); null when the operands are not a list and a list (or an int).
     */
    private IrExpr listInPlace(String op, IrExpr current, IrExpr value) {
        Type t = current.type();
        if (t.kind() != Type.Kind.LIST) {
            return null;
        }
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal xs = fc.temp(t);
        stmts.add(new IrStmt.SetLocal(xs, current));
        IrExpr xv = new IrExpr.Local(xs);
        if (op.equals("+") && value.type().equals(t)) {
            stmts.add(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_EXTEND, xv, value)));
            return new IrExpr.Block(stmts, xv);
        }
        if (op.equals("+") && ExprChecker.assignable(value.type(), Type.varTuple(t.a()))
                && (value.type().kind() == Type.Kind.TUPLE || value.type().kind() == Type.Kind.VARTUPLE)) {
            // xs += (a, b): list.__iadd__ takes any iterable (where xs + (a, b) is a TypeError)
            stmts.add(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_EXTEND, xv, ExprChecker.coerce(value, Type.varTuple(t.a())))));
            return new IrExpr.Block(stmts, xv);
        }
        if (op.equals("*") && (value.type() == Type.INT || value.type() == Type.BOOL)) {
            // n <= 0 empties the list; else n - 1 more copies of its items
            IrLocal n = fc.temp(Type.INT);
            stmts.add(new IrStmt.SetLocal(n, ExprChecker.coerce(value, Type.INT)));
            IrLocal copy = fc.temp(t);
            stmts.add(new IrStmt.SetLocal(copy, new IrExpr.Op(t, IrOp.LIST_NEW, List.of())));
            stmts.add(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_EXTEND, new IrExpr.Local(copy), xv)));
            IrExpr nv = new IrExpr.Local(n);
            stmts.add(new IrStmt.If(op(Type.BOOL, IrOp.INT_LE, nv, ExprChecker.intConst(0)),
                    List.of(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_CLEAR, xv))), List.of()));
            stmts.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_GT, nv, ExprChecker.intConst(1)),
                    List.of(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_EXTEND, xv, new IrExpr.Local(copy)))),
                    List.of(new IrStmt.SetLocal(n, op(Type.INT, IrOp.INT_SUB, nv, ExprChecker.intConst(1))))));
            return new IrExpr.Block(stmts, xv);
        }
        return null;
    }

    /** {@code a, b = value}: a tuple of as many items, or a list (its length checked when it runs). */
    private void unpack(Expr.TupleLit target, IrExpr v, Pos valuePos, List<IrStmt> out) {
        if (target.items().stream().anyMatch(i -> i instanceof Expr.Starred)) {
            unpackStarred(target, v, valuePos, out);
            return;
        }
        if (v.type().isSequence()) {
            List<IrExpr> items = exprs.listItems(v, target.items().size(), out);
            for (int k = 0; k < items.size(); k++) {
                storeTo(target.items().get(k), items.get(k), valuePos, out);
            }
            return;
        }
        if (v.type().kind() != Type.Kind.TUPLE) {
            throw exprs.unsupported(valuePos, "unpacking a value of type \"" + v.type() + "\" (only tuples unpack)");
        }
        List<Type> items = v.type().items();
        checkCount(target.items().size(), items.size(), valuePos);
        IrLocal t = fc.temp(v.type());
        out.add(new IrStmt.SetLocal(t, v));
        for (int k = 0; k < items.size(); k++) {
            storeTo(target.items().get(k), new IrExpr.Op(items.get(k), IrOp.TUPLE_GET, List.of(new IrExpr.Local(t),
                    ExprChecker.intConst(k))), valuePos, out);
        }
    }

    /**
     * {@code first, *rest = xs} (one starred name anywhere among the targets) of a list: the names
     * before and after it take single items, the starred one a new list of those between (CPython's
     * ValueError when there are fewer items than single names).
     */
    private void unpackStarred(Expr.TupleLit target, IrExpr v, Pos valuePos, List<IrStmt> out) {
        int star = -1;
        for (int k = 0; k < target.items().size(); k++) {
            if (target.items().get(k) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw exprs.error(target.items().get(k).pos(), "multiple starred expressions in assignment");
                }
                star = k;
            }
        }
        if (ExprChecker.itemType(v.type()) != null) {
            v = ExprChecker.coerce(v, Type.varTuple(ExprChecker.itemType(v.type())));
        }
        if (!v.type().isSequence()) {
            throw exprs.unsupported(valuePos, "starred unpacking of \"" + v.type() + "\" (lists and tuples of one item type only)");
        }
        int before = star;
        int after = target.items().size() - star - 1;
        IrLocal xs = fc.temp(v.type());
        out.add(new IrStmt.SetLocal(xs, v));
        IrLocal n = fc.temp(Type.INT);
        out.add(new IrStmt.SetLocal(n, op(Type.INT, IrOp.LIST_LEN, new IrExpr.Local(xs))));
        IrExpr nv = new IrExpr.Local(n);
        out.add(ExprChecker.notEnoughValues(nv, before + after, "at least "));
        Type t = v.type();
        // the middle: a new list of items before .. n - after (a list also when unpacking a tuple, as in CPython)
        IrLocal middle = fc.temp(Type.list(t.a()));
        out.add(new IrStmt.SetLocal(middle, new IrExpr.Op(middle.type(), IrOp.LIST_NEW, List.of())));
        IrLocal i = fc.temp(Type.INT);
        out.add(new IrStmt.SetLocal(i, ExprChecker.intConst(before)));
        IrExpr iv = new IrExpr.Local(i);
        out.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_LT, iv, op(Type.INT, IrOp.INT_SUB, nv, ExprChecker.intConst(after))),
                List.of(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_APPEND, new IrExpr.Local(middle),
                        op(t.a(), IrOp.LIST_GET, new IrExpr.Local(xs), iv)))),
                List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, ExprChecker.intConst(1))))));
        for (int k = 0; k < target.items().size(); k++) {
            Expr item = target.items().get(k);
            if (k == star) {
                storeTo(((Expr.Starred) item).value(), new IrExpr.Local(middle), valuePos, out);
            } else {
                IrExpr index = k < star ? ExprChecker.intConst(k)
                        : op(Type.INT, IrOp.INT_SUB, nv, ExprChecker.intConst(target.items().size() - k));
                storeTo(item, op(t.a(), IrOp.LIST_GET, new IrExpr.Local(xs), index), valuePos, out);
            }
        }
    }

    /** mypy's messages for unpacking {@code provided} values into {@code expected} targets. */
    void checkCount(int expected, int provided, Pos pos) {
        if (provided > expected) {
            throw exprs.error(pos, "Too many values to unpack (" + expected + " expected, " + provided + " provided)");
        }
        if (provided < expected) {
            throw exprs.error(pos, "Need more than " + provided + " value" + (provided == 1 ? "" : "s") + " to unpack ("
                    + expected + " expected)");
        }
    }

    static boolean isPure(IrExpr e) {
        return e instanceof IrExpr.Const || e instanceof IrExpr.Local;
    }
}
