package dev.wasmhost.guest.types;

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
import java.util.Set;

/** Types calls: user functions, builtins, methods of str/list/dict, and runtime intrinsics. */
final class CallChecker {
    private static final Set<String> OTHER_BUILTINS = Set.of(
            "input", "open", "type",
            "id", "iter", "next", "getattr", "setattr", "hasattr",
            "set", "frozenset", "bytes", "bytearray", "object", "super",
            "format", "exec", "eval", "globals", "locals", "vars", "dir",
            "callable", "complex", "memoryview", "slice", "property", "staticmethod", "classmethod",
            "exit", "quit", "list");

    private record Intrinsic(IrOp op, Type result, int arity, boolean floatArg) {}

    private static final Map<String, Intrinsic> INTRINSICS = Map.ofEntries(
            Map.entry("__load8", new Intrinsic(IrOp.LOAD8, Type.INT, 1, false)),
            Map.entry("__load32", new Intrinsic(IrOp.LOAD32, Type.INT, 1, false)),
            Map.entry("__load64", new Intrinsic(IrOp.LOAD64, Type.INT, 1, false)),
            Map.entry("__store8", new Intrinsic(IrOp.STORE8, Type.NONE, 2, false)),
            Map.entry("__store32", new Intrinsic(IrOp.STORE32, Type.NONE, 2, false)),
            Map.entry("__store64", new Intrinsic(IrOp.STORE64, Type.NONE, 2, false)),
            Map.entry("__float_bits", new Intrinsic(IrOp.FLOAT_BITS, Type.INT, 1, true)),
            Map.entry("__trunc", new Intrinsic(IrOp.FLOAT_TRUNC_RAW, Type.INT, 1, true)),
            Map.entry("__bits_float", new Intrinsic(IrOp.BITS_FLOAT, Type.FLOAT, 1, false)),
            Map.entry("__wrap_add", new Intrinsic(IrOp.WRAP_ADD, Type.INT, 2, false)),
            Map.entry("__wrap_sub", new Intrinsic(IrOp.WRAP_SUB, Type.INT, 2, false)),
            Map.entry("__wrap_mul", new Intrinsic(IrOp.WRAP_MUL, Type.INT, 2, false)),
            Map.entry("__div", new Intrinsic(IrOp.DIV_RAW, Type.INT, 2, false)),
            Map.entry("__rem", new Intrinsic(IrOp.REM_RAW, Type.INT, 2, false)),
            Map.entry("__shr_u", new Intrinsic(IrOp.SHR_UNSIGNED, Type.INT, 2, false)),
            Map.entry("__memory_size", new Intrinsic(IrOp.MEMORY_SIZE, Type.INT, 0, false)),
            Map.entry("__memory_grow", new Intrinsic(IrOp.MEMORY_GROW, Type.INT, 1, false)),
            Map.entry("__heap_base", new Intrinsic(IrOp.HEAP_BASE, Type.INT, 0, false)),
            Map.entry("__roots_start", new Intrinsic(IrOp.ROOTS_START, Type.INT, 0, false)),
            Map.entry("__roots_end", new Intrinsic(IrOp.ROOTS_END, Type.INT, 0, false)),
            Map.entry("__globals_start", new Intrinsic(IrOp.GLOBALS_START, Type.INT, 0, false)),
            Map.entry("__globals_end", new Intrinsic(IrOp.GLOBALS_END, Type.INT, 0, false)),
            Map.entry("__scratch", new Intrinsic(IrOp.SCRATCH, Type.INT, 0, false)),
            Map.entry("__fd_write", new Intrinsic(IrOp.FD_WRITE, Type.INT, 3, false)),
            Map.entry("__proc_exit", new Intrinsic(IrOp.PROC_EXIT, Type.NONE, 1, false)),
            Map.entry("__sqrt", new Intrinsic(IrOp.SQRT, Type.FLOAT, 1, true)),
            Map.entry("__floor", new Intrinsic(IrOp.FLOAT_FLOOR, Type.FLOAT, 1, true)),
            Map.entry("__ceil", new Intrinsic(IrOp.FLOAT_CEIL, Type.FLOAT, 1, true)),
            Map.entry("__raise", new Intrinsic(IrOp.RAISE, Type.NONE, 2, false)),
            Map.entry("__addr", new Intrinsic(IrOp.ADDR, Type.INT, 1, false)),
            Map.entry("__ascii_strs", new Intrinsic(IrOp.ASCII_STRS, Type.INT, 0, false)),
            Map.entry("__unicode_data", new Intrinsic(IrOp.UNICODE_DATA, Type.INT, 1, false)),
            Map.entry("__memcopy", new Intrinsic(IrOp.MEMCOPY, Type.NONE, 3, false)),
            Map.entry("__memfill", new Intrinsic(IrOp.MEMFILL, Type.NONE, 3, false)),
            Map.entry("__is_component", new Intrinsic(IrOp.IS_COMPONENT, Type.INT, 0, false)),
            Map.entry("__raw_alloc", new Intrinsic(IrOp.RAW_ALLOC, Type.INT, 1, false)),
            Map.entry("__gc_resume", new Intrinsic(IrOp.GC_RESUME, Type.NONE, 0, false)),
            Map.entry("__str_from_bytes", new Intrinsic(IrOp.STR_FROM_BYTES, Type.STR, 2, false)),
            Map.entry("__bytes_from_mem", new Intrinsic(IrOp.BYTES_FROM_MEM, Type.BYTES, 2, false)),
            Map.entry("__bytes_addr", new Intrinsic(IrOp.ADDR, Type.INT, 1, false)));

    static final String MATH = "sqrt, floor, ceil, trunc, fabs, isnan, isinf, isfinite, copysign, gcd, factorial, isclose,"
            + " pi, e, tau, inf, nan";

    private final ExprChecker x;
    private final CollectionMethods methods;

    CallChecker(ExprChecker x) {
        this.methods = new CollectionMethods(x);
        this.x = x;
    }

    IrExpr call(Expr.Call call) {
        return call(call, null);
    }

