package dev.wasmhost.guest.types;

import dev.wasmhost.guest.CompileError;
import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Pos;
import java.math.BigInteger;
import java.util.List;

/** Types expressions and lowers them to typed IR. */
final class ExprChecker {
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    final Scope scope;
    private final CallChecker calls;
    private final LiteralChecker literals;
    private final BlockLowering blocks;

    ExprChecker(Scope scope) {
        this.scope = scope;
        this.calls = new CallChecker(this);
        this.literals = new LiteralChecker(this);
        this.blocks = new BlockLowering(this, literals);
    }

    IrExpr check(Expr e) {
        return check(e, null);
    }

    /** Checks {@code e}; {@code expected} (may be null) types empty list and dict literals. */
    IrExpr check(Expr e, Type expected) {
        return switch (e) {
            case Expr.IntLit lit -> {
                if (lit.value().compareTo(MIN) < 0 || lit.value().compareTo(MAX) > 0) {
                    throw error(lit.pos(), "integer literal does not fit in 64 bits (int is 64-bit in the guest language)");
                }
                yield new IrExpr.Const(Type.INT, lit.value().longValue());
            }
            case Expr.FloatLit lit -> new IrExpr.Const(Type.FLOAT, lit.value());
            case Expr.BoolLit lit -> new IrExpr.Const(Type.BOOL, lit.value());
            case Expr.StrLit lit -> new IrExpr.Const(Type.STR, lit.value());
            case Expr.NoneLit lit -> new IrExpr.Const(Type.NONE, null);
            case Expr.Name name -> scope.read(name.id(), name.pos());
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> binary(b.pos(), b.op(), check(b.left()), check(b.right()));
            case Expr.BoolOp b -> {
                IrExpr l = check(b.left());
                IrExpr r = check(b.right());
                if (l.type() != Type.BOOL || r.type() != Type.BOOL) {
                    throw unsupported(b.pos(), "'" + b.op() + "' on non-bool operands (\"" + l.type()
                            + "\" and \"" + r.type() + "\")");
                }
                yield new IrExpr.Logic(b.op().equals("and"), l, r);
            }
            case Expr.Compare c -> compare(c);
            case Expr.IfExp ie -> {
                IrExpr cond = condition(ie.cond());
                IrExpr a = check(ie.then(), expected);
                IrExpr b = check(ie.otherwise(), expected);
                Type t = join(a.type(), b.type());
                if (t == null) {
                    throw error(ie.pos(), "Incompatible types in conditional expression (\"" + a.type()
                            + "\" and \"" + b.type() + "\")");
                }
                yield new IrExpr.Cond(t, cond, coerce(a, t), coerce(b, t));
            }
            case Expr.Call call -> calls.call(call);
            case Expr.Index ix -> index(ix);
            case Expr.Attribute a -> fieldGet(a, check(a.target()));
            case Expr.ListLit l -> literals.listLiteral(l, expected);
            case Expr.DictLit d -> literals.dictLiteral(d, expected);
            case Expr.FString f -> literals.fstring(f);
            case Expr.TupleLit t -> tuple(t, expected);
            case Expr.Slice s -> throw unsupported(s.pos(), "slice outside a subscript (slice objects)");
            case Expr.ListComp c -> blocks.listComp(c, expected);
            case Expr.DictComp c -> blocks.dictComp(c, expected);
            case Expr.Formatted f -> throw unsupported(f.pos(), "replacement field outside an f-string");
        };
    }

    /** A tuple display; {@code expected} (a tuple type of the same length) types its items. */
    private IrExpr tuple(Expr.TupleLit t, Type expected) {
        List<Type> want = expected != null && expected.kind() == Type.Kind.TUPLE && expected.items().size() == t.items().size()
                ? expected.items() : null;
        if (t.items().size() > 32) {
            throw unsupported(t.pos(), "tuples of more than 32 items");
        }
        List<IrExpr> items = new java.util.ArrayList<>();
        List<Type> types = new java.util.ArrayList<>();
        for (int k = 0; k < t.items().size(); k++) {
            Expr e = t.items().get(k);
            IrExpr v = check(e, want == null ? null : want.get(k));
            if (want != null && assignable(v.type(), want.get(k))) {
                v = coerce(v, want.get(k));
            }
            if (v.type() == Type.NONE) {
                throw unsupported(e.pos(), "containers of None");
            }
            items.add(v);
            types.add(v.type());
        }
        return new IrExpr.Op(Type.tuple(types), IrOp.TUPLE_NEW, items);
    }

