package dev.wasmhost.guest.types;

import dev.wasmhost.guest.CompileError;
import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.ir.IrStmt;
import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Pos;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Types expressions and lowers them to typed IR. */
final class ExprChecker {
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Builtin functions that may be used as function values (through a lambda calling them). */
    private static final java.util.Set<String> BUILTIN_VALUES = java.util.Set.of("len", "str", "repr", "abs", "int", "float",
            "bool", "ord", "chr", "round");

    final Scope scope;
    private final CallChecker calls;
    private final LiteralChecker literals;
    final BlockLowering blocks;
    final SetLowering sets;
    final EnumLowering enums;
    final BytesLowering bytes;
    final DictMethods dicts;

    ExprChecker(Scope scope) {
        this.scope = scope;
        this.calls = new CallChecker(this);
        this.literals = new LiteralChecker(this);
        this.blocks = new BlockLowering(this, literals);
        this.sets = new SetLowering(this);
        this.enums = new EnumLowering(this);
        this.bytes = new BytesLowering(this);
        this.dicts = new DictMethods(this);
    }

    IrExpr check(Expr e) {
        return check(e, null);
    }

    /** Checks {@code e}; {@code expected} (may be null) types empty list and dict literals. */
    IrExpr check(Expr e, Type expected) {
        if (expected != null && expected.kind() == Type.Kind.OPTIONAL) {
            expected = expected.a();
        }
        final Type want = expected;
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
            case Expr.BytesLit lit -> new IrExpr.Const(Type.BYTES, lit.value());
            case Expr.NoneLit lit -> new IrExpr.Const(Type.NONE, null);
            case Expr.Ellipsis el -> throw unsupported(el.pos(), "Ellipsis (...) other than in tuple[T, ...] annotations");
            case Expr.Name name when want != null && want.kind() == Type.Kind.FUNC && BUILTIN_VALUES.contains(name.id())
                    && !scope.isVariable(name.id()) && scope.function(name.id(), name.pos()) == null -> {
                // a builtin as a value (key=len): the lambda that calls it
                List<String> params = new java.util.ArrayList<>();
                List<Expr> args = new java.util.ArrayList<>();
                for (int k = 0; k < want.params().size(); k++) {
                    params.add("_arg" + k);
                    args.add(new Expr.Name(name.pos(), "_arg" + k));
                }
                yield scope.lambda(new Expr.Lambda(name.pos(), params, new Expr.Call(name.pos(), name, args, List.of())), want);
            }
            case Expr.Name name -> scope.read(name.id(), name.pos());
            case Expr.Unary u -> unary(u);
            case Expr.Starred st -> throw unsupported(st.pos(), "starred expressions (*) other than print() arguments and assignment targets");
            case Expr.Binary b when b.op().equals("%") && b.left() instanceof Expr.StrLit literal ->
                    new PercentFormat(this).format(b, literal);
            case Expr.Binary b -> binary(b.pos(), b.op(), check(b.left()), check(b.right()));
            case Expr.BoolOp b -> boolOp(b, want);
            case Expr.Compare c -> compare(c);
            case Expr.IfExp ie -> {
                IrExpr cond = condition(ie.cond());
                java.util.Set<String> facts = scope.pushFacts(ie.cond(), true);
                IrExpr a;
                try {
                    a = check(ie.then(), want);
                } finally {
                    scope.popFacts(facts);
                }
                facts = scope.pushFacts(ie.cond(), false);
                IrExpr b;
                try {
                    b = check(ie.otherwise(), want);
                } finally {
                    scope.popFacts(facts);
                }
                Type t = join(a.type(), b.type());
                if (t == null) {
                    throw error(ie.pos(), "Incompatible types in conditional expression (\"" + a.type()
                            + "\" and \"" + b.type() + "\")");
                }
                yield new IrExpr.Cond(t, cond, coerce(a, t), coerce(b, t));
            }
            case Expr.Call call when call.func() instanceof Expr.Name n && n.id().equals("set")
                    && scope.function("set", n.pos()) == null -> sets.construct(call, want);
            case Expr.Call call -> calls.call(call, want);
            case Expr.SetLit l -> sets.display(l, want);
            case Expr.Lambda l -> scope.lambda(l, want);
            case Expr.SetComp c -> blocks.setComp(c, want);
            case Expr.Index ix -> index(ix);
            case Expr.Attribute a when a.name().equals("__name__") && a.target() instanceof Expr.Call c
                    && c.func() instanceof Expr.Name f && f.id().equals("type") && c.args().size() == 1 && c.keywords().isEmpty() -> {
                IrExpr v = check(c.args().get(0));
                yield switch (v.type().kind()) {
                    case CLASS -> op(Type.STR, IrOp.CLASS_NAME, v);
                    case OPTIONAL, OBJECT -> throw unsupported(a.pos(), "type(x).__name__ of a value that may be None");
                    case NONE -> new IrExpr.Block(List.of(new dev.wasmhost.guest.ir.IrStmt.Eval(v)), new IrExpr.Const(Type.STR, "NoneType"));
                    default -> new IrExpr.Block(List.of(new dev.wasmhost.guest.ir.IrStmt.Eval(v)), new IrExpr.Const(Type.STR,
                            switch (v.type().kind()) {
                                case VARTUPLE -> "tuple";
                                case FUNC -> "function";
                                default -> v.type().kind().name().toLowerCase();
                            }));
                };
            }
            case Expr.Attribute a when enums.enumClass(a.target()) != null -> enums.member(enums.enumClass(a.target()), a);
            case Expr.Attribute a when moduleOf(a.target()) != null -> {
                ModuleChecker m = moduleOf(a.target());
                dev.wasmhost.guest.ir.IrGlobal g = m.global(a.name()) != null ? m.global(a.name()) : m.importedGlobal(a.name());
                Signature fnSig = m.signature(a.name()) != null ? m.signature(a.name()) : m.importedSignature(a.name());
                if (g == null && fnSig != null && !m.intrinsics()) {
                    // a function of one of the program's modules as a value, like a name imported with from
                    yield new IrExpr.Op(Type.func(fnSig.paramTypes(), fnSig.returnType()), IrOp.MAKE_CLOSURE,
                            List.of(new IrExpr.Const(Type.STR, ((FunctionChecker) scope).module().valueWrapper(fnSig))));
                }
                if (g == null) {
                    throw error(a.pos(), "Module \"" + m.moduleName() + "\" has no attribute \"" + a.name() + "\""
                            + (m.signature(a.name()) != null ? " (functions of modules as values are not supported)" : ""));
                }
                yield new IrExpr.Global(g, false);
            }
            case Expr.Attribute a -> {
                IrExpr v = fieldGet(a, check(a.target()));
                if (v instanceof IrExpr.Call) {
                    yield v; // a property: each read calls the getter, so what a test saw says nothing of the next read
                }
                v = v.type().kind() == Type.Kind.OPTIONAL && scope.knownNotNone(a) ? op(v.type().a(), IrOp.OPT_UNWRAP, v) : v;
                yield narrowTo(v, scope.narrowedClass(a));
            }
            case Expr.ListLit l -> literals.listLiteral(l, want);
            case Expr.DictLit d -> literals.dictLiteral(d, want);
            case Expr.FString f -> literals.fstring(f);
            case Expr.TupleLit t -> tuple(t, want);
            case Expr.Slice s -> throw unsupported(s.pos(), "slice outside a subscript (slice objects)");
            case Expr.ListComp c -> {
                if (c.generator()) {
                    throw unsupported(c.pos(), "generator expressions other than the argument of "
                            + CallChecker.GENERATOR_CONSUMERS);
                }
                yield blocks.listComp(c, want);
            }
            case Expr.DictComp c -> blocks.dictComp(c, want);
            case Expr.Formatted f -> throw unsupported(f.pos(), "replacement field outside an f-string");
        };
    }

    /**
     * A tuple display; {@code expected} (a tuple type of the same length) types its items. Where a
     * {@code tuple[T, ...]} is expected, each item is checked against T and the display makes a
     * tuple of any length directly (when an item does not fit T, the fixed tuple it is, whose type
     * the caller then reports).
     */
    private IrExpr tuple(Expr.TupleLit t, Type expected) {
        if (expected != null && expected.kind() == Type.Kind.VARTUPLE) {
            Type elem = expected.a();
            List<IrExpr> items = new java.util.ArrayList<>();
            boolean fits = true;
            for (Expr e : t.items()) {
                IrExpr v = check(e, elem);
                if (v.type() == Type.NONE && elem.kind() != Type.Kind.OPTIONAL) {
                    throw unsupported(e.pos(), "containers of None");
                }
                fits &= assignable(v.type(), elem);
                items.add(v);
            }
            if (fits) {
                return new IrExpr.Op(expected, IrOp.LIST_NEW, items.stream().map(v -> coerce(v, elem)).toList());
            }
            if (t.items().size() > 32) {
                throw unsupported(t.pos(), "tuples of more than 32 items");
            }
            return new IrExpr.Op(Type.tuple(items.stream().map(IrExpr::type).toList()), IrOp.TUPLE_NEW, items);
        }
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
        if (e instanceof Expr.BoolOp b) {
            // only the truth of the result counts: the truth of each operand, short-circuited (any types)
            boolean isAnd = b.op().equals("and");
            IrExpr l = condition(b.left());
            java.util.Set<String> facts = scope.pushFacts(b.left(), isAnd);
            try {
                return new IrExpr.Logic(isAnd, l, condition(b.right()));
            } finally {
                scope.popFacts(facts);
            }
        }
        return truth(check(e), e.pos());
    }

    /**
     * {@code a and b} / {@code a or b} as a value, with CPython's semantics: the left operand is
     * evaluated once, and is the result when it is false ({@code and}) or true ({@code or}); else the
     * right operand is evaluated and is the result. The static type is the operands' common type:
     * of the left operand only the part that can be the result counts ({@code opt or fallback} is
     * a {@code T} for {@code opt: T | None}, {@code node and node.name} a {@code str | None} since an
     * instance is always true), and None on either side makes it optional. Other mixes (including
     * int and float, whose results print differently) would be unions: rejected.
     */
    private IrExpr boolOp(Expr.BoolOp b, Type want) {
        boolean isAnd = b.op().equals("and");
        IrExpr l = check(b.left(), want);
        Type lt = l.type();
        java.util.Set<String> facts = scope.pushFacts(b.left(), isAnd);
        IrExpr r;
        try {
            r = check(b.right(), want != null ? want : lt.kind() == Type.Kind.OPTIONAL ? lt.a() : lt);
        } finally {
            scope.popFacts(facts);
        }
        if (lt == Type.BOOL && r.type() == Type.BOOL) {
            return new IrExpr.Logic(isAnd, l, r);
        }
        // the type of the left operand's value when it is the result (null: it never is)
        boolean alwaysTrueInstance = lt.kind() == Type.Kind.CLASS && truthMethod(lt, b.left().pos()) == null
                || lt.kind() == Type.Kind.OPTIONAL && lt.a().kind() == Type.Kind.CLASS && truthMethod(lt.a(), b.left().pos()) == null;
        Type kept = switch (lt.kind()) {
            case OPTIONAL -> isAnd ? (alwaysTrueInstance ? Type.NONE : lt) : lt.a();
            case NONE -> isAnd ? Type.NONE : null;
            case CLASS -> isAnd && alwaysTrueInstance ? null : lt;
            default -> lt;
        };
        Type t = kept == null ? r.type() : boolOpType(kept, r.type());
        if (kept == null && t != null && lt.kind() == Type.Kind.CLASS) {
            // an instance that is always true: 'and' is its right operand (after the left one ran)
            return new IrExpr.Block(List.of(new IrStmt.Eval(l)), r);
        }
        if (t == null) {
            throw unsupported(b.pos(), "'" + b.op() + "' of \"" + lt + "\" and \"" + r.type() + "\" (its type would be \"" + lt + " | " + r.type()
                    + "\": the operands must have one type, or be T | None and T)");
        }
        IrExpr once = l;
        IrExpr again = l;
        if (!(l instanceof IrExpr.Local || l instanceof IrExpr.Global)) {
            IrLocal tmp = scope.temp(lt);
            once = new IrExpr.Tee(tmp, l);
            again = new IrExpr.Local(tmp);
        }
        IrExpr test = truth(once, b.left().pos());
        IrExpr left;
        if (kept == null) {
            throw new IllegalStateException("truth() accepted an operand that is never the result");
        } else if (kept == Type.NONE) {
            left = new IrExpr.Const(t, null);
        } else if (lt.kind() == Type.Kind.OPTIONAL && kept.kind() != Type.Kind.OPTIONAL) {
            left = coerce(op(kept, IrOp.OPT_UNWRAP, again), t);
        } else {
            left = coerce(again, t);
        }
        IrExpr right = coerce(r, t);
        return isAnd ? new IrExpr.Cond(t, test, right, left) : new IrExpr.Cond(t, test, left, right);
    }

    /** The type of an {@code and}/{@code or} whose possible results have types {@code a} and {@code b}, or null. */
    private static Type boolOpType(Type a, Type b) {
        if (a.equals(b)) {
            return a;
        }
        if (a == Type.NONE || b == Type.NONE) {
            return Type.optional(a == Type.NONE ? b : a);
        }
        Type ia = a.kind() == Type.Kind.OPTIONAL ? a.a() : a;
        Type ib = b.kind() == Type.Kind.OPTIONAL ? b.a() : b;
        // a class and its subclass: the base class (instances need no conversion)
        Type j = ia.equals(ib) || ia.kind() == Type.Kind.CLASS && ia.isSubclassOf(ib) ? ib
                : ib.kind() == Type.Kind.CLASS && ib.isSubclassOf(ia) ? ia : null;
        return j == null ? null : a.kind() == Type.Kind.OPTIONAL || b.kind() == Type.Kind.OPTIONAL ? Type.optional(j) : j;
    }

    IrExpr truth(IrExpr v, Pos pos) {
        return switch (v.type().kind()) {
            case BOOL -> v;
            case INT -> op(Type.BOOL, IrOp.INT_NE, v, intConst(0));
            case FLOAT -> op(Type.BOOL, IrOp.FLOAT_NE, v, new IrExpr.Const(Type.FLOAT, 0.0));
            case STR -> op(Type.BOOL, IrOp.INT_NE, op(Type.INT, IrOp.STR_LEN, v), intConst(0));
            case BYTES -> op(Type.BOOL, IrOp.INT_NE, op(Type.INT, IrOp.BYTES_LEN, v), intConst(0));
            case LIST, VARTUPLE -> op(Type.BOOL, IrOp.INT_NE, op(Type.INT, IrOp.LIST_LEN, v), intConst(0));
            case DICT -> op(Type.BOOL, IrOp.INT_NE, op(Type.INT, IrOp.DICT_LEN, v), intConst(0));
            case SET -> op(Type.BOOL, IrOp.INT_NE, op(Type.INT, IrOp.SET_LEN, v), intConst(0));
            case NONE -> throw unsupported(pos, "None used as a condition");
            case OBJECT -> throw unsupported(pos, "truth value of an object (only 'is None' tests)");
            case FUNC -> throw unsupported(pos, "truth value of a function");
            case OPTIONAL -> {
                // not None, and then the value's own truth (an instance is always true)
                IrExpr once = v;
                IrExpr again = v;
                if (!(v instanceof IrExpr.Local || v instanceof IrExpr.Global)) {
                    IrLocal t = scope.temp(v.type());
                    once = new IrExpr.Tee(t, v);
                    again = new IrExpr.Local(t);
                }
                IrExpr notNone = op(Type.BOOL, IrOp.NOT, op(Type.BOOL, IrOp.IS_NONE, once));
                Type inner = v.type().a();
                yield inner.kind() == Type.Kind.CLASS && truthMethod(inner, pos) == null ? notNone
                        : new IrExpr.Logic(true, notNone, truth(op(inner, IrOp.OPT_UNWRAP, again), pos));
            }
            case CLASS -> {
                String m = truthMethod(v.type(), pos);
                if (m == null) {
                    // no __bool__ or __len__: an instance is true
                    yield new IrExpr.Block(List.of(new IrStmt.Eval(v)), new IrExpr.Const(Type.BOOL, true));
                }
                ClassInfo c = scope.classOfType(v.type());
                IrExpr call = new IrExpr.Call(c.methods.get(m).returnType(), scope.methodTarget(c, m), List.of(v));
                if (m.equals("__bool__")) {
                    yield call;
                }
                IrLocal n = scope.temp(Type.INT);
                yield new IrExpr.Block(List.of(new IrStmt.SetLocal(n, call), new IrStmt.If(op(Type.BOOL, IrOp.INT_LT,
                        new IrExpr.Local(n), intConst(0)), List.of(FunctionChecker.raise("ValueError",
                        new IrExpr.Const(Type.STR, "__len__() should return >= 0"))), List.of())),
                        op(Type.BOOL, IrOp.INT_NE, new IrExpr.Local(n), intConst(0)));
            }
            case TUPLE -> throw unsupported(pos, "truth value of a tuple");
        };
    }

    /**
     * How an instance of class type {@code t} tests for truth, as in CPython: {@code "__bool__"},
     * else {@code "__len__"} (own or inherited; overrides dispatch), or null when the class has
     * neither (always true). Rejected when only subclasses define one (the static class cannot tell).
     */
    String truthMethod(Type t, Pos pos) {
        ClassInfo c = scope.classOfType(t);
        for (String m : List.of("__bool__", "__len__")) {
            Signature sig = c.methods.get(m);
            if (sig != null) {
                Type want = m.equals("__bool__") ? Type.BOOL : Type.INT;
                if (!sig.paramTypes().isEmpty() || sig.returnType() != want) {
                    throw error(pos, "\"" + c.name + "." + m + "\" must take only self and return \"" + want + "\"");
                }
                return m;
            }
            if (scope.onlySubclassesDefine(c, m)) {
                throw unsupported(pos, "truth value of a \"" + c.name + "\" whose subclasses define " + m);
            }
        }
        return null;
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
        if (t.kind() == Type.Kind.CLASS && !u.op().equals("~")) {
            ClassInfo c = scope.classOfType(t);
            String name = u.op().equals("-") ? "__neg__" : "__pos__";
            Signature m = c.methods.get(name);
            if (m != null && m.paramTypes().isEmpty()) {
                return new IrExpr.Call(m.returnType(), scope.methodTarget(c, name), List.of(v));
            }
        }
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
        if ((lt.kind() == Type.Kind.CLASS || rt.kind() == Type.Kind.CLASS) && BINARY_DUNDERS.containsKey(operator)) {
            String name = BINARY_DUNDERS.get(operator);
            IrExpr call = operatorMethod(pos, operator, l, r, name, "__r" + name.substring(2));
            if (call != null) {
                return call;
            }
        }
        if (lt == Type.STR && rt == Type.STR && operator.equals("+")) {
            return op(Type.STR, IrOp.STR_CONCAT, l, r);
        }
        if (lt == Type.BYTES && rt == Type.BYTES && operator.equals("+")) {
            return op(Type.BYTES, IrOp.BYTES_CONCAT, l, r);
        }
        if (operator.equals("*") && lt == Type.BYTES && (rt == Type.INT || rt == Type.BOOL)) {
            return op(Type.BYTES, IrOp.BYTES_REPEAT, l, coerce(r, Type.INT));
        }
        if (operator.equals("*") && rt == Type.BYTES && (lt == Type.INT || lt == Type.BOOL)) {
            IrLocal n = scope.temp(Type.INT);
            return new IrExpr.Block(List.of(new dev.wasmhost.guest.ir.IrStmt.SetLocal(n, coerce(l, Type.INT))),
                    op(Type.BYTES, IrOp.BYTES_REPEAT, r, new IrExpr.Local(n)));
        }
        if (operator.equals("*") && lt == Type.STR && (rt == Type.INT || rt == Type.BOOL)) {
            return op(Type.STR, IrOp.STR_REPEAT, l, coerce(r, Type.INT));
        }
        if (operator.equals("*") && rt == Type.STR && (lt == Type.INT || lt == Type.BOOL)) {
            return op(Type.STR, IrOp.STR_REPEAT, coerce(l, Type.INT), r);
        }
        IrExpr tuples = tupleArith(pos, operator, l, r);
        if (tuples != null) {
            return tuples;
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
        IrExpr dictUnion = dicts.binary(pos, operator, l, r);
        if (dictUnion != null) {
            return dictUnion;
        }
        if (lt.kind() == Type.Kind.SET && rt.kind() == Type.Kind.SET) {
            IrExpr s = sets.binary(pos, operator, l, r);
            if (s != null) {
                return s;
            }
        }
        if (operator.equals("%") && lt == Type.STR) {
            throw unsupported(pos, "printf-style string formatting (%) of a str that is not a string literal");
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

    /** The methods of the arithmetic operators on instances; the reflected ones are "__r" + the rest. */
    private static final java.util.Map<String, String> BINARY_DUNDERS = java.util.Map.of("+", "__add__", "-", "__sub__",
            "*", "__mul__", "/", "__truediv__", "//", "__floordiv__", "%", "__mod__", "**", "__pow__", "@", "__matmul__");
    /** The rich comparisons on instances: the method, then its reflection (a < b is b > a). */
    private static final java.util.Map<String, String[]> ORDER_DUNDERS = java.util.Map.of("<", new String[] {"__lt__", "__gt__"},
            "<=", new String[] {"__le__", "__ge__"}, ">", new String[] {"__gt__", "__lt__"}, ">=", new String[] {"__ge__", "__le__"});

    /**
     * An operator on an instance through its method, as CPython looks it up: the left operand's
     * {@code method} when its class has one that takes the right operand, else the right operand's
     * {@code reflected} one that takes the left (the left is still evaluated first). Null when neither
     * applies (the caller reports the operands).
     */
    private IrExpr operatorMethod(Pos pos, String operator, IrExpr l, IrExpr r, String method, String reflected) {
        if (l.type().kind() == Type.Kind.CLASS) {
            ClassInfo c = scope.classOfType(l.type());
            Signature m = c.methods.get(method);
            if (m != null && m.paramTypes().size() == 1 && assignable(r.type(), m.paramTypes().get(0))) {
                return new IrExpr.Call(m.returnType(), scope.methodTarget(c, method), List.of(l, coerce(r, m.paramTypes().get(0))));
            }
        }
        if (r.type().kind() == Type.Kind.CLASS) {
            ClassInfo c = scope.classOfType(r.type());
            Signature m = c.methods.get(reflected);
            if (m != null && m.paramTypes().size() == 1 && assignable(l.type(), m.paramTypes().get(0))) {
                IrLocal left = scope.temp(l.type());
                return new IrExpr.Block(List.of(new dev.wasmhost.guest.ir.IrStmt.SetLocal(left, l)), new IrExpr.Call(m.returnType(),
                        scope.methodTarget(c, reflected), List.of(r, coerce(new IrExpr.Local(left), m.paramTypes().get(0)))));
            }
        }
        return null;
    }

    private static boolean isTuple(Type t) {
        return t.kind() == Type.Kind.TUPLE || t.kind() == Type.Kind.VARTUPLE;
    }

    /**
     * {@code +} and {@code *} with a tuple operand, or null for other operands. Two fixed tuples
     * concatenate into the fixed tuple of both item lists (as mypy types it); with a
     * {@code tuple[T, ...]} the other tuple converts to it and the result is one (built like a list
     * sum). A tuple times an int is a {@code tuple[T, ...]}, except a fixed tuple times an int literal,
     * which is the fixed tuple of the repeated items (up to 32); a fixed tuple of different item types
     * times a computed int is rejected (no type would describe it).
     */
    private IrExpr tupleArith(Pos pos, String operator, IrExpr l, IrExpr r) {
        Type lt = l.type();
        Type rt = r.type();
        if (!isTuple(lt) && !isTuple(rt)) {
            return null;
        }
        if (operator.equals("+") && isTuple(lt) && isTuple(rt)) {
            if (lt.kind() == Type.Kind.TUPLE && rt.kind() == Type.Kind.TUPLE && lt.items().size() + rt.items().size() <= 32) {
                List<IrStmt> stmts = new ArrayList<>();
                IrLocal a = scope.temp(lt);
                IrLocal b = scope.temp(rt);
                stmts.add(new IrStmt.SetLocal(a, l));
                stmts.add(new IrStmt.SetLocal(b, r));
                List<IrExpr> items = new ArrayList<>();
                for (int k = 0; k < lt.items().size(); k++) {
                    items.add(new IrExpr.Op(lt.items().get(k), IrOp.TUPLE_GET, List.of(new IrExpr.Local(a), intConst(k))));
                }
                for (int k = 0; k < rt.items().size(); k++) {
                    items.add(new IrExpr.Op(rt.items().get(k), IrOp.TUPLE_GET, List.of(new IrExpr.Local(b), intConst(k))));
                }
                return new IrExpr.Block(stmts, new IrExpr.Op(Type.tuple(items.stream().map(IrExpr::type).toList()), IrOp.TUPLE_NEW, items));
            }
            Type seq = join(lt, rt);
            if (seq == null || seq.kind() != Type.Kind.VARTUPLE) {
                throw badOperands(pos, operator, lt, rt);
            }
            return blocks.listArith(coerce(l, seq), coerce(r, seq), null);
        }
        if (!operator.equals("*") || isTuple(lt) == isTuple(rt)) {
            return null;
        }
        boolean tupleFirst = isTuple(lt);
        IrExpr tuple = tupleFirst ? l : r;
        IrExpr count = tupleFirst ? r : l;
        Type tt = tuple.type();
        if (count.type() != Type.INT && count.type() != Type.BOOL) {
            return null;
        }
        if (tt.kind() == Type.Kind.TUPLE && count instanceof IrExpr.Const c && c.value() instanceof Long n
                && tt.items().size() * Math.max(0, Math.min(n, 33)) <= 32) {
            // a fixed tuple times a literal: the fixed tuple of its items repeated
            IrLocal a = scope.temp(tt);
            List<IrExpr> items = new ArrayList<>();
            long reps = tt.items().isEmpty() ? 0 : n;
            for (long k = 0; k < reps; k++) {
                for (int i = 0; i < tt.items().size(); i++) {
                    items.add(new IrExpr.Op(tt.items().get(i), IrOp.TUPLE_GET, List.of(new IrExpr.Local(a), intConst(i))));
                }
            }
            return new IrExpr.Block(List.of(new IrStmt.SetLocal(a, tuple)),
                    new IrExpr.Op(Type.tuple(items.stream().map(IrExpr::type).toList()), IrOp.TUPLE_NEW, items));
        }
        if (tt.kind() == Type.Kind.TUPLE) {
            Type h = itemType(tt);
            if (h == null) {
                throw unsupported(pos, "* of \"" + tt + "\" by a computed int (a tuple of different item types, or the"
                        + " empty tuple, has no type for any length)");
            }
            tuple = coerce(tuple, Type.varTuple(h));
        }
        if (tupleFirst) {
            return blocks.listArith(tuple, null, coerce(count, Type.INT));
        }
        // int * tuple: the count is evaluated first
        IrLocal n = scope.temp(Type.INT);
        return new IrExpr.Block(List.of(new IrStmt.SetLocal(n, coerce(count, Type.INT))),
                blocks.listArith(tuple, null, new IrExpr.Local(n)));
    }

    private IrExpr compare(Expr.Compare c) {
        dicts.rejectViewCompare(c);
        IrExpr left = check(c.first());
        IrExpr result = null;
        for (int k = 0; k < c.ops().size(); k++) {
            boolean last = k == c.ops().size() - 1;
            String operator = c.ops().get(k);
            if ((operator.equals("in") || operator.equals("not in")) && RangeLowering.isRange(c.rest().get(k), scope)) {
                if (!last) {
                    throw unsupported(c.rest().get(k).pos(), "range() in the middle of a chained comparison");
                }
                IrExpr in = RangeLowering.contains(this, left, (Expr.Call) c.rest().get(k));
                IrExpr one = operator.equals("in") ? in : op(Type.BOOL, IrOp.NOT, in);
                result = result == null ? one : new IrExpr.Logic(true, result, one);
                break;
            }
            IrExpr right = check(c.rest().get(k));
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
        if ((lt.kind() == Type.Kind.CLASS || rt.kind() == Type.Kind.CLASS) && ORDER_DUNDERS.containsKey(operator)) {
            String[] names = ORDER_DUNDERS.get(operator);
            IrExpr call = operatorMethod(pos, operator, l, r, names[0], names[1]);
            if (call != null) {
                return call;
            }
        }
        boolean identity = operator.equals("is") || operator.equals("is not");
        if (lt.kind() == Type.Kind.CLASS && rt.kind() == Type.Kind.CLASS && (identity || lt.isKey() && rt.isKey())) {
            // identity of instances; == of enum members is identity too
            IrExpr same = op(Type.BOOL, IrOp.REF_EQ, l, r);
            return operator.equals("is") || operator.equals("==") ? same : op(Type.BOOL, IrOp.NOT, same);
        }
        if ((operator.equals("==") || operator.equals("!=")) && lt != Type.NONE && rt != Type.NONE
                && (lt.kind() == Type.Kind.OPTIONAL || rt.kind() == Type.Kind.OPTIONAL)) {
            // equal if both are None, or neither is and the values are equal
            IrLocal a = scope.temp(lt);
            IrLocal b = scope.temp(rt);
            boolean ao = lt.kind() == Type.Kind.OPTIONAL;
            boolean bo = rt.kind() == Type.Kind.OPTIONAL;
            IrExpr inner = compareOne(pos, "==", ao ? op(lt.a(), IrOp.OPT_UNWRAP, new IrExpr.Local(a)) : new IrExpr.Local(a),
                    bo ? op(rt.a(), IrOp.OPT_UNWRAP, new IrExpr.Local(b)) : new IrExpr.Local(b));
            IrExpr aNone = ao ? op(Type.BOOL, IrOp.IS_NONE, new IrExpr.Local(a)) : new IrExpr.Const(Type.BOOL, false);
            IrExpr bNone = bo ? op(Type.BOOL, IrOp.IS_NONE, new IrExpr.Local(b)) : new IrExpr.Const(Type.BOOL, false);
            IrExpr eq = new IrExpr.Block(List.of(new dev.wasmhost.guest.ir.IrStmt.SetLocal(a, l), new dev.wasmhost.guest.ir.IrStmt.SetLocal(b, r)),
                    new IrExpr.Cond(Type.BOOL, aNone, bNone, new IrExpr.Logic(true, op(Type.BOOL, IrOp.NOT, bNone), inner)));
            return operator.equals("==") ? eq : op(Type.BOOL, IrOp.NOT, eq);
        }
        if (lt.kind() == Type.Kind.CLASS && rt.kind() == Type.Kind.CLASS && (operator.equals("==") || operator.equals("!="))) {
            ClassInfo c = scope.classOfType(lt);
            Signature eq = c.methods.get("__eq__");
            if (eq == null || eq.paramTypes().size() != 1 || eq.returnType() != Type.BOOL || !assignable(rt, eq.paramTypes().get(0))) {
                throw unsupported(pos, "== on \"" + lt + "\" and \"" + rt + "\" (define __eq__(self, other: \"" + lt
                        + "\") -> bool, or use a dataclass)");
            }
            IrExpr result = new IrExpr.Call(Type.BOOL, scope.methodTarget(c, "__eq__"), List.of(l, coerce(r, eq.paramTypes().get(0))));
            return operator.equals("==") ? result : op(Type.BOOL, IrOp.NOT, result);
        }
        if (identity || (operator.equals("==") || operator.equals("!=")) && (lt == Type.NONE || rt == Type.NONE)) {
            if (lt != Type.NONE && rt != Type.NONE) {
                throw unsupported(pos, "identity comparison (is) other than 'is None' and 'is not None'");
            }
            IrExpr value = rt == Type.NONE ? l : r;
            if (value.type() == Type.NONE) {
                throw unsupported(pos, "comparing None with None");
            }
            IrExpr isNone = value.type().kind() == Type.Kind.OPTIONAL || value.type() == Type.OBJECT ? op(Type.BOOL, IrOp.IS_NONE, value)
                    // a value of a type without None (or one narrowed to it) is never None
                    : new IrExpr.Block(List.of(new dev.wasmhost.guest.ir.IrStmt.Eval(value)), new IrExpr.Const(Type.BOOL, false));
            return operator.equals("is") || operator.equals("==") ? isNone : op(Type.BOOL, IrOp.NOT, isNone);
        }
        if ((operator.equals("in") || operator.equals("not in")) && itemType(rt) != null) {
            // x in (a, b, c): the display (or tuple) of one item type as a tuple of any length
            return compareOne(pos, operator, l, coerce(r, Type.varTuple(itemType(rt))));
        }
        if (operator.equals("in") || operator.equals("not in")) {
            IrExpr in = switch (rt.kind()) {
                case STR -> {
                    if (lt != Type.STR) {
                        throw badOperands(pos, "in", lt, rt);
                    }
                    yield op(Type.BOOL, IrOp.STR_CONTAINS, l, r);
                }
                case BYTES -> {
                    if (lt == Type.BYTES) {
                        yield op(Type.BOOL, IrOp.BYTES_CONTAINS, l, r);
                    }
                    if (lt != Type.INT && lt != Type.BOOL) {
                        throw badOperands(pos, "in", lt, rt);
                    }
                    yield op(Type.BOOL, IrOp.BYTES_CONTAINS_INT, coerce(l, Type.INT), r);
                }
                case LIST, VARTUPLE -> rt.a().kind() == Type.Kind.CLASS ? containsInstance(pos, l, r)
                        : containsClass(rt) ? throwUnsupported(pos, "'in' on containers of class instances")
                        : op(Type.BOOL, IrOp.LIST_CONTAINS, coerceOrFail(l, rt.a(), pos,
                        "Non-overlapping container check (element type: \"" + lt + "\", container item type: \"" + rt.a() + "\")"), r);
                case SET -> op(Type.BOOL, IrOp.SET_CONTAINS, coerceOrFail(l, rt.a(), pos,
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
        if (lt == Type.BYTES && rt == Type.BYTES) {
            if (operator.equals("==") || operator.equals("!=")) {
                IrExpr eq = op(Type.BOOL, IrOp.BYTES_EQ, l, r);
                return operator.equals("==") ? eq : op(Type.BOOL, IrOp.NOT, eq);
            }
            IrOp o = switch (operator) {
                case "<" -> IrOp.INT_LT;
                case "<=" -> IrOp.INT_LE;
                case ">" -> IrOp.INT_GT;
                default -> IrOp.INT_GE;
            };
            return op(Type.BOOL, o, op(Type.INT, IrOp.BYTES_ORDER, l, r), intConst(0));
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
        if (lt.kind() == Type.Kind.SET && lt.equals(rt) && (operator.equals("==") || operator.equals("!="))) {
            IrExpr eq = sets.equal(l, r);
            return operator.equals("==") ? eq : op(Type.BOOL, IrOp.NOT, eq);
        }
        if (lt.kind() == Type.Kind.SET && lt.equals(rt)) {
            return sets.compare(operator, l, r);
        }
        if (isTuple(lt) && isTuple(rt) && !lt.equals(rt)) {
            // tuples of different lengths (or a fixed tuple and a tuple[T, ...]): both as the tuple[T, ...]
            Type seq = join(lt, rt);
            if (seq == null || seq.kind() != Type.Kind.VARTUPLE) {
                throw badOperands(pos, operator, lt, rt);
            }
            return compareOne(pos, operator, coerce(l, seq), coerce(r, seq));
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
        if ((lt.isSequence() || lt.kind() == Type.Kind.DICT) && lt.equals(rt)) {
            if (!comparesByValue(lt)) {
                throw unsupported(pos, "comparison of \"" + lt + "\" (containers of numbers, str, bytes, tuples and"
                        + " containers of those: instances compare with __eq__)");
            }
            if (operator.equals("==") || operator.equals("!=")) {
                IrExpr eq = op(Type.BOOL, lt.isSequence() ? IrOp.LIST_EQ : IrOp.DICT_EQ, l, r);
                return operator.equals("==") ? eq : op(Type.BOOL, IrOp.NOT, eq);
            }
            if (lt.isSequence() && orders(lt.a())) {
                int o = switch (operator) {
                    case "<" -> 0;
                    case "<=" -> 1;
                    case ">" -> 2;
                    default -> 3;
                };
                return op(Type.BOOL, IrOp.LIST_ORDER, l, r, intConst(o));
            }
        }
        throw badOperands(pos, operator, lt, rt);
    }

    /**
     * {@code x in xs} for a list of class instances: {@code any(v == x for v in xs)} with the
     * language's own {@code ==} ({@code __eq__}, a dataclass's, or identity), stopping at the first.
     */
    private IrExpr containsInstance(Pos pos, IrExpr item, IrExpr list) {
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal x = scope.temp(item.type());
        stmts.add(new IrStmt.SetLocal(x, item));
        IrLocal xs = scope.temp(list.type());
        stmts.add(new IrStmt.SetLocal(xs, list));
        Expr v = new Expr.Name(pos, "$v");
        Expr.ListComp each = new Expr.ListComp(pos,
                new Expr.Compare(pos, v, List.of("=="), List.of(new Expr.Name(pos, "$x"))),
                List.of(new Expr.CompFor(pos, v, new Expr.Name(pos, "$xs"), List.of())), true);
        IrExpr found = blocks.withNames(java.util.Map.of("$x", x, "$xs", xs), () -> blocks.anyAll(each, true));
        return new IrExpr.Block(stmts, found);
    }

    private static final java.util.Set<String> BUILTIN_TYPES = java.util.Set.of("str", "bytes", "list", "dict", "set", "int", "float");

    /**
     * A method of a builtin type used as a function ({@code key=str.lower}, {@code map(str.strip, xs)}):
     * the lambda {@code lambda self: self.method()} it stands for; any other expression as it is.
     */
    /**
     * A function argument ({@code key=}, map/filter's function) as the lambda it stands for: a
     * method of a builtin type ({@link #unboundMethod}), or {@code d.get} of a dict (a name or field
     * path), which becomes {@code lambda k: d[k]}: the idiom {@code max(d, key=d.get)} looks up keys
     * the dict has (a missing key raises KeyError, where CPython would go on with None and fail
     * comparing it).
     */
    Expr functionArgument(Expr f) {
        if (f instanceof Expr.Attribute a && a.name().equals("get") && Narrowing.path(a.target()) != null
                && check(a.target()).type().kind() == Type.Kind.DICT) {
            Expr k = new Expr.Name(a.pos(), "$key");
            return new Expr.Lambda(a.pos(), List.of("$key"), new Expr.Index(a.pos(), a.target(), k));
        }
        return unboundMethod(f, scope);
    }

    static Expr unboundMethod(Expr f, Scope scope) {
        if (f instanceof Expr.Attribute a && a.target() instanceof Expr.Name t && BUILTIN_TYPES.contains(t.id())
                && !scope.isVariable(t.id()) && scope.classInfo(t.id()) == null) {
            Expr self = new Expr.Name(a.pos(), "$self");
            return new Expr.Lambda(a.pos(), List.of("$self"),
                    new Expr.Call(a.pos(), new Expr.Attribute(a.pos(), self, a.name()), List.of(), List.of()));
        }
        return f;
    }

    /**
     * The items of a list unpacked into {@code count} targets ({@code a, b = line.split(",")}): the
     * list is held in a local and its length checked, raising CPython's ValueError ("not enough
     * values to unpack (expected 2, got 1)", "too many values to unpack (expected 2)").
     */
    List<IrExpr> listItems(IrExpr list, int count, List<IrStmt> out) {
        IrLocal t = scope.temp(list.type());
        out.add(new IrStmt.SetLocal(t, list));
        IrLocal n = scope.temp(Type.INT);
        out.add(new IrStmt.SetLocal(n, op(Type.INT, IrOp.LIST_LEN, new IrExpr.Local(t))));
        IrExpr nv = new IrExpr.Local(n);
        out.add(notEnoughValues(nv, count, ""));
        out.add(new IrStmt.If(op(Type.BOOL, IrOp.INT_GT, nv, intConst(count)), List.of(FunctionChecker.raise("ValueError",
                new IrExpr.Const(Type.STR, "too many values to unpack (expected " + count + ")"))), List.of()));
        List<IrExpr> items = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            items.add(op(list.type().a(), IrOp.LIST_GET, new IrExpr.Local(t), intConst(k)));
        }
        return items;
    }

    /**
     * Raises CPython's "not enough values to unpack (expected [at least ]N, got L)" when the length
     * {@code n} (a local) is below {@code count}.
     */
    static IrStmt notEnoughValues(IrExpr n, int count, String atLeast) {
        IrExpr message = op(Type.STR, IrOp.STR_CONCAT, op(Type.STR, IrOp.STR_CONCAT,
                new IrExpr.Const(Type.STR, "not enough values to unpack (expected " + atLeast + count + ", got "),
                op(Type.STR, IrOp.STR_FROM_INT, n)), new IrExpr.Const(Type.STR, ")"));
        return new IrStmt.If(op(Type.BOOL, IrOp.INT_LT, n, intConst(count)),
                List.of(FunctionChecker.raise("ValueError", message)), List.of());
    }

    /** Whether values of {@code t} compare by value in the runtime (no class instances, whose == may be __eq__). */
    private static boolean comparesByValue(Type t) {
        return switch (t.kind()) {
            case INT, FLOAT, BOOL, STR, BYTES, NONE -> true;
            case LIST, SET, OPTIONAL, VARTUPLE -> comparesByValue(t.a());
            case DICT -> comparesByValue(t.a()) && comparesByValue(t.b());
            case TUPLE -> t.items().stream().allMatch(ExprChecker::comparesByValue);
            default -> false;
        };
    }

    /** Whether lists of {@code t} have an order ({@code <}): numbers, str, bytes, and tuples and lists of those. */
    private static boolean orders(Type t) {
        return switch (t.kind()) {
            case INT, FLOAT, BOOL, STR, BYTES -> true;
            case LIST, VARTUPLE -> orders(t.a());
            case TUPLE -> t.isOrderable();
            default -> false;
        };
    }

    /** A slice's start, stop, step and flags, evaluated into {@code out} (see BlockLowering.bounds). */
    List<IrExpr> sliceBounds(Expr.Slice s, List<IrStmt> out) {
        return blocks.bounds(s, out);
    }

    private IrExpr index(Expr.Index ix) {
        if (enums.enumClass(ix.target()) != null) {
            return enums.lookup(enums.enumClass(ix.target()), ix.index(), true, ix.pos());
        }
        IrExpr target = check(ix.target());
        Type t = target.type();
        if (ix.index() instanceof Expr.Slice s) {
            return t.kind() == Type.Kind.TUPLE ? fixedSlice(target, s) : blocks.slice(target, s);
        }
        if (t.kind() == Type.Kind.TUPLE) {
            List<Type> items = t.items();
            Long k = ix.index() instanceof Expr.IntLit lit ? Long.valueOf(lit.value().longValue())
                    : ix.index() instanceof Expr.Unary u && u.op().equals("-") && u.operand() instanceof Expr.IntLit lit
                    ? Long.valueOf(-lit.value().longValue()) : null;
            if (k == null) {
                // t[i]: of a tuple of one item type (as mypy types it), read at run time
                if (!items.isEmpty() && items.stream().allMatch(items.get(0)::equals)) {
                    return new IrExpr.Op(items.get(0), IrOp.TUPLE_GET_AT, List.of(target, indexInt(ix.index(), t)));
                }
                Type item = itemType(t);
                if (item != null) {
                    return op(item, IrOp.LIST_GET, coerce(target, Type.varTuple(item)), indexInt(ix.index(), t));
                }
                throw unsupported(ix.index().pos(), "tuple index that is not an integer literal, on a tuple of different item types"
                        + " (the item's type would depend on the index)");
            }
            long at = k < 0 ? k + items.size() : k;
            if (at < 0 || at >= items.size()) {
                throw error(ix.pos(), "Tuple index out of range");
            }
            return new IrExpr.Op(items.get((int) at), IrOp.TUPLE_GET, List.of(target, intConst(at)));
        }
        switch (t.kind()) {
            case LIST, VARTUPLE -> {
                IrExpr i = indexInt(ix.index(), t);
                return op(t.a(), IrOp.LIST_GET, target, i); // on a tuple: IndexError "tuple index out of range"
            }
            case STR -> {
                IrExpr i = indexInt(ix.index(), t);
                return op(Type.STR, IrOp.STR_GET, target, i);
            }
            case BYTES -> {
                IrExpr i = indexInt(ix.index(), t);
                return op(Type.INT, IrOp.BYTES_GET, target, i);
            }
            case DICT -> {
                IrExpr k = check(ix.index());
                return op(t.b(), IrOp.DICT_GET, target, coerceOrFail(k, t.a(), ix.index().pos(),
                        "Invalid index type \"" + k.type() + "\" for \"" + t + "\"; expected type \"" + t.a() + "\""));
            }
            default -> throw error(ix.pos(), "Value of type \"" + t + "\" is not indexable");
        }
    }

    /**
     * A slice of a fixed tuple: with literal bounds and step (or none), the fixed tuple of the items it
     * takes (as mypy types it); with computed ones, a tuple of one item type as a {@code tuple[T, ...]}.
     */
    private IrExpr fixedSlice(IrExpr target, Expr.Slice s) {
        Type t = target.type();
        int n = t.items().size();
        Long lo = sliceConstant(s.lower());
        Long hi = sliceConstant(s.upper());
        Long st = sliceConstant(s.step());
        if (lo != null && hi != null && st != null && st != 0) {
            long step = st == NO_PART ? 1 : st;
            long start;
            long stop;
            if (step > 0) {
                start = lo == NO_PART ? 0 : clamp(lo < 0 ? lo + n : lo, 0, n);
                stop = hi == NO_PART ? n : clamp(hi < 0 ? hi + n : hi, 0, n);
            } else {
                start = lo == NO_PART ? n - 1 : clamp(lo < 0 ? lo + n : lo, -1, n - 1);
                stop = hi == NO_PART ? -1 : clamp(hi < 0 ? hi + n : hi, -1, n - 1);
            }
            IrLocal a = scope.temp(t);
            List<IrExpr> items = new ArrayList<>();
            for (long k = start; step > 0 ? k < stop : k > stop; k += step) {
                items.add(new IrExpr.Op(t.items().get((int) k), IrOp.TUPLE_GET, List.of(new IrExpr.Local(a), intConst(k))));
            }
            return new IrExpr.Block(List.of(new IrStmt.SetLocal(a, target)),
                    new IrExpr.Op(Type.tuple(items.stream().map(IrExpr::type).toList()), IrOp.TUPLE_NEW, items));
        }
        Type h = itemType(t);
        if (h == null) {
            throw unsupported(s.pos(), "slicing \"" + t + "\" with computed bounds (its items have different types, or none,"
                    + " so no type describes the result)");
        }
        return blocks.slice(coerce(target, Type.varTuple(h)), s);
    }

    private static final long NO_PART = Long.MIN_VALUE;

    /** A slice part as a constant: NO_PART when absent (or None), null when computed. */
    private static Long sliceConstant(Expr e) {
        if (e == null || e instanceof Expr.NoneLit) {
            return NO_PART;
        }
        if (e instanceof Expr.IntLit lit && lit.value().bitLength() < 32) {
            return lit.value().longValue();
        }
        if (e instanceof Expr.Unary u && u.op().equals("-") && u.operand() instanceof Expr.IntLit lit && lit.value().bitLength() < 32) {
            return -lit.value().longValue();
        }
        return null;
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
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
            Signature getter = c.methods.get(ClassInfo.getter(a.name()));
            if (getter != null) {
                return new IrExpr.Call(getter.returnType(), scope.methodTarget(c, ClassInfo.getter(a.name())), List.of(obj));
            }
            if (c.methods.containsKey(a.name()) || c.classMethods.containsKey(a.name())) {
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
            Signature setter = c.methods.get(ClassInfo.setter(a.name()));
            if (setter != null) {
                Type t = setter.paramTypes().get(0);
                v = coerceOrFail(v, t, a.pos(), "Incompatible types in assignment (expression has type \"" + v.type()
                        + "\", variable has type \"" + t + "\")");
                return new IrExpr.Call(Type.NONE, scope.methodTarget(c, ClassInfo.setter(a.name())), List.of(obj, v));
            }
            if (c.methods.containsKey(ClassInfo.getter(a.name()))) {
                throw error(a.pos(), "Property \"" + a.name() + "\" defined in \"" + c.name + "\" is read-only");
            }
            throw error(a.pos(), "\"" + c.name + "\" has no attribute \"" + a.name() + "\"");
        }
        Type t = c.fieldTypes.get(slot);
        v = coerceOrFail(v, t, a.pos(), "Incompatible types in assignment (expression has type \"" + v.type()
                + "\", variable has type \"" + t + "\")");
        return new IrExpr.Op(Type.NONE, IrOp.FIELD_SET, List.of(obj, intConst(slot), v));
    }

    private ClassInfo classOf(Expr.Attribute a, IrExpr obj) {
        if (obj.type().kind() == Type.Kind.OPTIONAL) {
            throw error(a.pos(), "Item \"None\" of \"" + obj.type() + "\" has no attribute \"" + a.name()
                    + "\" (check \"is not None\" first)");
        }
        if (obj.type().kind() != Type.Kind.CLASS) {
            throw unsupported(a.pos(), "attribute \"" + a.name() + "\" of \"" + obj.type() + "\" (only fields of class instances)");
        }
        return scope.classOfType(obj.type());
    }

    /** str()/repr() of a value: __str__/__repr__ for class instances; containers of them are rejected. */
    IrExpr stringOf(IrExpr v, boolean repr, Pos pos) {
        if (containsSet(v.type())) {
            throw unsupported(pos, "printing a set (CPython's order of set elements is not reproducible; print sorted(s))");
        }
        if (containsFunc(v.type())) {
            throw unsupported(pos, "printing a function value (CPython prints its address)");
        }
        if (v.type().kind() == Type.Kind.OPTIONAL) {
            IrLocal t = scope.temp(v.type());
            IrExpr inner = op(v.type().a(), IrOp.OPT_UNWRAP, new IrExpr.Local(t));
            return new IrExpr.Block(List.of(new dev.wasmhost.guest.ir.IrStmt.SetLocal(t, v)), new IrExpr.Cond(Type.STR,
                    op(Type.BOOL, IrOp.IS_NONE, new IrExpr.Local(t)), new IrExpr.Const(Type.STR, "None"),
                    repr ? stringOf(inner, true, pos) : toStr(inner, pos)));
        }
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
            return containerRepr(v, pos);
        }
        return repr ? op(Type.STR, IrOp.REPR, v) : toStr(v, pos);
    }

    /**
     * The repr (also the str) of a list, dict or tuple holding class instances, as CPython writes it:
     * each item's repr ({@code __repr__} for an instance, this again for a nested container) between
     * the container's brackets. Lowered as the f-strings and join it stands for, with the container
     * held in a local.
     */
    private IrExpr containerRepr(IrExpr v, Pos pos) {
        IrLocal held = scope.temp(v.type());
        Expr c = new Expr.Name(pos, "$c");
        Expr body = switch (v.type().kind()) {
            case LIST -> joined(pos, "[", List.of(reprOf(pos, new Expr.Name(pos, "$e"))), new Expr.Name(pos, "$e"), c, "]");
            case DICT -> joined(pos, "{", List.of(reprOf(pos, new Expr.Name(pos, "$k")), new Expr.StrLit(pos, ": "),
                    reprOf(pos, new Expr.Name(pos, "$v"))), new Expr.TupleLit(pos, List.of(new Expr.Name(pos, "$k"),
                    new Expr.Name(pos, "$v"))), new Expr.Call(pos, new Expr.Attribute(pos, c, "items"), List.of(), List.of()), "}");
            case VARTUPLE -> {
                // (x,) for one item, as CPython writes it
                Expr e = new Expr.Name(pos, "$e");
                Expr one = new Expr.FString(pos, List.of(new Expr.StrLit(pos, "("), reprOf(pos, new Expr.Index(pos, c,
                        new Expr.IntLit(pos, java.math.BigInteger.ZERO))), new Expr.StrLit(pos, ",)")));
                Expr isOne = new Expr.Compare(pos, new Expr.Call(pos, new Expr.Name(pos, "len"), List.of(c), List.of()), List.of("=="),
                        List.of(new Expr.IntLit(pos, java.math.BigInteger.ONE)));
                yield new Expr.IfExp(pos, isOne, one, joined(pos, "(", List.of(reprOf(pos, e)), e, c, ")"));
            }
            case TUPLE -> {
                List<Expr> parts = new ArrayList<>();
                parts.add(new Expr.StrLit(pos, "("));
                int n = v.type().items().size();
                for (int k = 0; k < n; k++) {
                    parts.add(reprOf(pos, new Expr.Index(pos, c, new Expr.IntLit(pos, java.math.BigInteger.valueOf(k)))));
                    parts.add(new Expr.StrLit(pos, k < n - 1 ? ", " : n == 1 ? ",)" : ")"));
                }
                yield new Expr.FString(pos, parts);
            }
            default -> throw unsupported(pos, "converting \"" + v.type() + "\" to str");
        };
        IrExpr text = blocks.withNames(java.util.Map.of("$c", held), () -> check(body));
        return new IrExpr.Block(List.of(new dev.wasmhost.guest.ir.IrStmt.SetLocal(held, v)), text);
    }

    private static Expr reprOf(Pos pos, Expr e) {
        return new Expr.Formatted(pos, e, 'r', null);
    }

    /** {@code open + ", ".join([f"{item parts}" for target in iter]) + close}. */
    private static Expr joined(Pos pos, String open, List<Expr> item, Expr target, Expr iter, String close) {
        Expr items = new Expr.ListComp(pos, new Expr.FString(pos, item), List.of(new Expr.CompFor(pos, target, iter, List.of())), false);
        Expr join = new Expr.Call(pos, new Expr.Attribute(pos, new Expr.StrLit(pos, ", "), "join"), List.of(items), List.of());
        return new Expr.Binary(pos, "+", new Expr.Binary(pos, "+", new Expr.StrLit(pos, open), join), new Expr.StrLit(pos, close));
    }

    static boolean containsFunc(Type t) {
        return t != null && (t.kind() == Type.Kind.FUNC || t.kind() != Type.Kind.CLASS && (containsFunc(t.a()) || containsFunc(t.b())));
    }

    static boolean containsSet(Type t) {
        return t != null && (t.kind() == Type.Kind.SET || t.kind() != Type.Kind.CLASS && (containsSet(t.a()) || containsSet(t.b())));
    }

    static boolean containsClass(Type t) {
        if (t != null && t.kind() == Type.Kind.TUPLE) {
            return t.items().stream().anyMatch(ExprChecker::containsClass);
        }
        return t != null && (t.kind() == Type.Kind.CLASS || (t.kind() == Type.Kind.LIST || t.kind() == Type.Kind.DICT
                || t.kind() == Type.Kind.SET || t.kind() == Type.Kind.OPTIONAL || t.kind() == Type.Kind.VARTUPLE)
                && (containsClass(t.a()) || containsClass(t.b())));
    }

    /** str(v) for any type; {@code pos} locates the error for values that cannot be converted. */
    IrExpr toStr(IrExpr v, Pos pos) {
        if (v.type().kind() == Type.Kind.CLASS || v.type().kind() == Type.Kind.OPTIONAL || containsClass(v.type())
                || containsSet(v.type()) || containsFunc(v.type())) {
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
        if (a == Type.NONE || b == Type.NONE) {
            return Type.optional(a == Type.NONE ? b : a);
        }
        if (a.kind() == Type.Kind.OPTIONAL || b.kind() == Type.Kind.OPTIONAL) {
            Type ia = a.kind() == Type.Kind.OPTIONAL ? a.a() : a;
            Type ib = b.kind() == Type.Kind.OPTIONAL ? b.a() : b;
            Type j = join(ia, ib);
            if (j == null || a.kind() == Type.Kind.OPTIONAL && !ia.equals(j) || b.kind() == Type.Kind.OPTIONAL && !ib.equals(j)) {
                return null; // boxed values are not converted
            }
            return Type.optional(j);
        }
        if (a.isNumeric() && b.isNumeric()) {
            return a == Type.FLOAT || b == Type.FLOAT ? Type.FLOAT : Type.INT;
        }
        // tuples: a fixed tuple joins a tuple[T, ...] it converts to; fixed tuples of one item type
        // (and the empty tuple) join as the tuple[T, ...] of that type, as in mypy
        if (b.kind() == Type.Kind.VARTUPLE && assignable(a, b)) {
            return b;
        }
        if (a.kind() == Type.Kind.VARTUPLE && assignable(b, a)) {
            return a;
        }
        if (a.kind() == Type.Kind.TUPLE && b.kind() == Type.Kind.TUPLE) {
            Type ia = itemType(a);
            Type ib = itemType(b);
            Type item = a.a() == null ? ib : b.a() == null ? ia : ia == null || ib == null ? null : itemJoin(ia, ib);
            return item == null ? null : Type.varTuple(item);
        }
        return null;
    }

    /**
     * The one type every item of the fixed tuple {@code t} converts to when it becomes a
     * {@code tuple[T, ...]}: items of one type, or tuples that join (see {@link #join}: tuples of
     * one item type and different lengths). Null when there is none: items of different types (no
     * numeric widening here: {@code for x in (1, 2.5)} would print 1.0) and the empty tuple.
     */
    static Type itemType(Type t) {
        if (t.kind() != Type.Kind.TUPLE || t.a() == null) {
            return null;
        }
        Type item = null;
        for (Type i : t.items()) {
            item = item == null ? i : itemJoin(item, i);
            if (item == null) {
                return null;
            }
        }
        return item;
    }

    private static Type itemJoin(Type a, Type b) {
        if (a.equals(b)) {
            return a;
        }
        return isTuple(a) && isTuple(b) ? join(a, b) : null;
    }

    static boolean assignable(Type from, Type to) {
        if (to == Type.OBJECT) {
            return from == Type.NONE || from.isRef();
        }
        if (to.kind() == Type.Kind.OPTIONAL) {
            if (from == Type.NONE || from.equals(to)) {
                return true;
            }
            if (from.kind() == Type.Kind.OPTIONAL) {
                return from.a().kind() == Type.Kind.CLASS && from.a().isSubclassOf(to.a());
            }
            return assignable(from, to.a());
        }
        if (to.kind() == Type.Kind.VARTUPLE && from.kind() == Type.Kind.TUPLE) {
            // a fixed tuple is copied into a new tuple[T, ...], each item converted (see itemConverts)
            return from.items().stream().allMatch(item -> itemConverts(item, to.a()));
        }
        if (to.kind() == Type.Kind.VARTUPLE && from.kind() == Type.Kind.VARTUPLE) {
            // immutable, so covariant where the items need no conversion (instances of a subclass)
            return from.equals(to) || from.a().kind() == Type.Kind.CLASS && from.a().isSubclassOf(to.a());
        }
        return from.equals(to) || from.kind() == Type.Kind.CLASS && from.isSubclassOf(to) || to == Type.FLOAT && (from == Type.INT || from == Type.BOOL)
                || to == Type.INT && from == Type.BOOL;
    }

    /**
     * Whether an item of a fixed tuple converts to T when the tuple becomes a {@code tuple[T, ...]}
     * (copied slot by slot, see IrOp.TUPLE_TO_VAR): the same type, an instance of a subclass, an int
     * or bool widened to float, a bool to int, a reference into {@code T | None}, a tuple into a
     * {@code tuple[U, ...]} by the same rules. Not: an int, float or bool into an optional (which
     * would box it).
     */
    static boolean itemConverts(Type item, Type elem) {
        if (item.equals(elem) || item.kind() == Type.Kind.CLASS && item.isSubclassOf(elem)
                || elem == Type.FLOAT && (item == Type.INT || item == Type.BOOL) || elem == Type.INT && item == Type.BOOL) {
            return true;
        }
        if (elem.kind() == Type.Kind.OPTIONAL) {
            Type inner = item.kind() == Type.Kind.OPTIONAL ? item.a() : item;
            return !inner.isScalar() && (inner.equals(elem.a()) || inner.kind() == Type.Kind.CLASS && inner.isSubclassOf(elem.a()));
        }
        return elem.kind() == Type.Kind.VARTUPLE && isTuple(item) && assignable(item, elem);
    }

    /**
     * True for a tuple that mypy accepts where a {@code tuple[T, ...]} is expected (tuples are
     * covariant) but that the language does not convert: a {@code tuple[int, ...]} as a
     * {@code tuple[float, ...]} (each item a new float), a fixed tuple whose items would be boxed into
     * {@code T | None}.
     */
    private static boolean unconvertedTuple(Type from, Type to) {
        Type t = to.kind() == Type.Kind.OPTIONAL ? to.a() : to;
        if (t.kind() != Type.Kind.VARTUPLE || !isTuple(from)) {
            return false;
        }
        List<Type> items = from.kind() == Type.Kind.VARTUPLE ? List.of(from.a()) : from.items();
        return items.stream().allMatch(i -> assignable(i, t.a()) || unconvertedTuple(i, t.a()));
    }

    /** Converts an already-compatible value (see {@link #assignable}). */
    static IrExpr coerce(IrExpr v, Type to) {
        Type from = v.type();
        if (to == Type.OBJECT && from != Type.OBJECT) {
            if (from == Type.NONE) {
                return v instanceof IrExpr.Const ? new IrExpr.Const(to, null)
                        : new IrExpr.Block(List.of(new dev.wasmhost.guest.ir.IrStmt.Eval(v)), new IrExpr.Const(to, null));
            }
            return new IrExpr.Op(to, IrOp.CLASS_CAST, List.of(v));
        }
        if (to.kind() == Type.Kind.OPTIONAL && !from.equals(to)) {
            if (from == Type.NONE) {
                return v instanceof IrExpr.Const ? new IrExpr.Const(to, null)
                        : new IrExpr.Block(List.of(new dev.wasmhost.guest.ir.IrStmt.Eval(v)), new IrExpr.Const(to, null));
            }
            if (from.kind() == Type.Kind.OPTIONAL) {
                return v;
            }
            return new IrExpr.Op(to, IrOp.OPT_WRAP, List.of(coerce(v, to.a())));
        }
        if (from.equals(to) || from.kind() == Type.Kind.CLASS && from.isSubclassOf(to)) {
            return v;
        }
        if (to.kind() == Type.Kind.VARTUPLE && from.kind() == Type.Kind.TUPLE) {
            if (v instanceof IrExpr.Op o && o.op() == IrOp.TUPLE_NEW) {
                // a display: its items go straight into the new tuple[T, ...]
                return new IrExpr.Op(to, IrOp.LIST_NEW, o.args().stream().map(item -> coerce(item, to.a())).toList());
            }
            return new IrExpr.Op(to, IrOp.TUPLE_TO_VAR, List.of(v));
        }
        if (to.kind() == Type.Kind.VARTUPLE && from.kind() == Type.Kind.VARTUPLE) {
            return new IrExpr.Op(to, IrOp.CLASS_CAST, List.of(v)); // items of a subclass: the same object
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
            if (unconvertedTuple(v.type(), to)) {
                throw unsupported(pos, "\"" + v.type() + "\" where \"" + to + "\" is expected (mypy accepts it, but its items"
                        + " would each have to be converted: build the tuple from items of the expected type)");
            }
            throw error(pos, message);
        }
        return coerce(v, to);
    }

    /** {@code v} cast to {@code c} when an isinstance() test proved it is one (c a subclass of its type). */
    static IrExpr narrowTo(IrExpr v, ClassInfo c) {
        if (c != null && v.type().kind() == Type.Kind.CLASS && !v.type().equals(c.type) && c.type.isSubclassOf(v.type())) {
            return op(c.type, IrOp.CLASS_CAST, v);
        }
        return v;
    }

    /** A fixed tuple of one item type as the tuple[T, ...] it converts to (for the builtins that take a sequence); else v. */
    static IrExpr homogeneous(IrExpr v) {
        Type item = itemType(v.type());
        return item == null ? v : coerce(v, Type.varTuple(item));
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

    /**
     * The imported module that {@code e} names ({@code util}, {@code u} after {@code import util as u},
     * {@code pkg.sub} after {@code import pkg.sub}), or null.
     */
    ModuleChecker moduleOf(Expr e) {
        StringBuilder d = new StringBuilder();
        Expr t = e;
        while (t instanceof Expr.Attribute a) {
            d.insert(0, "." + a.name());
            t = a.target();
        }
        if (!(t instanceof Expr.Name n) || scope.isVariable(n.id())) {
            return null;
        }
        return scope.module(n.id() + d);
    }
}