    /** A call; {@code expected} (or null) is the type the context wants, which types {@code list()}. */
    IrExpr call(Expr.Call call, Type expected) {
        if (call.func() instanceof Expr.Attribute attr && x.scope.stdlibModule("_wasmhost_files") != null
                && (attr.name().equals("listdir") && isModule(attr.target(), "os")
                || attr.name().equals("exists") && attr.target() instanceof Expr.Attribute p && p.name().equals("path")
                && isModule(p.target(), "os"))) {
            // os.listdir and os.path.exists live with open() in runtime/files.py and stdlib/_wasmhost_files.py
            return userCall(call, attr.name().equals("listdir") ? x.scope.builtinFunction("_wasmhost_listdir")
                    : x.scope.stdlibModule("_wasmhost_files").signature(attr.name()), null);
        }
        if (call.func() instanceof Expr.Attribute attr && x.moduleOf(attr.target()) != null) {
            ModuleChecker m = x.moduleOf(attr.target());
            Signature sig = m.signature(attr.name()) != null ? m.signature(attr.name()) : m.importedSignature(attr.name());
            if (sig == null && m.classNeedsDefinition(attr.name())) {
                ClassInfo cls = m.classInfo(attr.name());
                if (cls.isEnum) {
                    if (call.args().size() != 1 || !call.keywords().isEmpty()) {
                        throw x.unsupported(call.pos(), "calling an enum other than " + cls.name + "(value)");
                    }
                    return x.enums.lookup(cls, call.args().get(0), false, call.pos());
                }
                return userCall(call, cls.constructor, null);
            }
            if (sig == null) {
                throw x.error(attr.pos(), "Module \"" + m.moduleName() + "\" has no attribute \"" + attr.name() + "\""
                        + (m.moduleName().equals("math") ? " (the guest math module has " + MATH + ")" : ""));
            }
            return userCall(call, sig, null);
        }
        if (call.func() instanceof Expr.Attribute attr && attr.target() instanceof Expr.Name b && b.id().equals("bytes")
                && !x.scope.isVariable("bytes")) {
            return x.bytes.classMethod(call, attr.name());
        }
        if (call.func() instanceof Expr.Attribute attr && attr.target() instanceof Expr.Name cn && !x.scope.isVariable(cn.id())
                && x.scope.function(cn.id(), cn.pos()) == null && x.scope.classInfo(cn.id()) != null) {
            return classLevelCall(call, attr, x.scope.classInfo(cn.id()));
        }
        if (call.func() instanceof Expr.Attribute attr && attr.target() instanceof Expr.Attribute ca && x.moduleOf(ca.target()) != null
                && x.moduleOf(ca.target()).classNeedsDefinition(ca.name())) {
            return classLevelCall(call, attr, x.moduleOf(ca.target()).classInfo(ca.name()));
        }
        if (call.func() instanceof Expr.Attribute attr) {
            return method(call, attr);
        }
        if (!(call.func() instanceof Expr.Name name) || x.scope.isVariable(name.id())) {
            return callValue(call, x.check(call.func()));
        }
        Signature sig = x.scope.function(name.id(), name.pos());
        if (sig != null) {
            return userCall(call, sig, null);
        }
        ClassInfo cls = x.scope.classInfo(name.id());
        if (cls != null && cls.isEnum) {
            if (call.args().size() != 1 || !call.keywords().isEmpty()) {
                throw x.unsupported(call.pos(), "calling an enum other than " + cls.name + "(value)");
            }
            return x.enums.lookup(cls, call.args().get(0), false, call.pos());
        }
        if (cls != null) {
            return userCall(call, cls.constructor, null);
        }
        if (x.scope.intrinsics() && INTRINSICS.containsKey(name.id())) {
            Intrinsic in = INTRINSICS.get(name.id());
            List<IrExpr> args = new ArrayList<>();
            for (Expr a : call.args()) {
                args.add(x.check(a));
            }
            if (args.size() != in.arity) {
                throw x.error(call.pos(), "intrinsic " + name.id() + " takes " + in.arity + " arguments");
            }
            for (IrExpr a : args) {
                Type want = name.id().equals("__bytes_addr") ? Type.BYTES
                        : in.op == IrOp.ADDR || in.op == IrOp.RAISE ? Type.STR : in.floatArg ? Type.FLOAT : Type.INT;
                if (a.type() != want) {
                    throw x.error(call.pos(), "intrinsic " + name.id() + " argument has type \"" + a.type() + "\"");
                }
            }
            return new IrExpr.Op(in.result, in.op, args);
        }
        if (x.scope.intrinsics()) {
            for (dev.wasmhost.guest.ir.HostCall h : dev.wasmhost.guest.ir.HostCall.values()) {
                if (h.intrinsic().equals(name.id())) {
                    List<IrExpr> args = new ArrayList<>();
                    args.add(new IrExpr.Const(Type.INT, (long) h.ordinal()));
                    for (Expr a : call.args()) {
                        IrExpr e = x.check(a);
                        if (e.type() != Type.INT) {
                            throw x.error(call.pos(), "intrinsic " + name.id() + " argument has type \"" + e.type() + "\"");
                        }
                        args.add(e);
                    }
                    if (call.args().size() != h.params.length()) {
                        throw x.error(call.pos(), "intrinsic " + name.id() + " takes " + h.params.length() + " arguments");
                    }
                    return new IrExpr.Op(h.results.isEmpty() ? Type.NONE : Type.INT, IrOp.HOST, args);
                }
            }
        }
        return builtin(call, name.id(), expected);
    }

    private boolean isModule(Expr e, String module) {
        return e instanceof Expr.Name n && n.id().equals(module) && x.scope.module(module) != null && !x.scope.isVariable(module);
    }

    /** Calls a function value (a closure): positional arguments only, checked against its Callable type. */
    private IrExpr callValue(Expr.Call call, IrExpr f) {
        if (f.type().kind() != Type.Kind.FUNC) {
            throw x.error(call.pos(), "\"" + f.type() + "\" not callable");
        }
        if (!call.keywords().isEmpty()) {
            throw x.error(call.keywords().get(0).pos(), "Unexpected keyword argument \"" + call.keywords().get(0).name()
                    + "\" (a function value takes positional arguments)");
        }
        List<Type> params = f.type().params();
        if (call.args().size() != params.size()) {
            throw x.error(call.pos(), call.args().size() > params.size() ? "Too many arguments" : "Too few arguments");
        }
        List<IrExpr> args = new ArrayList<>();
        args.add(f);
        for (int k = 0; k < params.size(); k++) {
            Expr e = call.args().get(k);
            IrExpr v = x.check(e, params.get(k));
            args.add(x.coerceOrFail(v, params.get(k), e.pos(), "Argument " + (k + 1) + " has incompatible type \""
                    + v.type() + "\"; expected \"" + params.get(k) + "\""));
        }
        return new IrExpr.Op(f.type().a(), IrOp.CALL_INDIRECT, args);
    }

    private IrExpr userCall(Expr.Call call, Signature sig, IrExpr receiver) {
        int n = sig.paramNames().size();
        IrExpr[] args = new IrExpr[n];
        String quoted = "\"" + sig.name() + "\"";
        if (call.args().size() > n) {
            throw x.error(call.pos(), "Too many arguments for " + quoted);
        }
        for (int k = 0; k < call.args().size(); k++) {
            Type pt = sig.paramTypes().get(k);
            IrExpr a = x.check(call.args().get(k), pt);
            args[k] = x.coerceOrFail(a, pt, call.args().get(k).pos(), "Argument " + (k + 1) + " to " + quoted
                    + " has incompatible type \"" + a.type() + "\"; expected \"" + pt + "\"");
        }
        for (Expr.Keyword kw : call.keywords()) {
            int k = sig.paramNames().indexOf(kw.name());
            if (k < 0) {
                throw x.error(kw.pos(), "Unexpected keyword argument \"" + kw.name() + "\" for " + quoted);
            }
            if (args[k] != null) {
                throw x.error(kw.pos(), quoted + " gets multiple values for keyword argument \"" + kw.name() + "\"");
            }
            Type pt = sig.paramTypes().get(k);
            IrExpr a = x.check(kw.value(), pt);
            args[k] = x.coerceOrFail(a, pt, kw.value().pos(), "Argument \"" + kw.name() + "\" to " + quoted
                    + " has incompatible type \"" + a.type() + "\"; expected \"" + pt + "\"");
        }
        for (int k = 0; k < n; k++) {
            if (args[k] == null) {
                if (sig.defaults().get(k) == null) {
                    throw x.error(call.pos(), "Missing positional argument \"" + sig.paramNames().get(k)
                            + "\" in call to " + quoted);
                }
                args[k] = sig.defaults().get(k);
            }
        }
        if (!call.keywords().isEmpty()) {
            checkKeywordOrder(call, sig, args);
        }
        List<IrExpr> all = new ArrayList<>();
        if (receiver != null) {
            all.add(receiver);
        }
        all.addAll(List.of(args));
        return new IrExpr.Call(sig.returnType(), sig.irName(), all);
    }

    /**
     * Arguments are evaluated in parameter order; with keywords out of order that would differ from
     * Python's left-to-right evaluation, so such calls must have side-effect-free arguments.
     */
    private void checkKeywordOrder(Expr.Call call, Signature sig, IrExpr[] args) {
        int last = -1;
        for (Expr.Keyword kw : call.keywords()) {
            int k = sig.paramNames().indexOf(kw.name());
            if (k < last && !(kw.value() instanceof Expr.Name || isLiteral(kw.value()))) {
                throw x.unsupported(kw.pos(), "keyword arguments out of parameter order with computed values");
            }
            last = Math.max(last, k);
        }
    }