    /** A value used as a condition: Python truthiness made explicit. */
    IrExpr condition(Expr e) {
        return truth(check(e), e.pos());
    }

    IrExpr truth(IrExpr v, Pos pos) {
        return switch (v.type().kind()) {
            case BOOL -> v;
            case INT -> op(Type.BOOL, IrOp.INT_NE, v, intConst(0));
            case FLOAT -> op(Type.BOOL, IrOp.FLOAT_NE, v, new IrExpr.Const(Type.FLOAT, 0.0));
            case STR -> op(Type.BOOL, IrOp.INT_NE, op(Type.INT, IrOp.STR_LEN, v), intConst(0));
            case LIST -> op(Type.BOOL, IrOp.INT_NE, op(Type.INT, IrOp.LIST_LEN, v), intConst(0));
            case DICT -> op(Type.BOOL, IrOp.INT_NE, op(Type.INT, IrOp.DICT_LEN, v), intConst(0));
            case NONE -> throw unsupported(pos, "None used as a condition");
            case CLASS -> throw unsupported(pos, "truth value of a class instance");
            case TUPLE -> throw unsupported(pos, "truth value of a tuple");
        };
    }

    private IrExpr unary(Expr.Unary u) {
        if (u.op().equals("not")) {
            return op(Type.BOOL, IrOp.NOT, condition(u.operand()));
        }
        if (u.op().equals("-") && u.operand() instanceof Expr.IntLit lit) {
            return check(new Expr.IntLit(u.pos(), lit.value().negate()));
        }
        IrExpr v = check(u.operand());
        Type t = v.type();
        if (t == Type.BOOL) {
            v = coerce(v, Type.INT);
            t = Type.INT;
        }
        if (t == Type.INT) {
            return switch (u.op()) {
                case "-" -> op(Type.INT, IrOp.INT_NEG, v);
                case "~" -> op(Type.INT, IrOp.INT_INVERT, v);
                default -> v;
            };
        }
        if (t == Type.FLOAT && !u.op().equals("~")) {
            return u.op().equals("-") ? op(Type.FLOAT, IrOp.FLOAT_NEG, v) : v;
        }
        throw error(u.pos(), "Unsupported operand type for unary " + u.op() + " (\"" + t + "\")");
    }