    private static boolean isLiteral(Expr e) {
        return e instanceof Expr.IntLit || e instanceof Expr.FloatLit || e instanceof Expr.StrLit
                || e instanceof Expr.BoolLit || e instanceof Expr.NoneLit;
    }

    private List<IrExpr> positional(Expr.Call call, String fn, int min, int max) {
        if (!call.keywords().isEmpty() && !fn.equals("print")) {
            throw x.unsupported(call.keywords().get(0).pos(), "keyword arguments to " + fn + "()");
        }
        if (call.args().size() < min) {
            throw x.error(call.pos(), "Missing positional argument in call to \"" + fn + "\"");
        }
        if (call.args().size() > max) {
            throw x.error(call.pos(), "Too many arguments for \"" + fn + "\"");
        }
        List<IrExpr> args = new ArrayList<>();
        for (Expr a : call.args()) {
            args.add(x.check(a));
        }
        return args;
    }

    /** The builtins (and str.join) that take a generator expression: it is computed as a list. */
    static final String GENERATOR_CONSUMERS = "list(), set(), sum(), min(), max(), sorted(), any(), all() and str.join()";

    private static final Set<String> CONSUMES_GENERATOR = Set.of("sum", "min", "max", "sorted", "join");

    /** Builtins that make an iterator: accepted wherever an iterable is consumed whole (and in for loops). */
    private static final Set<String> ITERATOR_BUILTINS = Set.of("range", "enumerate", "zip", "reversed", "map", "filter");

    /** {@code (v for v in it)} for an iterator-making builtin's call, so that its consumers take it like a generator. */
    private Expr asGenerator(Expr e) {
        return asGenerator(e, x.scope);
    }

    static Expr asGenerator(Expr e, Scope scope) {
        if (e instanceof Expr.Call c && c.func() instanceof Expr.Name n && ITERATOR_BUILTINS.contains(n.id())
                && !scope.isVariable(n.id()) && scope.function(n.id(), n.pos()) == null) {
            Expr v = new Expr.Name(c.pos(), "$v");
            return new Expr.ListComp(c.pos(), v, List.of(new Expr.CompFor(c.pos(), v, c, List.of())), true);
        }
        return e;
    }

    /** The call with a generator-expression argument replaced by the list comprehension it stands for. */
    Expr.Call generatorAsList(Expr.Call call, String fn) {
        if (call.args().size() != 1 || !CONSUMES_GENERATOR.contains(fn)) {
            return call;
        }
        if (!(asGenerator(call.args().get(0)) instanceof Expr.ListComp c) || !c.generator()) {
            return call;
        }
        return new Expr.Call(call.pos(), call.func(), List.of(c.asList()), call.keywords());
    }

    /** {@code list(iterable)}: a new list of what iterating yields (a copy of a list; a str's characters; a dict's keys). */
    private IrExpr toList(Expr.Call call, Type expected) {
        if (call.args().isEmpty() && call.keywords().isEmpty()) {
            if (expected == null || expected.kind() != Type.Kind.LIST) {
                throw x.unsupported(call.pos(), "list() whose element type cannot be inferred (annotate the variable)");
            }
            return new IrExpr.Op(expected, IrOp.LIST_NEW, List.of());
        }
        if (call.args().size() != 1 || !call.keywords().isEmpty()) {
            throw x.error(call.pos(), "list expected at most 1 argument, got " + call.args().size());
        }
        Expr arg = call.args().get(0);
        if (asGenerator(arg) instanceof Expr.ListComp g) {
            return x.blocks.listComp(g.asList(), expected);
        }
        if (arg instanceof Expr.ListComp c) {
            return x.blocks.listComp(c.asList(), expected);
        }
        IrExpr value = x.check(arg);
        if (value.type() == Type.BYTES) {
            return x.bytes.toList(call, value);
        }
        IrExpr copy = x.dicts.listOf(value);
        if (copy == null) {
            throw x.error(arg.pos(), "Argument 1 to \"list\" has incompatible type \"" + value.type() + "\"; expected \"Iterable[T]\"");
        }
        return copy;
    }

    /**
     * {@code tuple(iterable)}: a tuple[T, ...] of what iterating yields. A tuple[T, ...] is itself (as in
     * CPython: it is immutable); a fixed tuple of one item type converts; anything else is first made a
     * new list as {@code list(iterable)} makes it, which then is the tuple (no one else holds it).
     * {@code tuple()} takes its type from the context.
     */
    private IrExpr toTuple(Expr.Call call, Type expected) {
        if (call.args().isEmpty() && call.keywords().isEmpty()) {
            if (expected == null || expected.kind() != Type.Kind.VARTUPLE) {
                throw new ExprChecker.NeedsAnnotation(call.pos(), "tuple[<type>, ...]");
            }
            return new IrExpr.Op(expected, IrOp.LIST_NEW, List.of());
        }
        if (call.args().size() != 1 || !call.keywords().isEmpty()) {
            throw x.error(call.pos(), "tuple expected at most 1 argument, got " + (call.args().size() + call.keywords().size()));
        }
        Expr arg = call.args().get(0);
        Type want = expected != null && expected.kind() == Type.Kind.VARTUPLE ? Type.list(expected.a()) : null;
        IrExpr items;
        if (asGenerator(arg) instanceof Expr.ListComp g) {
            items = x.blocks.listComp(g.asList(), want);
        } else {
            IrExpr value = x.check(arg, want);
            Type t = value.type();
            if (t.kind() == Type.Kind.VARTUPLE) {
                return value;
            }
            if (t.kind() == Type.Kind.TUPLE) {
                Type item = expected != null && expected.kind() == Type.Kind.VARTUPLE && ExprChecker.assignable(t, expected)
                        ? expected.a() : ExprChecker.itemType(t);
                if (item == null) {
                    throw x.unsupported(arg.pos(), "tuple() of \"" + t + "\" (its items have different types, or none: no"
                            + " tuple[T, ...] holds them)");
                }
                return ExprChecker.coerce(value, Type.varTuple(item));
            }
            items = t == Type.BYTES ? x.bytes.toList(call, value) : x.dicts.listOf(value);
            if (items == null) {
                throw x.error(arg.pos(), "Argument 1 to \"tuple\" has incompatible type \"" + t + "\"; expected \"Iterable[Any]\"");
            }
        }
        return new IrExpr.Op(Type.varTuple(items.type().a()), IrOp.CLASS_CAST, List.of(items));
    }

    private IrExpr builtin(Expr.Call call, String fn, Type expected) {
        Pos pos = call.pos();
        call = generatorAsList(call, fn);
        switch (fn) {
            case "print" -> { return print(call); }
            case "len" -> {
                if (call.args().size() == 1 && call.keywords().isEmpty() && RangeLowering.isRange(call.args().get(0), x.scope)) {
                    return RangeLowering.len(x, (Expr.Call) call.args().get(0));
                }
                IrExpr v = positional(call, fn, 1, 1).get(0);
                return switch (v.type().kind()) {
                    case STR -> op(Type.INT, IrOp.STR_LEN, v);
                    case BYTES -> op(Type.INT, IrOp.BYTES_LEN, v);
                    case LIST, VARTUPLE -> op(Type.INT, IrOp.LIST_LEN, v);
                    case DICT -> op(Type.INT, IrOp.DICT_LEN, v);
                    case SET -> op(Type.INT, IrOp.SET_LEN, v);
                    case TUPLE -> new IrExpr.Block(List.of(new IrStmt.Eval(v)), ExprChecker.intConst(v.type().items().size()));
                    default -> throw argType(pos, fn, v.type(), "Sized");
                };
            }
            case "str" -> {
                call.args().forEach(x.dicts::rejectViewText);
                List<IrExpr> a = positional(call, fn, 0, 1);
                return a.isEmpty() ? new IrExpr.Const(Type.STR, "") : x.toStr(a.get(0), pos);
            }
            case "repr" -> {
                call.args().forEach(x.dicts::rejectViewText);
                return x.stringOf(positional(call, fn, 1, 1).get(0), true, pos);
            }
            case "bool" -> {
                List<IrExpr> a = positional(call, fn, 0, 1);
                return a.isEmpty() ? new IrExpr.Const(Type.BOOL, false) : x.truth(a.get(0), pos);
            }
            case "int" -> {
                if (call.args().size() == 2 || call.keywords().size() == 1 && call.keywords().get(0).name().equals("base")) {
                    if (call.args().isEmpty() || call.args().size() + call.keywords().size() != 2) {
                        throw x.error(pos, call.args().isEmpty() ? "int() missing string argument"
                                : "Too many arguments for \"int\"");
                    }
                    IrExpr text = x.check(call.args().get(0));
                    Expr baseExpr = call.args().size() == 2 ? call.args().get(1) : call.keywords().get(0).value();
                    if (text.type() != Type.STR) {
                        throw x.error(call.args().get(0).pos(), "int() can't convert non-string with explicit base");
                    }
                    IrExpr base = x.coerceOrFail(x.check(baseExpr), Type.INT, baseExpr.pos(),
                            "Argument \"base\" to \"int\" has incompatible type; expected \"int\"");
                    return op(Type.INT, IrOp.INT_FROM_STR_BASE, text, base);
                }
                List<IrExpr> a = positional(call, fn, 0, 1);
                if (a.isEmpty()) {
                    return ExprChecker.intConst(0);
                }
                IrExpr v = a.get(0);
                return switch (v.type().kind()) {
                    case INT -> v;
                    case BOOL -> op(Type.INT, IrOp.BOOL_TO_INT, v);
                    case FLOAT -> op(Type.INT, IrOp.FLOAT_TO_INT, v);
                    case STR -> op(Type.INT, IrOp.INT_FROM_STR, v);
                    default -> throw argType(pos, fn, v.type(), "str | int | float");
                };
            }
            case "float" -> {
                List<IrExpr> a = positional(call, fn, 0, 1);
                if (a.isEmpty()) {
                    return new IrExpr.Const(Type.FLOAT, 0.0);
                }
                IrExpr v = a.get(0);
                if (v.type().isNumeric()) {
                    return ExprChecker.coerce(v, Type.FLOAT);
                }
                if (v.type() == Type.STR) {
                    return op(Type.FLOAT, IrOp.FLOAT_FROM_STR, v);
                }
                throw argType(pos, fn, v.type(), "int | float");
            }
            case "hex", "oct", "bin" -> {
                // hex(n) is format(n, "#x"): the prefix after the sign, as in CPython ("-0xff")
                IrExpr v = positional(call, fn, 1, 1).get(0);
                if (v.type() != Type.INT && v.type() != Type.BOOL) {
                    throw argType(pos, fn, v.type(), "int");
                }
                String spec = fn.equals("hex") ? "#x" : fn.equals("oct") ? "#o" : "#b";
                return FormatSpec.parse(x.scope.file(), pos, spec).apply(x, pos, ExprChecker.coerce(v, Type.INT), List.of());
            }
            case "abs" -> {
                IrExpr v = positional(call, fn, 1, 1).get(0);
                if (v.type() == Type.FLOAT) {
                    return op(Type.FLOAT, IrOp.FLOAT_ABS, v);
                }
                if (v.type().isNumeric()) {
                    return op(Type.INT, IrOp.INT_ABS, ExprChecker.coerce(v, Type.INT));
                }
                throw argType(pos, fn, v.type(), "int | float");
            }
            case "round" -> {
                List<IrExpr> a = positional(call, fn, 1, 2);
                IrExpr v = a.get(0);
                if (a.size() == 2 && !(a.get(1) instanceof IrExpr.Const c && c.type() == Type.NONE)) {
                    IrExpr digits = x.coerceOrFail(a.get(1), Type.INT, call.args().get(1).pos(),
                            "Argument 2 to \"round\" has incompatible type \"" + a.get(1).type() + "\"; expected \"int\"");
                    if (v.type() == Type.FLOAT) {
                        return op(Type.FLOAT, IrOp.FLOAT_ROUND_TO, v, digits);
                    }
                    if (v.type().isNumeric()) {
                        return op(Type.INT, IrOp.INT_ROUND_TO, ExprChecker.coerce(v, Type.INT), digits);
                    }
                    throw argType(pos, fn, v.type(), "int | float");
                }
                if (v.type() == Type.FLOAT) {
                    return op(Type.INT, IrOp.FLOAT_ROUND, v);
                }
                if (v.type().isNumeric()) {
                    return ExprChecker.coerce(v, Type.INT);
                }
                throw argType(pos, fn, v.type(), "int | float");
            }
            case "min", "max" -> { return minMax(call, fn); }
            case "sum" -> {
                Expr start = call.args().size() == 2 ? call.args().get(1) : null;
                for (Expr.Keyword k : call.keywords()) {
                    if (!k.name().equals("start") || start != null) {
                        throw x.error(k.pos(), "Unexpected keyword argument \"" + k.name() + "\" for \"sum\"");
                    }
                    start = k.value();
                }
                if (start != null) {
                    if (call.args().size() != (call.keywords().isEmpty() ? 2 : 1)) {
                        throw x.error(call.pos(), "Too many arguments for \"sum\"");
                    }
                    Expr arg = asGenerator(call.args().get(0));
                    IrExpr items = x.check(arg instanceof Expr.ListComp g && g.generator() ? g.asList() : arg);
                    IrLocal held = x.scope.temp(items.type());
                    Expr it = new Expr.Name(arg.pos(), "$it");
                    Expr first = start;
                    IrExpr r = x.blocks.withNames(java.util.Map.of("$it", held), () -> x.blocks.sum(pos, it, first));
                    return new IrExpr.Block(List.of(new IrStmt.SetLocal(held, items)), r);
                }
                IrExpr v = ExprChecker.homogeneous(positional(call, fn, 1, 1).get(0));
                if (v.type().isSequence() && v.type().a() == Type.INT) {
                    return op(Type.INT, IrOp.LIST_SUM_INT, v);
                }
                if (v.type().isSequence() && v.type().a() == Type.FLOAT) {
                    return op(Type.FLOAT, IrOp.LIST_SUM_FLOAT, v);
                }
                throw x.unsupported(pos, "sum() of \"" + v.type() + "\" (list[int] or list[float] only)");
            }
            case "ord" -> {
                IrExpr v = positional(call, fn, 1, 1).get(0);
                if (v.type() != Type.STR) {
                    throw argType(pos, fn, v.type(), "str");
                }
                return op(Type.INT, IrOp.STR_ORD, v);
            }
            case "chr" -> {
                IrExpr v = positional(call, fn, 1, 1).get(0);
                if (v.type() != Type.INT) {
                    throw argType(pos, fn, v.type(), "int");
                }
                return op(Type.STR, IrOp.STR_CHR, v);
            }
            case "isinstance" -> { return isinstance(call); }
            case "divmod" -> { return divmod(call); }
            case "pow" -> {
                List<IrExpr> a = positional(call, fn, 2, 3);
                if (a.size() == 2) {
                    List<IrStmt> held = new ArrayList<>();
                    IrExpr power = x.blocks.withNames(bind(a, held), () -> x.check(new Expr.Binary(pos, "**",
                            new Expr.Name(pos, "$0"), new Expr.Name(pos, "$1"))));
                    return new IrExpr.Block(held, power);
                }
                for (IrExpr v : a) {
                    if (v.type() != Type.INT && v.type() != Type.BOOL) {
                        throw x.unsupported(pos, "pow() with a modulus of \"" + v.type() + "\" values (int only)");
                    }
                }
                return op(Type.INT, IrOp.INT_POW_MOD, ExprChecker.coerce(a.get(0), Type.INT),
                        ExprChecker.coerce(a.get(1), Type.INT), ExprChecker.coerce(a.get(2), Type.INT));
            }
            case "map", "filter", "enumerate", "zip", "reversed" -> throw x.unsupported(pos, fn + "() other than in a for loop,"
                    + " a comprehension, or as the argument of " + GENERATOR_CONSUMERS);
            case "hash" -> {
                IrExpr v = positional(call, fn, 1, 1).get(0);
                if (v.type().kind() == Type.Kind.LIST || v.type().kind() == Type.Kind.DICT || v.type().kind() == Type.Kind.SET
                        || v.type().kind() == Type.Kind.VARTUPLE && !hashable(v.type())) {
                    throw x.error(pos, "Unhashable type \"" + v.type() + "\" (hash() raises TypeError for it in CPython)");
                }
                if (!hashable(v.type())) {
                    throw x.unsupported(pos, "hash() of \"" + v.type() + "\" (int, bool, float, str, bytes and tuples of them)");
                }
                return op(Type.INT, IrOp.HASH, v);
            }
            case "range" -> throw x.unsupported(pos, "range() outside a for loop");
            case "bytes" -> { return x.bytes.construct(call); }
            case "open" -> { return x.bytes.open(call); }
            case "list" -> { return toList(call, expected); }
            case "tuple" -> { return toTuple(call, expected); }
            case "dict" -> { return x.dicts.construct(call, expected); }
            case "sorted" -> { return methods.sorted(call); }
            case "any", "all" -> {
                if (call.args().size() == 1 && call.keywords().isEmpty()
                        && asGenerator(call.args().get(0)) instanceof Expr.ListComp c && c.generator()) {
                    return x.blocks.anyAll(c, fn.equals("any"));
                }
                IrExpr v = ExprChecker.homogeneous(positional(call, fn, 1, 1).get(0));
                if (v.type().equals(Type.tuple(List.of()))) {
                    return new IrExpr.Block(List.of(new IrStmt.Eval(v)), new IrExpr.Const(Type.BOOL, fn.equals("all")));
                }
                if (!(v.type().isSequence() && v.type().a() == Type.BOOL)) {
                    throw x.unsupported(pos, fn + "() of \"" + v.type() + "\" (list[bool] or tuple[bool, ...] only; use a comprehension)");
                }
                return op(Type.BOOL, fn.equals("any") ? IrOp.LIST_ANY : IrOp.LIST_ALL, v);
            }
            default -> {
                if (OTHER_BUILTINS.contains(fn)) {
                    throw x.unsupported(pos, "builtin " + fn + "()");
                }
                throw x.error(pos, "Name \"" + fn + "\" is not defined");
            }
        }
    }