    IrExpr binary(Pos pos, String operator, IrExpr l, IrExpr r) {
        Type lt = l.type();
        Type rt = r.type();
        if (lt == Type.STR && rt == Type.STR && operator.equals("+")) {
            return op(Type.STR, IrOp.STR_CONCAT, l, r);
        }
        if (operator.equals("*") && lt == Type.STR && (rt == Type.INT || rt == Type.BOOL)) {
            return op(Type.STR, IrOp.STR_REPEAT, l, coerce(r, Type.INT));
        }
        if (operator.equals("*") && rt == Type.STR && (lt == Type.INT || lt == Type.BOOL)) {
            return op(Type.STR, IrOp.STR_REPEAT, coerce(l, Type.INT), r);
        }
        if (lt.kind() == Type.Kind.LIST && (operator.equals("+") && lt.equals(rt) || operator.equals("*") && (rt == Type.INT || rt == Type.BOOL))) {
            return blocks.listArith(l, operator.equals("+") ? r : null, operator.equals("*") ? coerce(r, Type.INT) : null);
        }
        if (rt.kind() == Type.Kind.LIST && operator.equals("*") && (lt == Type.INT || lt == Type.BOOL)) {
            IrLocal n = scope.temp(Type.INT);
            IrExpr count = new IrExpr.Tee(n, coerce(l, Type.INT));
            return new IrExpr.Block(List.of(new dev.wasmhost.guest.ir.IrStmt.Eval(count)),
                    blocks.listArith(r, null, new IrExpr.Local(n)));
        }
        if (operator.equals("%") && lt == Type.STR) {
            throw unsupported(pos, "printf-style string formatting (%)");
        }
        if (!lt.isNumeric() || !rt.isNumeric()) {
            throw badOperands(pos, operator, lt, rt);
        }
        boolean isFloat = lt == Type.FLOAT || rt == Type.FLOAT || operator.equals("/");
        if (isFloat) {
            IrOp o = switch (operator) {
                case "+" -> IrOp.FLOAT_ADD;
                case "-" -> IrOp.FLOAT_SUB;
                case "*" -> IrOp.FLOAT_MUL;
                case "/" -> IrOp.FLOAT_DIV;
                case "//" -> IrOp.FLOAT_FLOORDIV;
                case "%" -> IrOp.FLOAT_MOD;
                case "**" -> IrOp.FLOAT_POW;
                default -> throw badOperands(pos, operator, lt, rt);
            };
            if (o == IrOp.FLOAT_DIV && lt != Type.FLOAT && rt != Type.FLOAT) {
                o = IrOp.INT_TRUEDIV;
            }
            return op(Type.FLOAT, o, coerce(l, Type.FLOAT), coerce(r, Type.FLOAT));
        }
        if (lt == Type.BOOL && rt == Type.BOOL && "&|^".contains(operator)) {
            throw unsupported(pos, "bitwise operators on bool");
        }
        IrOp o = switch (operator) {
            case "+" -> IrOp.INT_ADD;
            case "-" -> IrOp.INT_SUB;
            case "*" -> IrOp.INT_MUL;
            case "//" -> IrOp.INT_FLOORDIV;
            case "%" -> IrOp.INT_MOD;
            case "**" -> IrOp.INT_POW;
            case "&" -> IrOp.INT_AND;
            case "|" -> IrOp.INT_OR;
            case "^" -> IrOp.INT_XOR;
            case "<<" -> IrOp.INT_SHL;
            case ">>" -> IrOp.INT_SHR;
            default -> throw badOperands(pos, operator, lt, rt);
        };
        if (o == IrOp.INT_POW && r instanceof IrExpr.Const c && (Long) c.value() < 0) {
            throw unsupported(pos, "int ** negative int (the result would be a float)");
        }
        return op(Type.INT, o, coerce(l, Type.INT), coerce(r, Type.INT));
    }

    private IrExpr compare(Expr.Compare c) {
        IrExpr left = check(c.first());
        IrExpr result = null;
        for (int k = 0; k < c.ops().size(); k++) {
            IrExpr right = check(c.rest().get(k));
            boolean last = k == c.ops().size() - 1;
            IrExpr rightUse = right;
            IrExpr nextLeft = right;
            if (!last && !(right instanceof IrExpr.Const || right instanceof IrExpr.Local)) {
                IrLocal t = scope.temp(right.type());
                rightUse = new IrExpr.Tee(t, right);
                nextLeft = new IrExpr.Local(t);
            }
            IrExpr one = compareOne(c.pos(), c.ops().get(k), left, rightUse);
            result = result == null ? one : new IrExpr.Logic(true, result, one);
            left = nextLeft;
        }
        return result;
    }

    private IrExpr compareOne(Pos pos, String operator, IrExpr l, IrExpr r) {
        Type lt = l.type();
        Type rt = r.type();
        if (operator.equals("in") || operator.equals("not in")) {
            IrExpr in = switch (rt.kind()) {
                case STR -> {
                    if (lt != Type.STR) {
                        throw badOperands(pos, "in", lt, rt);
                    }
                    yield op(Type.BOOL, IrOp.STR_CONTAINS, l, r);
                }
                case LIST -> containsClass(rt) ? throwUnsupported(pos, "'in' on containers of class instances")
                        : op(Type.BOOL, IrOp.LIST_CONTAINS, coerceOrFail(l, rt.a(), pos,
                        "Non-overlapping container check (element type: \"" + lt + "\", container item type: \"" + rt.a() + "\")"), r);
                case DICT -> op(Type.BOOL, IrOp.DICT_CONTAINS, coerceOrFail(l, rt.a(), pos,
                        "Non-overlapping container check (element type: \"" + lt + "\", container item type: \"" + rt.a() + "\")"), r);
                default -> throw badOperands(pos, "in", lt, rt);
            };
            return operator.equals("in") ? in : op(Type.BOOL, IrOp.NOT, in);
        }
        if (lt == Type.STR && rt == Type.STR) {
            return op(Type.BOOL, switch (operator) {
                case "==" -> IrOp.STR_EQ;
                case "!=" -> IrOp.STR_NE;
                case "<" -> IrOp.STR_LT;
                case "<=" -> IrOp.STR_LE;
                case ">" -> IrOp.STR_GT;
                default -> IrOp.STR_GE;
            }, l, r);
        }
        if (lt == Type.BOOL && rt == Type.BOOL && (operator.equals("==") || operator.equals("!="))) {
            return op(Type.BOOL, operator.equals("==") ? IrOp.BOOL_EQ : IrOp.BOOL_NE, l, r);
        }
        if (lt.isNumeric() && rt.isNumeric()) {
            boolean isFloat = lt == Type.FLOAT || rt == Type.FLOAT;
            Type t = isFloat ? Type.FLOAT : Type.INT;
            IrOp o = switch (operator) {
                case "==" -> isFloat ? IrOp.FLOAT_EQ : IrOp.INT_EQ;
                case "!=" -> isFloat ? IrOp.FLOAT_NE : IrOp.INT_NE;
                case "<" -> isFloat ? IrOp.FLOAT_LT : IrOp.INT_LT;
                case "<=" -> isFloat ? IrOp.FLOAT_LE : IrOp.INT_LE;
                case ">" -> isFloat ? IrOp.FLOAT_GT : IrOp.INT_GT;
                default -> isFloat ? IrOp.FLOAT_GE : IrOp.INT_GE;
            };
            return op(Type.BOOL, o, coerce(l, t), coerce(r, t));
        }
        if (lt.kind() == Type.Kind.TUPLE && lt.equals(rt)) {
            if (!lt.isOrderable()) {
                throw unsupported(pos, "comparison of \"" + lt + "\" (tuples of int, float, bool, str only)");
            }
            IrOp o = switch (operator) {
                case "==" -> IrOp.INT_EQ;
                case "!=" -> IrOp.INT_NE;
                case "<" -> IrOp.INT_LT;
                case "<=" -> IrOp.INT_LE;
                case ">" -> IrOp.INT_GT;
                default -> IrOp.INT_GE;
            };
            return op(Type.BOOL, o, op(Type.INT, IrOp.TUPLE_CMP, l, r), intConst(0));
        }
        if ((lt.kind() == Type.Kind.LIST || lt.kind() == Type.Kind.DICT) && lt.equals(rt)) {
            throw unsupported(pos, "comparison of " + lt.kind().name().toLowerCase() + "s");
        }
        throw badOperands(pos, operator, lt, rt);
    }