    /**
     * {@code isinstance(v, C)} or {@code isinstance(v, (C, D, ...))}: decided by the static type
     * where it can be (builtin types; a class and its subclasses), else a test of the object's class
     * against C and each of its subclasses; an optional value must also not be None.
     */
    private IrExpr isinstance(Expr.Call call) {
        if (call.args().size() != 2 || !call.keywords().isEmpty()) {
            throw x.error(call.pos(), "isinstance expected 2 arguments, got " + (call.args().size() + call.keywords().size()));
        }
        List<Expr> classes = call.args().get(1) instanceof Expr.TupleLit t ? t.items() : List.of(call.args().get(1));
        IrExpr v = x.check(call.args().get(0));
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal held = x.scope.temp(v.type());
        stmts.add(new IrStmt.SetLocal(held, v));
        boolean optional = v.type().kind() == Type.Kind.OPTIONAL;
        Type inner = optional ? v.type().a() : v.type();
        IrExpr value = optional ? op(inner, IrOp.OPT_UNWRAP, new IrExpr.Local(held)) : new IrExpr.Local(held);
        boolean always = false;
        IrExpr test = null;
        for (Expr cls : classes) {
            if (!(cls instanceof Expr.Name n)) {
                throw x.unsupported(cls.pos(), "isinstance() with a class other than a name or a tuple of names");
            }
            ClassInfo c = x.scope.isVariable(n.id()) ? null : x.scope.classInfo(n.id());
            if (c == null && n.id().equals("object")) {
                return new IrExpr.Block(stmts, new IrExpr.Const(Type.BOOL, true)); // None too
            }
            if (c == null) {
                Boolean b = builtinInstance(inner, n.id());
                if (b == null) {
                    throw x.error(cls.pos(), "isinstance() arg 2 must be a type, a tuple of types, or a union (\""
                            + n.id() + "\" is not a class)");
                }
                always |= b;
            } else if (inner.kind() == Type.Kind.CLASS && inner.isSubclassOf(c.type)) {
                always = true;
            } else if (inner.kind() == Type.Kind.CLASS && c.type.isSubclassOf(inner)) {
                for (ClassInfo d : ((FunctionChecker) x.scope).module().classes()) {
                    if (d.type.isSubclassOf(c.type)) {
                        IrExpr is = op(Type.BOOL, IrOp.CLASS_IS, value, new IrExpr.Const(Type.STR, d.name));
                        test = test == null ? is : new IrExpr.Logic(false, test, is);
                    }
                }
            }
        }
        IrExpr result = always ? new IrExpr.Const(Type.BOOL, true) : test == null ? new IrExpr.Const(Type.BOOL, false) : test;
        if (optional && !(result instanceof IrExpr.Const k && Boolean.FALSE.equals(k.value()))) {
            IrExpr notNone = op(Type.BOOL, IrOp.NOT, op(Type.BOOL, IrOp.IS_NONE, new IrExpr.Local(held)));
            result = new IrExpr.Logic(true, notNone, result);
        }
        return new IrExpr.Block(stmts, result);
    }