    private IrExpr index(Expr.Index ix) {
        IrExpr target = check(ix.target());
        Type t = target.type();
        if (ix.index() instanceof Expr.Slice s) {
            return blocks.slice(target, s);
        }
        if (t.kind() == Type.Kind.TUPLE) {
            List<Type> items = t.items();
            Long k = ix.index() instanceof Expr.IntLit lit ? Long.valueOf(lit.value().longValue())
                    : ix.index() instanceof Expr.Unary u && u.op().equals("-") && u.operand() instanceof Expr.IntLit lit
                    ? Long.valueOf(-lit.value().longValue()) : null;
            if (k == null) {
                throw unsupported(ix.index().pos(), "tuple index that is not an integer literal");
            }
            long at = k < 0 ? k + items.size() : k;
            if (at < 0 || at >= items.size()) {
                throw error(ix.pos(), "Tuple index out of range");
            }
            return new IrExpr.Op(items.get((int) at), IrOp.TUPLE_GET, List.of(target, intConst(at)));
        }
        switch (t.kind()) {
            case LIST -> {
                IrExpr i = indexInt(ix.index(), t);
                return op(t.a(), IrOp.LIST_GET, target, i);
            }
            case STR -> {
                IrExpr i = indexInt(ix.index(), t);
                return op(Type.STR, IrOp.STR_GET, target, i);
            }
            case DICT -> {
                IrExpr k = check(ix.index());
                return op(t.b(), IrOp.DICT_GET, target, coerceOrFail(k, t.a(), ix.index().pos(),
                        "Invalid index type \"" + k.type() + "\" for \"" + t + "\"; expected type \"" + t.a() + "\""));
            }
            default -> throw error(ix.pos(), "Value of type \"" + t + "\" is not indexable");
        }
    }

    IrExpr indexInt(Expr index, Type container) {
        IrExpr i = check(index);
        return coerceOrFail(i, Type.INT, index.pos(), "Invalid index type \"" + i.type() + "\" for \""
                + container + "\"; expected type \"int\"");
    }

    IrExpr fieldGet(Expr.Attribute a, IrExpr obj) {
        ClassInfo c = classOf(a, obj);
        int slot = c.field(a.name());
        if (slot < 0) {
            if (c.methods.containsKey(a.name())) {
                throw unsupported(a.pos(), "bound methods as values");
            }
            throw error(a.pos(), "\"" + c.name + "\" has no attribute \"" + a.name() + "\"");
        }
        return new IrExpr.Op(c.fieldTypes.get(slot), IrOp.FIELD_GET, List.of(obj, intConst(slot),
                new IrExpr.Const(Type.STR, "'" + obj.type() + "' object has no attribute '" + a.name() + "'")));
    }

    IrExpr fieldSet(Expr.Attribute a, IrExpr obj, IrExpr v) {
        ClassInfo c = classOf(a, obj);
        int slot = c.field(a.name());
        if (slot < 0) {
            throw error(a.pos(), "\"" + c.name + "\" has no attribute \"" + a.name() + "\"");
        }
        Type t = c.fieldTypes.get(slot);
        v = coerceOrFail(v, t, a.pos(), "Incompatible types in assignment (expression has type \"" + v.type()
                + "\", variable has type \"" + t + "\")");
        return new IrExpr.Op(Type.NONE, IrOp.FIELD_SET, List.of(obj, intConst(slot), v));
    }

    private ClassInfo classOf(Expr.Attribute a, IrExpr obj) {
        if (obj.type().kind() != Type.Kind.CLASS) {
            throw unsupported(a.pos(), "attribute \"" + a.name() + "\" of \"" + obj.type() + "\" (only fields of class instances)");
        }
        return scope.classOfType(obj.type());
    }

    /** str()/repr() of a value: __str__/__repr__ for class instances; containers of them are rejected. */
    IrExpr stringOf(IrExpr v, boolean repr, Pos pos) {
        if (v.type().kind() == Type.Kind.CLASS) {
            ClassInfo c = scope.classOfType(v.type());
            if (!repr && scope.onlySubclassesDefine(c, "__str__")) {
                throw unsupported(pos, "str() of \"" + c.name + "\" when only subclasses define __str__");
            }
            String method = repr || !c.methods.containsKey("__str__") ? "__repr__" : "__str__";
            Signature m = c.methods.get(method);
            if (m == null || m.returnType() != Type.STR || !m.paramNames().isEmpty()) {
                throw unsupported(pos, "converting \"" + v.type() + "\" to str (define __str__ or __repr__ returning str)");
            }
            return new IrExpr.Call(Type.STR, scope.methodTarget(c, method), List.of(v));
        }
        if (containsClass(v.type())) {
            throw unsupported(pos, "converting containers of class instances to str");
        }
        return repr ? op(Type.STR, IrOp.REPR, v) : toStr(v, pos);
    }