    /**
     * {@code "...".format(args)} of a literal: the f-string it stands for, each argument evaluated
     * once, in order, before any is formatted (as CPython does), and referred to by its fields.
     */
    private IrExpr format(Expr.Call call, Expr.StrLit literal) {
        Pos pos = call.pos();
        List<IrStmt> stmts = new ArrayList<>();
        java.util.Map<String, IrLocal> names = new java.util.HashMap<>();
        for (int k = 0; k < call.args().size(); k++) {
            IrExpr v = x.check(call.args().get(k));
            IrLocal l = x.scope.temp(v.type());
            stmts.add(new IrStmt.SetLocal(l, v));
            names.put("$" + k, l);
        }
        for (Expr.Keyword kw : call.keywords()) {
            IrExpr v = x.check(kw.value());
            IrLocal l = x.scope.temp(v.type());
            stmts.add(new IrStmt.SetLocal(l, v));
            names.put("$" + kw.name(), l);
        }
        String f = literal.value();
        List<Expr> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int auto = 0;
        boolean manual = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '}') {
                if (i + 1 < f.length() && f.charAt(i + 1) == '}') {
                    text.append('}');
                    i++;
                    continue;
                }
                throw x.error(literal.pos(), "Single '}' encountered in format string");
            }
            if (c != '{') {
                text.append(c);
                continue;
            }
            if (i + 1 < f.length() && f.charAt(i + 1) == '{') {
                text.append('{');
                i++;
                continue;
            }
            int end = f.indexOf('}', i);
            if (end < 0) {
                throw x.error(literal.pos(), "Single '{' encountered in format string");
            }
            String field = f.substring(i + 1, end);
            if (field.indexOf('{') >= 0) {
                throw x.unsupported(literal.pos(), "nested replacement fields in a str.format() spec");
            }
            i = end;
            String spec = "";
            int colon = field.indexOf(':');
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                field = field.substring(0, colon);
            }
            char conversion = 0;
            int bang = field.indexOf('!');
            if (bang >= 0) {
                String conv = field.substring(bang + 1);
                if (!conv.equals("r") && !conv.equals("s")) {
                    throw x.unsupported(literal.pos(), "conversion !" + conv + " in a str.format() field");
                }
                conversion = conv.charAt(0);
                field = field.substring(0, bang);
            }
            String key;
            if (field.isEmpty()) {
                if (manual) {
                    throw x.error(literal.pos(), "cannot switch from manual field specification to automatic field numbering");
                }
                key = "$" + auto++;
            } else if (field.chars().allMatch(Character::isDigit)) {
                if (auto > 0) {
                    throw x.error(literal.pos(), "cannot switch from automatic field numbering to manual field specification");
                }
                manual = true;
                key = "$" + Integer.parseInt(field);
            } else if (Character.isJavaIdentifierStart(field.charAt(0)) && field.chars().allMatch(Character::isJavaIdentifierPart)) {
                key = "$" + field;
            } else {
                throw x.unsupported(literal.pos(), "str.format() field \"" + field + "\" (a position, a name or nothing)");
            }
            if (!names.containsKey(key)) {
                throw x.error(literal.pos(), key.substring(1).chars().allMatch(Character::isDigit)
                        ? "Cannot find replacement for positional format specifier " + key.substring(1)
                        : "Cannot find replacement for named format specifier \"" + key.substring(1) + "\"");
            }
            if (!text.isEmpty()) {
                parts.add(new Expr.StrLit(literal.pos(), text.toString()));
                text.setLength(0);
            }
            parts.add(new Expr.Formatted(literal.pos(), new Expr.Name(literal.pos(), key), conversion, spec));
        }
        if (!text.isEmpty() || parts.isEmpty()) {
            parts.add(new Expr.StrLit(literal.pos(), text.toString()));
        }
        IrExpr result = x.blocks.withNames(names, () -> x.check(new Expr.FString(pos, parts)));
        return new IrExpr.Block(stmts, result);
    }

    /** Each value held in a fresh local, bound to the names "$0", "$1"...; the stores go to {@code stmts}. */
    private java.util.Map<String, IrLocal> bind(List<IrExpr> values, List<IrStmt> stmts) {
        java.util.Map<String, IrLocal> names = new java.util.HashMap<>();
        for (int k = 0; k < values.size(); k++) {
            IrLocal l = x.scope.temp(values.get(k).type());
            stmts.add(new IrStmt.SetLocal(l, values.get(k)));
            names.put("$" + k, l);
        }
        return names;
    }

    /** {@code divmod(a, b)}: {@code (a // b, a % b)} with the language's own operators, each operand evaluated once. */
    private IrExpr divmod(Expr.Call call) {
        Pos pos = call.pos();
        List<IrExpr> a = positional(call, "divmod", 2, 2);
        for (IrExpr v : a) {
            if (!v.type().isNumeric()) {
                throw argType(pos, "divmod", v.type(), "int | float");
            }
        }
        List<IrStmt> stmts = new ArrayList<>();
        java.util.Map<String, IrLocal> names = bind(a, stmts);
        Expr l = new Expr.Name(pos, "$0");
        Expr r = new Expr.Name(pos, "$1");
        if (a.get(0).type() == Type.FLOAT || a.get(1).type() == Type.FLOAT) {
            // CPython names divmod in its message for a float zero
            IrExpr zero = x.blocks.withNames(names, () -> x.condition(new Expr.Compare(pos, r, List.of("=="),
                    List.of(new Expr.FloatLit(pos, 0.0)))));
            stmts.add(new IrStmt.If(zero, List.of(FunctionChecker.raise("ZeroDivisionError",
                    new IrExpr.Const(Type.STR, "float divmod()"))), List.of()));
        }
        IrExpr pair = x.blocks.withNames(names, () -> x.check(new Expr.TupleLit(pos,
                List.of(new Expr.Binary(pos, "//", l, r), new Expr.Binary(pos, "%", l, r)))));
        return new IrExpr.Block(stmts, pair);
    }

    /** Whether a value of static type {@code t} is an instance of the builtin class {@code name}; null if it is none. */
    private static Boolean builtinInstance(Type t, String name) {
        return switch (name) {
            case "int" -> t.kind() == Type.Kind.INT || t.kind() == Type.Kind.BOOL;
            case "float" -> t.kind() == Type.Kind.FLOAT;
            case "bool" -> t.kind() == Type.Kind.BOOL;
            case "str" -> t.kind() == Type.Kind.STR;
            case "bytes" -> t.kind() == Type.Kind.BYTES;
            case "list" -> t.kind() == Type.Kind.LIST;
            case "dict" -> t.kind() == Type.Kind.DICT;
            case "set" -> t.kind() == Type.Kind.SET;
            case "tuple" -> t.kind() == Type.Kind.TUPLE || t.kind() == Type.Kind.VARTUPLE;
            default -> null;
        };
    }

    private static boolean hashable(Type t) {
        return switch (t.kind()) {
            case INT, BOOL, FLOAT, STR, BYTES -> true;
            case TUPLE -> t.items().stream().allMatch(CallChecker::hashable);
            case VARTUPLE -> hashable(t.a());
            default -> false;
        };
    }

    /**
     * {@code print(a, *xs, b)}: the line is {@code sep.join([str(a)] + [str(v) for v in xs] +
     * [str(b)])}, so that an empty iterable adds no separator, as in CPython.
     */
    private IrExpr printStarred(Expr.Call call) {
        Pos pos = call.pos();
        Expr items = null;
        for (Expr a : call.args()) {
            Expr part;
            if (a instanceof Expr.Starred st) {
                Expr v = new Expr.Name(st.pos(), "$v");
                part = new Expr.ListComp(st.pos(), new Expr.Call(st.pos(), new Expr.Name(st.pos(), "str"), List.of(v), List.of()),
                        List.of(new Expr.CompFor(st.pos(), v, st.value(), List.of())));
            } else {
                part = new Expr.ListLit(a.pos(), List.of(new Expr.Call(a.pos(), new Expr.Name(a.pos(), "str"), List.of(a), List.of())));
            }
            items = items == null ? part : new Expr.Binary(a.pos(), "+", items, part);
        }
        IrExpr parts = x.check(items, Type.list(Type.STR));
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal held = x.scope.temp(parts.type());
        stmts.add(new IrStmt.SetLocal(held, parts));
        Expr sep = new Expr.StrLit(pos, " ");
        List<Expr.Keyword> keywords = new ArrayList<>();
        for (Expr.Keyword kw : call.keywords()) {
            if (kw.name().equals("sep")) {
                sep = kw.value();
            } else {
                keywords.add(kw);
            }
        }
        Expr line = new Expr.Call(pos, new Expr.Attribute(pos, sep, "join"), List.of(new Expr.Name(pos, "$parts")), List.of());
        Expr.Call single = new Expr.Call(pos, call.func(), List.of(line), keywords);
        IrExpr printed = x.blocks.withNames(java.util.Map.of("$parts", held), () -> print(single));
        return new IrExpr.Block(stmts, printed);
    }

    private IrExpr print(Expr.Call call) {
        if (call.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            return printStarred(call);
        }
        IrExpr sep = new IrExpr.Const(Type.STR, " ");
        IrExpr end = new IrExpr.Const(Type.STR, "\n");
        List<IrExpr> values = new ArrayList<>();
        for (Expr a : call.args()) {
            x.dicts.rejectViewText(a);
            values.add(x.check(a));
        }
        // CPython evaluates every argument before it turns any into text: print(xs, xs.pop()) shows
        // xs after the pop. When a later argument is computed, all are held in locals first.
        List<IrStmt> held = new ArrayList<>();
        boolean computed = values.stream().skip(1).anyMatch(v ->
                !(v instanceof IrExpr.Const || v instanceof IrExpr.Local || v instanceof IrExpr.Global));
        List<IrExpr> args = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            IrExpr v = values.get(k);
            if (computed && !(v instanceof IrExpr.Const)) {
                IrLocal l = x.scope.temp(v.type());
                held.add(new IrStmt.SetLocal(l, v));
                v = new IrExpr.Local(l);
            }
            args.add(x.toStr(v, call.args().get(k).pos()));
        }
        for (Expr.Keyword kw : call.keywords()) {
            IrExpr v = x.check(kw.value());
            if (!kw.name().equals("sep") && !kw.name().equals("end")) {
                throw x.unsupported(kw.pos(), "print() keyword \"" + kw.name() + "\"");
            }
            if (v.type() != Type.STR) {
                throw x.error(kw.value().pos(), "Argument \"" + kw.name() + "\" to \"print\" has incompatible type \""
                        + v.type() + "\"; expected \"str\"");
            }
            if (kw.name().equals("sep")) {
                sep = v;
            } else {
                end = v;
            }
        }
        for (IrExpr v : List.of(sep, end)) {
            if (!(v instanceof IrExpr.Const || v instanceof IrExpr.Local || v instanceof IrExpr.Global)) {
                throw x.unsupported(call.pos(), "computed sep/end in print() (assign it to a variable first)");
            }
        }
        IrExpr line = null;
        for (IrExpr a : args) {
            line = line == null ? a : op(Type.STR, IrOp.STR_CONCAT, op(Type.STR, IrOp.STR_CONCAT, line, sep), a);
        }
        line = line == null ? end : op(Type.STR, IrOp.STR_CONCAT, line, end);
        IrExpr printed = op(Type.NONE, IrOp.PRINT, line);
        return held.isEmpty() ? printed : new IrExpr.Block(held, printed);
    }

    private IrExpr minMax(Expr.Call call, String fn) {
        boolean isMin = fn.equals("min");
        Expr key = null;
        Expr dflt = null;
        for (Expr.Keyword k : call.keywords()) {
            switch (k.name()) {
                case "key" -> key = k.value() instanceof Expr.NoneLit ? null : k.value();
                case "default" -> dflt = k.value();
                default -> throw x.error(k.pos(), "Unexpected keyword argument \"" + k.name() + "\" for \"" + fn + "\"");
            }
        }
        if (call.args().isEmpty()) {
            throw x.error(call.pos(), "All overload variants of \"" + fn + "\" require at least one argument");
        }
        if (dflt != null && call.args().size() > 1) {
            throw x.error(call.pos(), "Cannot specify a default for " + fn + "() with multiple positional arguments");
        }
        if (call.args().size() == 1) {
            Expr arg = asGenerator(call.args().get(0));
            if (arg instanceof Expr.ListComp g && g.generator()) {
                arg = g.asList();
            }
            IrExpr v = ExprChecker.homogeneous(x.check(arg));
            Type t = v.type();
            if (key == null && dflt == null && t.isSequence() && t.a() == Type.INT) {
                return op(Type.INT, isMin ? IrOp.LIST_MIN_INT : IrOp.LIST_MAX_INT, v);
            }
            if (key == null && dflt == null && t.isSequence() && t.a() == Type.FLOAT) {
                return op(Type.FLOAT, isMin ? IrOp.LIST_MIN_FLOAT : IrOp.LIST_MAX_FLOAT, v);
            }
            // any other iterable, or a key or default: a loop comparing with the language's own < or >
            IrLocal held = x.scope.temp(t);
            Expr it = new Expr.Name(arg.pos(), "$it");
            Expr keyFn = key;
            Expr dfltValue = dflt;
            IrExpr r = x.blocks.withNames(java.util.Map.of("$it", held), () -> x.blocks.minMax(call.pos(), it, keyFn, dfltValue, isMin));
            return new IrExpr.Block(List.of(new IrStmt.SetLocal(held, v)), r);
        }
        List<IrExpr> a = positional(call, fn, 1, Integer.MAX_VALUE);
        if (key != null || a.stream().anyMatch(v -> !v.type().isNumeric())) {
            // several values: compared in order like the items of a list
            List<IrStmt> stmts = new ArrayList<>();
            java.util.Map<String, IrLocal> names = new java.util.HashMap<>();
            List<Expr> items = new ArrayList<>();
            for (int k = 0; k < a.size(); k++) {
                IrLocal l = x.scope.temp(a.get(k).type());
                stmts.add(new IrStmt.SetLocal(l, a.get(k)));
                names.put("$" + k, l);
                items.add(new Expr.Name(call.args().get(k).pos(), "$" + k));
            }
            Expr list = new Expr.ListLit(call.pos(), items);
            Expr keyFn = key;
            IrExpr r = x.blocks.withNames(names, () -> x.blocks.minMax(call.pos(), list, keyFn, null, isMin));
            return new IrExpr.Block(stmts, r);
        }
        Type t = a.get(0).type();
        for (IrExpr v : a) {
            t = ExprChecker.join(t, v.type());
        }
        boolean anyFloat = a.stream().anyMatch(v -> v.type() == Type.FLOAT);
        if (anyFloat && a.stream().anyMatch(v -> v.type() != Type.FLOAT)) {
            throw x.unsupported(call.pos(), fn + "() of mixed int and float values (convert with float() first)");
        }
        if (t == Type.BOOL) {
            t = Type.INT;
        }
        IrOp o = t == Type.FLOAT ? (isMin ? IrOp.FLOAT_MIN : IrOp.FLOAT_MAX) : (isMin ? IrOp.INT_MIN : IrOp.INT_MAX);
        IrExpr result = ExprChecker.coerce(a.get(0), t);
        for (int k = 1; k < a.size(); k++) {
            result = op(t, o, result, ExprChecker.coerce(a.get(k), t));
        }
        return result;
    }

    /** {@code Class.m(...)} (or {@code cls.m(...)} in a class method): a static or class method of that class. */
    private IrExpr classLevelCall(Expr.Call call, Expr.Attribute attr, ClassInfo c) {
        Signature sig = c.classMethods.get(attr.name());
        if (sig != null) {
            return userCall(call, sig, null);
        }
        if (c.methods.containsKey(attr.name())) {
            throw x.unsupported(call.pos(), "calling a method through its class (" + c.name + "." + attr.name()
                    + "(obj, ...)); call it on the instance");
        }
        throw x.error(call.pos(), "\"type[" + c.name + "]\" has no attribute \"" + attr.name() + "\"");
    }

    private IrExpr method(Expr.Call call, Expr.Attribute attr) {
        if (attr.target() instanceof Expr.Call sup && sup.func() instanceof Expr.Name sn && sn.id().equals("super")) {
            ClassInfo owner = x.scope.currentClass();
            if (owner == null || owner.base == null || !sup.args().isEmpty() || x.scope.self() == null) {
                throw x.unsupported(sup.pos(), "super() outside a method of a derived class (static and class methods "
                        + "included), or with arguments");
            }
            Signature sig = owner.base.methods.get(attr.name());
            if (sig == null) {
                throw x.error(attr.pos(), "\"" + owner.base.name + "\" has no attribute \"" + attr.name() + "\"");
            }
            return userCall(call, sig, x.scope.self());
        }
        if (attr.name().equals("join")) {
            call = generatorAsList(call, "join");
        }
        if (attr.name().equals("format") && attr.target() instanceof Expr.StrLit literal) {
            return format(call, literal);
        }
        IrExpr target = x.check(attr.target());
        if (attr.name().equals("format") && target.type() == Type.STR) {
            throw x.unsupported(call.pos(), "str.format() of a str other than a string literal (use an f-string)");
        }
        if (target.type().kind() == Type.Kind.CLASS && attr.name().equals("__init__")) {
            throw x.unsupported(call.pos(), "calling __init__ other than through super()");
        }
        if (target.type().kind() == Type.Kind.CLASS) {
            ClassInfo c = x.scope.classOfType(target.type());
            Signature sig = c.methods.get(attr.name());
            if (sig == null && c.classMethods.containsKey(attr.name())) {
                // a static or class method through an instance: the instance only selects the implementation
                Signature impl = c.classMethods.get(attr.name());
                String dispatcher = x.scope.classMethodTarget(c, attr.name());
                if (dispatcher != null) {
                    return userCall(call, new Signature(impl.name(), dispatcher, impl.paramNames(), impl.paramTypes(),
                            impl.defaults(), impl.returnType()), target);
                }
                IrExpr result = userCall(call, impl, null);
                return target instanceof IrExpr.Local || target instanceof IrExpr.Global ? result
                        : new IrExpr.Block(List.of(new IrStmt.Eval(target)), result);
            }
            if (sig == null && c.methods.containsKey(ClassInfo.getter(attr.name()))) {
                throw x.error(call.pos(), "\"" + c.methods.get(ClassInfo.getter(attr.name())).returnType() + "\" not callable");
            }
            if (sig == null) {
                throw x.error(call.pos(), "\"" + c.name + "\" has no attribute \"" + attr.name() + "\"");
            }
            String fn = x.scope.methodTarget(c, attr.name());
            return userCall(call, new Signature(sig.name(), fn, sig.paramNames(), sig.paramTypes(), sig.defaults(),
                    sig.returnType()), target);
        }
        Type t = target.type();
        String m = attr.name();
        Pos pos = call.pos();
        String desc = "\"" + t + "\" has no attribute \"" + m + "\"";
        switch (t.kind()) {
            case VARTUPLE -> {
                return methods.tupleMethod(call, target, m, t);
            }
            case TUPLE -> {
                // index/count of a tuple of one item type, as of the tuple[T, ...] it converts to
                Type item = ExprChecker.itemType(t);
                if (item != null && (m.equals("index") || m.equals("count"))) {
                    return methods.tupleMethod(call, ExprChecker.coerce(target, Type.varTuple(item)), m, t);
                }
                if (!m.equals("index") && !m.equals("count")) {
                    return methods.tupleMethod(call, target, m, t);
                }
            }
            case LIST -> {
                if (m.equals("append")) {
                    if (call.args().size() != 1 || !call.keywords().isEmpty()) {
                        throw x.error(pos, "\"append\" of \"list\" takes exactly one argument");
                    }
                    IrExpr v = x.check(call.args().get(0), t.a());
                    v = x.coerceOrFail(v, t.a(), call.args().get(0).pos(), "Argument 1 to \"append\" of \"list\" has incompatible type \""
                            + v.type() + "\"; expected \"" + t.a() + "\"");
                    return op(Type.NONE, IrOp.LIST_APPEND, target, v);
                }
                if (m.equals("pop")) {
                    List<IrExpr> at = positional(call, "pop", 0, 1);
                    if (at.isEmpty()) {
                        return op(t.a(), IrOp.LIST_POP, target);
                    }
                    IrExpr i = x.coerceOrFail(at.get(0), Type.INT, call.args().get(0).pos(),
                            "Argument 1 to \"pop\" of \"list\" has incompatible type \"" + at.get(0).type() + "\"; expected \"int\"");
                    return op(t.a(), IrOp.LIST_POP_AT, target, i);
                }
                IrExpr list = methods.listMethod(call, target, m);
                if (list != null) {
                    return list;
                }
            }
            case DICT -> {
                if (m.equals("get")) {
                    List<IrExpr> a = positional(call, "get", 1, 2);
                    if (a.size() == 1) {
                        // V | None: the value if the key is there
                        IrExpr k = x.coerceOrFail(a.get(0), t.a(), pos, "Argument 1 to \"get\" of \"dict\" has incompatible type \""
                                + a.get(0).type() + "\"; expected \"" + t.a() + "\"");
                        Type opt = Type.optional(t.b());
                        IrLocal d = x.scope.temp(t);
                        IrLocal key = x.scope.temp(t.a());
                        IrExpr found = ExprChecker.coerce(op(t.b(), IrOp.DICT_GET, new IrExpr.Local(d), new IrExpr.Local(key)), opt);
                        return new IrExpr.Block(List.of(new IrStmt.SetLocal(d, target), new IrStmt.SetLocal(key, k)),
                                new IrExpr.Cond(opt, op(Type.BOOL, IrOp.DICT_CONTAINS, new IrExpr.Local(key), new IrExpr.Local(d)),
                                        found, new IrExpr.Const(opt, null)));
                    }
                    IrExpr k = x.coerceOrFail(a.get(0), t.a(), pos, "Argument 1 to \"get\" of \"dict\" has incompatible type \""
                            + a.get(0).type() + "\"; expected \"" + t.a() + "\"");
                    IrExpr d = x.coerceOrFail(a.get(1), t.b(), pos, "Argument 2 to \"get\" of \"dict\" has incompatible type \""
                            + a.get(1).type() + "\"; expected \"" + t.b() + "\"");
                    return new IrExpr.Op(t.b(), IrOp.DICT_GET_DEFAULT, List.of(target, k, d));
                }
                IrExpr dict = x.dicts.method(call, target, m);
                if (dict != null) {
                    return dict;
                }
            }
            case SET -> {
                IrExpr set = x.sets.method(call, target, m);
                if (set != null) {
                    return set;
                }
            }
            case BYTES -> {
                IrExpr b = x.bytes.method(call, target, m);
                if (b != null) {
                    return b;
                }
            }
            case STR -> {
                switch (m) {
                    case "encode" -> {
                        return x.bytes.encode(call, target);
                    }
                    case "upper" -> {
                        positional(call, m, 0, 0);
                        return op(Type.STR, IrOp.STR_UPPER, target);
                    }
                    case "lower" -> {
                        positional(call, m, 0, 0);
                        return op(Type.STR, IrOp.STR_LOWER, target);
                    }
                    case "join" -> {
                        if (call.args().size() != 1 || !call.keywords().isEmpty()) {
                            throw x.error(pos, "\"join\" of \"str\" takes exactly one argument");
                        }
                        Expr arg = asGenerator(call.args().get(0));
                        IrExpr l = x.check(arg instanceof Expr.ListComp g && g.generator() ? g.asList() : arg,
                                Type.list(Type.STR));
                        if (l.type().kind() == Type.Kind.SET) {
                            throw x.unsupported(pos, "str.join() of a set (CPython's order of set elements is not"
                                    + " reproducible; join sorted(s))");
                        }
                        if (!l.type().equals(Type.list(Type.STR)) && (l.type().kind() == Type.Kind.STR
                                || l.type().kind() == Type.Kind.DICT && l.type().a() == Type.STR)) {
                            l = x.dicts.listOf(l); // a str's characters, a dict's keys
                        }
                        if (l.type().kind() == Type.Kind.TUPLE && ExprChecker.itemType(l.type()) == Type.STR) {
                            l = ExprChecker.coerce(l, Type.varTuple(Type.STR));
                        }
                        if (!l.type().equals(Type.list(Type.STR)) && !l.type().equals(Type.varTuple(Type.STR))) {
                            throw x.error(pos, "Argument 1 to \"join\" of \"str\" has incompatible type \"" + l.type()
                                    + "\"; expected \"list[str]\"");
                        }
                        return op(Type.STR, IrOp.STR_JOIN, target, l);
                    }
                    default -> {
                        // str methods (session 6): the forms StrMethods does not take fall through
                        IrExpr more = new StrMethods(x).method(call, target, m);
                        if (more != null) {
                            return more;
                        }
                        IrExpr str = methods.strMethod(call, target, m);
                        if (str != null) {
                            return str;
                        }
                    }
                }
            }
            default -> { }
        }
        if (t.kind() == Type.Kind.OPTIONAL) {
            boolean property = attr.target() instanceof Expr.Attribute p && target instanceof IrExpr.Call;
            throw x.error(pos, "Item \"None\" of \"" + t + "\" has no attribute \"" + m + "\" ("
                    + (property ? "a property is called at each read, so a test does not narrow it: store it in a variable first"
                    : "check \"is not None\" first") + ")");
        }
        throw x.unsupported(pos, "method " + m + "() (" + desc + " in the guest language)");
    }

    private dev.wasmhost.guest.CompileError argType(Pos pos, String fn, Type got, String expected) {
        return x.error(pos, "Argument 1 to \"" + fn + "\" has incompatible type \"" + got + "\"; expected \"" + expected + "\"");
    }
}