    static boolean containsClass(Type t) {
        return t != null && (t.kind() == Type.Kind.CLASS || (t.kind() == Type.Kind.LIST || t.kind() == Type.Kind.DICT || t.kind() == Type.Kind.TUPLE)
                && (containsClass(t.a()) || containsClass(t.b())));
    }

    /** str(v) for any type; {@code pos} locates the error for values that cannot be converted. */
    IrExpr toStr(IrExpr v, Pos pos) {
        if (v.type().kind() == Type.Kind.CLASS || containsClass(v.type())) {
            return stringOf(v, false, pos);
        }
        return switch (v.type().kind()) {
            case STR -> v;
            case INT -> op(Type.STR, IrOp.STR_FROM_INT, v);
            case FLOAT -> op(Type.STR, IrOp.STR_FROM_FLOAT, v);
            case BOOL -> op(Type.STR, IrOp.STR_FROM_BOOL, v);
            default -> op(Type.STR, IrOp.REPR, v);
        };
    }

    // ---- type relations

    /** The common type of two branches, or null: equal types, or int/bool widening to float/int. */
    static Type join(Type a, Type b) {
        if (a.equals(b)) {
            return a;
        }
        if (a.isNumeric() && b.isNumeric()) {
            return a == Type.FLOAT || b == Type.FLOAT ? Type.FLOAT : Type.INT;
        }
        return null;
    }

    static boolean assignable(Type from, Type to) {
        return from.equals(to) || from.kind() == Type.Kind.CLASS && from.isSubclassOf(to) || to == Type.FLOAT && (from == Type.INT || from == Type.BOOL)
                || to == Type.INT && from == Type.BOOL;
    }

    /** Converts an already-compatible value (see {@link #assignable}). */
    static IrExpr coerce(IrExpr v, Type to) {
        Type from = v.type();
        if (from.equals(to) || from.kind() == Type.Kind.CLASS && from.isSubclassOf(to)) {
            return v;
        }
        if (from == Type.BOOL && to == Type.INT) {
            return op(Type.INT, IrOp.BOOL_TO_INT, v);
        }
        if (from == Type.BOOL && to == Type.FLOAT) {
            return op(Type.FLOAT, IrOp.INT_TO_FLOAT, op(Type.INT, IrOp.BOOL_TO_INT, v));
        }
        if (from == Type.INT && to == Type.FLOAT) {
            return op(Type.FLOAT, IrOp.INT_TO_FLOAT, v);
        }
        throw new IllegalStateException("not assignable: " + from + " to " + to);
    }

    IrExpr coerceOrFail(IrExpr v, Type to, Pos pos, String message) {
        if (!assignable(v.type(), to)) {
            throw error(pos, message);
        }
        return coerce(v, to);
    }

    static IrExpr op(Type type, IrOp op, IrExpr... args) {
        return new IrExpr.Op(type, op, List.of(args));
    }

    static IrExpr intConst(long v) {
        return new IrExpr.Const(Type.INT, v);
    }

    private IrExpr throwUnsupported(Pos pos, String feature) {
        throw unsupported(pos, feature);
    }

    CompileError badOperands(Pos pos, String operator, Type l, Type r) {
        return error(pos, "Unsupported operand types for " + operator + " (\"" + l + "\" and \"" + r + "\")");
    }

    CompileError error(Pos pos, String message) {
        return Errors.at(scope.file(), pos, message);
    }

    CompileError unsupported(Pos pos, String feature) {
        return Errors.unsupported(scope.file(), pos, feature);
    }

    /** An empty literal whose type only an annotation could give; the statement checker names the variable. */
    static final class NeedsAnnotation extends RuntimeException {
        final transient Pos pos;
        final String hint;

        NeedsAnnotation(Pos pos, String hint) {
            super(hint, null, false, false);
            this.pos = pos;
            this.hint = hint;
        }
    }
}
