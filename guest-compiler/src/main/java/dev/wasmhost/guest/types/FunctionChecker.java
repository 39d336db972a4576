package dev.wasmhost.guest.types;

import static dev.wasmhost.guest.types.ExprChecker.intConst;
import static dev.wasmhost.guest.types.ExprChecker.op;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrFunction;
import dev.wasmhost.guest.ir.IrGlobal;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.ir.IrStmt;
import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Pos;
import dev.wasmhost.guest.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one function body (or the module's top-level code, where variables are globals) and
 * lowers it to IR. Locals get their type from an annotation or their first assignment; reading a
 * variable that is not definitely assigned is an error rather than a runtime surprise.
 */
final class FunctionChecker implements Scope {
    private final ModuleChecker module;
    private final IrFunction fn;
    private final boolean isMain;
    private final Map<String, IrLocal> locals = new HashMap<>();
    private final Set<String> declaredGlobals = new HashSet<>();
    private final Set<String> assignedNames = new HashSet<>();
    private final Set<String> prescanGlobals = new HashSet<>();
    /** Names bound by "except ... as": they exist only inside their handler. */
    private final Set<String> handlerNames = new HashSet<>();
    /** At module level, the functions whose def has been executed so far. */
    private final Set<String> definedFunctions = new HashSet<>();
    /**
     * The names definitely assigned here, and the facts "name is not None" (as {@code name + NOT_NONE}),
     * which flow through branches and loops exactly like assignments do.
     */
    private Set<String> defined = new HashSet<>();
    private static final String NOT_NONE = "!notnone";
    /** After a not-None fact's key: "is an instance of" the class named next. */
    private static final String IS_A = "!isa:";
    private int loopDepth;
    private final List<Map<String, IrLocal>> compScopes = new ArrayList<>();
    /** Per enclosing loop, the flag its {@code break} sets when the loop has an else block (or null). */
    private final List<IrLocal> breakFlags = new ArrayList<>();
    /** Per enclosing loop, the intersection of the names defined at each of its breaks (null before any). */
    private final List<Set<String>> definedAtBreaks = new ArrayList<>();
    private int temps;
    private final ExprChecker exprs;
    private final AssignLowering assigns;
    private final ExceptionLowering exceptions;

    private final ClassInfo owner;
    /** A static or class method: no self (super() is rejected). */
    boolean withoutSelf;
    /** A class method's cls parameter, which names {@link #owner} (this copy's class), or null. */
    String clsName;

    FunctionChecker(ModuleChecker module, IrFunction fn, boolean isMain, List<Stmt> body) {
        this(module, fn, isMain, body, null);
    }

    /** A nested function or lambda: its captured variables are cells in the closure (its first parameter). */
    FunctionChecker(ModuleChecker module, IrFunction fn, List<Stmt> body, List<String> captured, List<Type> capturedTypes) {
        this(module, fn, false, body, null);
        for (int k = 0; k < captured.size(); k++) {
            captures.put(captured.get(k), k + 1);
            captureTypes.put(captured.get(k), capturedTypes.get(k));
        }
    }

    FunctionChecker(ModuleChecker module, IrFunction fn, boolean isMain, List<Stmt> body, ClassInfo owner) {
        this.owner = owner;
        this.module = module;
        this.fn = fn;
        this.isMain = isMain;
        this.exprs = new ExprChecker(this);
        this.assigns = new AssignLowering(this, exprs);
        this.exceptions = new ExceptionLowering(this, exprs, assigns);
        for (IrLocal p : fn.params()) {
            locals.put(p.name(), p);
            defined.add(p.name());
        }
        collectAssigned(body);
        assignedNames.removeAll(prescanGlobals);
        if (!isMain) {
            cellNames = Closures.cells(fn.params().stream().map(IrLocal::name).toList(), body);
            for (IrLocal p : List.copyOf(fn.params())) {
                if (cellNames.contains(p.name())) {
                    IrLocal cell = fn.newLocal(p.name() + "$cell", Type.tuple(List.of(p.type())));
                    fn.body().add(new IrStmt.SetLocal(cell, op(cell.type(), IrOp.CELL_NEW, new IrExpr.Local(p))));
                    locals.put(p.name(), cell);
                    cells.add(p.name());
                }
            }
        }
    }

    // ---- closures: cells of this function, cells captured from enclosing functions

    /** This function's variables that inner functions use: each lives in a cell (a one-item box). */
    private Set<String> cellNames = Set.of();
    private final Set<String> cells = new HashSet<>();
    /** Captured cells by name: their index in the closure tuple, and the variable's type. */
    private final Map<String, Integer> captures = new HashMap<>();
    private final Map<String, Type> captureTypes = new HashMap<>();
    private final Set<String> nonlocals = new HashSet<>();

    private IrExpr capturedCell(String name) {
        Type t = captureTypes.get(name);
        return new IrExpr.Op(Type.tuple(List.of(t)), IrOp.TUPLE_GET, List.of(new IrExpr.Local(fn.params().get(0)),
                intConst(captures.get(name))));
    }

    private IrExpr cellOf(String name) {
        return cells.contains(name) ? new IrExpr.Local(locals.get(name)) : capturedCell(name);
    }

    /**
     * Makes the closure of a nested function or lambda: checks its body as a function of its own
     * (taking the closure first) and captures the cells of the free names it shares with this one.
     */
    private IrExpr closure(String name, List<String> paramNames, List<Type> paramTypes, Type ret, Pos pos, List<Stmt> body,
            java.util.function.BiFunction<FunctionChecker, IrFunction, Type> checkBody, Set<String> free) {
        List<String> captured = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        for (String n : free) {
            for (Map<String, IrLocal> scope : compScopes) {
                if (scope.containsKey(n)) {
                    throw exprs.unsupported(pos, "capturing the comprehension or except variable \"" + n + "\"");
                }
            }
            if (!isMain && (cells.contains(n) || captures.containsKey(n) || cellNames.contains(n) && !declaredGlobals.contains(n))) {
                Type t = variableType(n);
                if (t == null) {
                    throw exprs.error(pos, "Cannot determine type of \"" + n + "\" (assign it before the nested function)");
                }
                captured.add(n);
                types.add(t);
            }
        }
        List<Type> envItems = new ArrayList<>();
        envItems.add(Type.INT);
        types.forEach(t -> envItems.add(Type.tuple(List.of(t))));
        List<IrLocal> params = new ArrayList<>();
        params.add(new IrLocal(0, "$env", Type.tuple(envItems)));
        for (int k = 0; k < paramNames.size(); k++) {
            params.add(new IrLocal(k + 1, paramNames.get(k), paramTypes.get(k)));
        }
        IrFunction inner = new IrFunction(fn.name() + ".<locals>." + name + "$" + module.nextClosureNumber(), params, ret);
        FunctionChecker checker = new FunctionChecker(module, inner, body, captured, types);
        inner.setSource(module.file(), body.isEmpty() ? 0 : body.get(0).pos().line());
        Type actual = checkBody.apply(checker, inner);
        ModuleChecker.finish(inner);
        module.addFunction(inner);
        List<IrExpr> args = new ArrayList<>();
        args.add(new IrExpr.Const(Type.STR, inner.name()));
        for (String n : captured) {
            args.add(cellOf(n));
        }
        return new IrExpr.Op(Type.func(paramTypes, actual), IrOp.MAKE_CLOSURE, args);
    }

    private void nestedDef(Stmt.FunctionDef f, List<IrStmt> out) {
        if (f.params().stream().anyMatch(p -> p.defaultValue() != null)) {
            throw exprs.unsupported(f.pos(), "default arguments of nested functions");
        }
        Signature sig = module.signature(f, f.params(), f.name());
        Type ft = Type.func(sig.paramTypes(), sig.returnType());
        Type existing = variableType(f.name());
        if (existing == null) {
            declare(f.name(), ft); // first, so that the function can call itself through its cell
        } else if (!existing.equals(ft)) {
            throw exprs.error(f.pos(), "Name \"" + f.name() + "\" already defined with type \"" + existing + "\"");
        }
        List<String> names = sig.paramNames();
        IrExpr value = closure(f.name(), names, sig.paramTypes(), sig.returnType(), f.pos(), f.body(), (checker, inner) -> {
            checker.checkBody(f.body());
            if (sig.returnType() != Type.NONE && !Flow.alwaysReturns(f.body())) {
                throw exprs.error(f.pos(), "Missing return statement");
            }
            return sig.returnType();
        }, Closures.free(names, f.body()));
        storeName(new Expr.Name(f.pos(), f.name()), value, out);
    }

    @Override
    public IrExpr lambda(Expr.Lambda l, Type expected) {
        if (expected == null || expected.kind() != Type.Kind.FUNC) {
            throw exprs.error(l.pos(), "Cannot infer type of lambda");
        }
        List<Type> params = expected.params();
        if (params.size() != l.params().size()) {
            throw exprs.error(l.pos(), "Cannot infer type of lambda (it takes " + l.params().size() + " argument"
                    + (l.params().size() == 1 ? "" : "s") + ", " + params.size() + " expected)");
        }
        Type want = expected.a();
        return closure("<lambda>", l.params(), params, want, l.pos(), List.of(new Stmt.Return(l.pos(), l.body())), (checker, inner) -> {
            IrExpr v = checker.exprs.check(l.body(), want);
            if (want == null) {
                inner.setReturnType(v.type());
            } else if (want != Type.NONE) {
                v = checker.exprs.coerceOrFail(v, want, l.body().pos(), "Incompatible return value type (got \""
                        + v.type() + "\", expected \"" + want + "\")");
            }
            if (inner.returnType() == Type.NONE) {
                inner.body().add(new IrStmt.Eval(v));
                inner.body().add(new IrStmt.Return(null));
            } else {
                inner.body().add(new IrStmt.Return(v));
            }
            return inner.returnType();
        }, Closures.freeOfLambda(l));
    }

    @Override
    public boolean isVariable(String name) {
        for (Map<String, IrLocal> scope : compScopes) {
            if (scope.containsKey(name)) {
                return true;
            }
        }
        return !isMain && locals.containsKey(name) || captures.containsKey(name) || module.global(name) != null
                || !isMain && assignedNames.contains(name);
    }

    void checkBody(List<Stmt> body) {
        statements(body, fn.body());
    }

    // ---- Scope

    @Override
    public IrExpr read(String name, Pos pos) {
        IrExpr v = readName(name, pos);
        if (v.type().kind() == Type.Kind.OPTIONAL && defined.contains(factKey(name))) {
            v = op(v.type().a(), IrOp.OPT_UNWRAP, v);
        }
        return ExprChecker.narrowTo(v, narrowedClass(name));
    }


    @Override
    public ClassInfo narrowedClass(Expr e) {
        String path = Narrowing.path(e);
        return path == null ? null : narrowedClass(path);
    }

    private ClassInfo narrowedClass(String path) {
        String prefix = factKey(path) + IS_A;
        ClassInfo best = null;
        for (String key : defined) {
            if (key.startsWith(prefix)) {
                ClassInfo c = classInfo(key.substring(prefix.length()));
                if (c != null && (best == null || c.type.isSubclassOf(best.type))) {
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * The key under which "name is not None" is recorded in {@link #defined}: comprehension
     * variables by their hidden local, so that they never pick up facts about an outer name.
     */
    private String factKey(String path) {
        int dot = path.indexOf('.');
        String name = dot < 0 ? path : path.substring(0, dot);
        for (int k = compScopes.size() - 1; k >= 0; k--) {
            IrLocal l = compScopes.get(k).get(name);
            if (l != null) {
                return "#" + l.index() + path.substring(name.length()) + NOT_NONE;
            }
        }
        return path + NOT_NONE;
    }

    @Override
    public boolean knownNotNone(Expr e) {
        String path = Narrowing.path(e);
        return path != null && defined.contains(factKey(path));
    }

    /** Forgets the facts about a name and its fields, or (for ".field") about that field of any object. */
    @Override
    public void kill(String nameOrField) {
        if (nameOrField.startsWith(".")) {
            defined.removeIf(k -> k.endsWith(nameOrField + NOT_NONE) || k.contains(nameOrField + ".")
                    || k.contains(nameOrField + NOT_NONE + IS_A));
        } else {
            defined.remove(nameOrField + NOT_NONE);
            defined.removeIf(k -> k.startsWith(nameOrField + ".") || k.startsWith(nameOrField + NOT_NONE + IS_A));
        }
    }

    @Override
    public Set<String> pushFacts(Expr cond, boolean truth) {
        Set<String> added = new HashSet<>();
        for (String name : Narrowing.notNone(cond, truth)) {
            String key = factKey(name);
            if (defined.add(key)) {
                added.add(key);
            }
        }
        Narrowing.instanceOf(cond, truth).forEach((path, cls) -> {
            String key = factKey(path) + IS_A + cls;
            if (classInfo(cls) != null && defined.add(key)) {
                added.add(key);
            }
        });
        return added;
    }

    @Override
    public void popFacts(Set<String> added) {
        defined.removeAll(added);
    }

    /** Forgets what was known about variables that {@code body} may assign (before a loop or try). */
    void killFacts(List<Stmt> body) {
        for (String name : Narrowing.assigned(body)) {
            kill(name);
        }
    }

    private IrExpr readName(String name, Pos pos) {
        for (int k = compScopes.size() - 1; k >= 0; k--) {
            IrLocal l = compScopes.get(k).get(name);
            if (l != null) {
                return new IrExpr.Local(l);
            }
        }
        if (!isMain && locals.containsKey(name) && !declaredGlobals.contains(name)) {
            if (!defined.contains(name)) {
                throw exprs.error(pos, "Name \"" + name + "\" may be undefined");
            }
            if (cells.contains(name)) {
                return op(variableType(name), IrOp.CELL_GET, new IrExpr.Local(locals.get(name)));
            }
            return new IrExpr.Local(locals.get(name));
        }
        if (captures.containsKey(name)) {
            return op(captureTypes.get(name), IrOp.CELL_GET, capturedCell(name));
        }
        if (!isMain && assignedNames.contains(name) && !declaredGlobals.contains(name)) {
            throw exprs.error(pos, "Name \"" + name + "\" is used before definition");
        }
        IrGlobal g = module.global(name);
        if (g != null) {
            if (isMain && !defined.contains(name)) {
                throw exprs.error(pos, "Name \"" + name + "\" may be undefined");
            }
            return new IrExpr.Global(g, !isMain && !module.intrinsics());
        }
        if (isMain && assignedNames.contains(name)) {
            throw exprs.error(pos, "Name \"" + name + "\" is used before definition");
        }
        if (handlerNames.contains(name)) {
            throw exprs.error(pos, "Name \"" + name + "\" is not defined (an \"except ... as\" name is deleted after its handler)");
        }
        if (name.equals("__name__")) {
            return new IrExpr.Const(Type.STR, module.moduleName());
        }
        IrGlobal imported = module.importedGlobal(name);
        if (imported != null) {
            return new IrExpr.Global(imported, false);
        }
        Signature sig = module.signature(name) != null ? module.signature(name) : module.importedSignature(name);
        if (sig != null) {
            function(name, pos); // a module-level use before the def is an error
            String wrapper = module.valueWrapper(sig);
            return new IrExpr.Op(Type.func(sig.paramTypes(), sig.returnType()), IrOp.MAKE_CLOSURE,
                    List.of(new IrExpr.Const(Type.STR, wrapper)));
        }
        if (module.classInfo(name) != null || name.equals(clsName)) {
            throw exprs.unsupported(pos, "classes as values");
        }
        throw exprs.error(pos, "Name \"" + name + "\" is not defined");
    }

    @Override
    public IrLocal temp(Type type) {
        return fn.newLocal("$t" + temps++, type);
    }

    @Override
    public boolean intrinsics() {
        return module.intrinsics();
    }

    @Override
    public Signature function(String name, Pos pos) {
        if (module.signature(name) == null && module.importedSignature(name) != null) {
            if (isMain && !definedFunctions.contains(name)) {
                throw exprs.error(pos, "Name \"" + name + "\" is used before definition");
            }
            return module.importedSignature(name);
        }
        if (isMain && module.signature(name) != null && !definedFunctions.contains(name)) {
            throw exprs.error(pos, "Name \"" + name + "\" is used before definition");
        }
        return module.signature(name);
    }

    @Override
    public String file() {
        return module.file();
    }

    @Override
    public ClassInfo classInfo(String name) {
        if (name.equals(clsName) && !locals.containsKey(name)) {
            return owner;
        }
        ClassInfo c = module.classInfo(name);
        if (c != null && isMain && module.classNeedsDefinition(name) && !definedFunctions.contains(name)) {
            return null;
        }
        return c;
    }

    @Override
    public ClassInfo classOfType(Type type) {
        return module.anyClass(type.name());
    }

    @Override
    public String methodTarget(ClassInfo c, String method) {
        return module.methodTarget(c, method);
    }

    @Override
    public String classMethodTarget(ClassInfo c, String method) {
        return module.classMethodTarget(c, method);
    }

    @Override
    public boolean onlySubclassesDefine(ClassInfo c, String method) {
        return !c.methods.containsKey(method) && module.classes().stream()
                .anyMatch(d -> d.type.isSubclassOf(c.type) && d.methods.containsKey(method));
    }

    @Override
    public IrExpr self() {
        return withoutSelf ? null : new IrExpr.Local(fn.params().get(0));
    }

    @Override
    public ClassInfo currentClass() {
        return owner;
    }

    @Override
    public Map<String, IrLocal> pushComprehensionScope() {
        Map<String, IrLocal> names = new HashMap<>();
        compScopes.add(names);
        return names;
    }

    @Override
    public void popComprehensionScope() {
        compScopes.remove(compScopes.size() - 1);
    }

    @Override
    public ModuleChecker module(String name) {
        return module.importedModule(name);
    }

    @Override
    public ModuleChecker stdlibModule(String name) {
        return module.stdlibModule(name);
    }

    @Override
    public Signature builtinFunction(String name) {
        return module.builtinFunction(name);
    }

    @Override
    public boolean isModuleLevel() {
        return isMain;
    }

    @Override
    public ForLowering forLoops() {
        return new ForLowering(this, exprs);
    }

    // ---- statements

    void statements(List<Stmt> body, List<IrStmt> out) {
        for (Stmt s : body) {
            try {
                int before = out.size();
                statement(s, out);
                for (int k = before; k < out.size(); k++) {
                    fn.markLine(out.get(k), s.pos().line()); // for the source map of traps
                }
            } catch (ExprChecker.NeedsAnnotation e) {
                throw exprs.unsupported(e.pos, "empty list or dict literal whose type cannot be inferred");
            }
        }
    }

    private void statement(Stmt s, List<IrStmt> out) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                if (!isMain || !module.isTopLevel(f)) {
                    nestedDef(f, out);
                } else {
                    definedFunctions.add(f.name());
                }
            }
            case Stmt.Nonlocal nl -> {
                for (String name : nl.names()) {
                    if (isMain) {
                        throw exprs.error(nl.pos(), "nonlocal declaration not allowed at module level");
                    }
                    if (!captures.containsKey(name)) {
                        throw exprs.error(nl.pos(), "No binding for nonlocal \"" + name + "\" found");
                    }
                    nonlocals.add(name);
                }
            }
            case Stmt.ClassDef c -> {
                if (!isMain) {
                    throw exprs.unsupported(c.pos(), "classes inside functions");
                }
                definedFunctions.add(c.name());
                ClassInfo info = module.classInfo(c.name());
                if (info != null && info.isEnum) {
                    out.addAll(exprs.enums.create(info));
                    for (String m : info.members) {
                        defined.add(c.name() + "." + m);
                    }
                }
            }
            case Stmt.Pass p -> { }
            case Stmt.Import imp -> {
                if (!isMain) {
                    throw exprs.unsupported(imp.pos(), "imports inside functions");
                }
                out.addAll(module.runImport(imp, definedFunctions));
            }
            case Stmt.Raise r -> exceptions.raise(r, out);
            case Stmt.Try t -> exceptions.tryStatement(t, out);
            case Stmt.With w -> exceptions.with(w, out);
            case Stmt.ExprStmt e -> out.add(new IrStmt.Eval(exprs.check(e.expr())));
            case Stmt.Assign a -> assigns.assign(a, out);
            case Stmt.AnnAssign a -> assigns.annAssign(a, out);
            case Stmt.AugAssign a -> assigns.augAssign(a, out);
            case Stmt.If i -> ifStatement(i, out);
            case Stmt.While w -> withLoopElse(w.orelse(), out, () -> {
                killFacts(w.body());
                IrExpr cond = exprs.condition(w.cond());
                Set<String> facts = pushFacts(w.cond(), true);
                List<IrStmt> body = new ArrayList<>();
                loopBody(w.body(), body);
                popFacts(facts);
                out.add(new IrStmt.Loop(cond, body, List.of()));
            });
            case Stmt.For f -> withLoopElse(f.orelse(), out, () -> {
                killFacts(f.body());
                new ForLowering(this, exprs).lower(f, out);
            });
            case Stmt.Break b -> {
                if (loopDepth == 0) {
                    throw exprs.error(b.pos(), "\"break\" outside loop");
                }
                IrLocal flag = breakFlags.get(breakFlags.size() - 1);
                Set<String> atBreaks = definedAtBreaks.get(definedAtBreaks.size() - 1);
                if (atBreaks == null) {
                    definedAtBreaks.set(definedAtBreaks.size() - 1, new HashSet<>(defined));
                } else {
                    atBreaks.retainAll(defined);
                }
                if (flag != null) {
                    out.add(new IrStmt.SetLocal(flag, new IrExpr.Const(Type.BOOL, true)));
                }
                exceptions.runFinallies(loopDepth, out);
                out.add(new IrStmt.Break());
            }
            case Stmt.Continue c -> {
                if (loopDepth == 0) {
                    throw exprs.error(c.pos(), "\"continue\" not properly in loop");
                }
                exceptions.runFinallies(loopDepth, out);
                out.add(new IrStmt.Continue());
            }
            case Stmt.Return r -> returnStatement(r, out);
            case Stmt.Global g -> {
                for (String name : g.names()) {
                    if (!isMain) {
                        module.noteReassigned(name);
                        if (module.global(name) == null) {
                            throw exprs.unsupported(g.pos(), "creating a module variable from a function (assign \""
                                    + name + "\" at module level first)");
                        }
                        if (locals.containsKey(name)) {
                            throw exprs.error(g.pos(), "Name \"" + name + "\" is assigned to before global declaration");
                        }
                        declaredGlobals.add(name);
                    }
                }
            }
            case Stmt.Delete d -> exprs.dicts.delete(d, out);
            case Stmt.Assert a -> {
                IrExpr cond = exprs.condition(a.test());
                IrExpr msg = a.message() == null ? new IrExpr.Const(Type.STR, "") : exprs.toStr(exprs.check(a.message()), a.message().pos());
                out.add(new IrStmt.If(op(Type.BOOL, IrOp.NOT, cond),
                        List.of(raise("AssertionError", msg)), List.of()));
            }
        }
    }

    /**
     * Lowers a loop; with an {@code else:} block, a hidden flag set by {@code break} decides
     * whether the block runs after the loop. Names the block assigns count as possibly undefined.
     */
    private void withLoopElse(List<Stmt> orelse, List<IrStmt> out, Runnable loop) {
        IrLocal flag = null;
        if (!orelse.isEmpty()) {
            flag = temp(Type.BOOL);
            out.add(new IrStmt.SetLocal(flag, new IrExpr.Const(Type.BOOL, false)));
        }
        breakFlags.add(flag);
        definedAtBreaks.add(null);
        Set<String> atBreaks;
        try {
            loop.run();
        } finally {
            breakFlags.remove(breakFlags.size() - 1);
            atBreaks = definedAtBreaks.remove(definedAtBreaks.size() - 1);
        }
        if (flag != null) {
            Set<String> saved = new HashSet<>(defined);
            List<IrStmt> body = new ArrayList<>();
            statements(orelse, body);
            // when the else block always leaves, code after the loop is reached only through a break
            defined = Flow.jumpsAway(orelse) && atBreaks != null ? atBreaks : saved;
            out.add(new IrStmt.If(op(Type.BOOL, IrOp.NOT, new IrExpr.Local(flag)), body, List.of()));
        }
    }

    static IrStmt raise(String exception, IrExpr message) {
        return new IrStmt.Eval(op(Type.NONE, IrOp.RAISE, new IrExpr.Const(Type.STR, exception), message));
    }

    /** Runs a loop body with its own definite-assignment set: it may execute zero times. */
    void loopBody(List<Stmt> body, List<IrStmt> out) {
        loopBody(null, null, body, out);
    }

    /** A loop body that first assigns each of {@code values} to the loop variables {@code targets}. */
    void loopBody(List<Expr> targets, List<IrExpr> values, List<Stmt> body, List<IrStmt> out) {
        Set<String> saved = new HashSet<>(defined);
        if (targets != null && values.size() == 1 && targets.size() > 1) {
            assigns.storeTo(new Expr.TupleLit(targets.get(0).pos(), targets), values.get(0), targets.get(0).pos(), out);
        } else {
            for (int k = 0; targets != null && k < targets.size(); k++) {
                assigns.storeTo(targets.get(k), values.get(k), targets.get(k).pos(), out);
            }
        }
        loopDepth++;
        statements(body, out);
        loopDepth--;
        defined = saved;
    }

    private void ifStatement(Stmt.If i, List<IrStmt> out) {
        IrExpr cond = exprs.condition(i.cond());
        Set<String> before = defined;
        defined = new HashSet<>(before);
        pushFacts(i.cond(), true);
        List<IrStmt> then = new ArrayList<>();
        statements(i.body(), then);
        Set<String> afterThen = defined;
        defined = new HashSet<>(before);
        pushFacts(i.cond(), false);
        List<IrStmt> otherwise = new ArrayList<>();
        statements(i.orelse(), otherwise);
        Set<String> afterElse = defined;
        boolean thenEnds = Flow.jumpsAway(i.body());
        boolean elseEnds = Flow.jumpsAway(i.orelse());
        if (thenEnds && !elseEnds) {
            defined = afterElse;
        } else if (elseEnds && !thenEnds) {
            defined = afterThen;
        } else {
            afterThen.retainAll(afterElse);
            defined = afterThen;
        }
        out.add(new IrStmt.If(cond, then, otherwise));
    }

    private void returnStatement(Stmt.Return r, List<IrStmt> out) {
        if (isMain) {
            throw exprs.error(r.pos(), "\"return\" outside function");
        }
        Type rt = fn.returnType();
        if (r.value() == null) {
            if (rt != Type.NONE) {
                throw exprs.error(r.pos(), "Return value expected");
            }
            exceptions.runFinallies(-1, out);
            out.add(new IrStmt.Return(null));
            return;
        }
        IrExpr v = exprs.check(r.value(), rt);
        if (rt == Type.NONE) {
            if (v.type() != Type.NONE) {
                throw exprs.error(r.pos(), "No return value expected");
            }
            out.add(new IrStmt.Eval(v));
            exceptions.runFinallies(-1, out);
            out.add(new IrStmt.Return(null));
            return;
        }
        v = exprs.coerceOrFail(v, rt, r.value().pos(), "Incompatible return value type (got \"" + v.type()
                + "\", expected \"" + rt + "\")");
        if (exceptions.hasFinallies()) {
            // the value is computed before the finally blocks run, as in Python
            IrLocal t = temp(rt);
            out.add(new IrStmt.SetLocal(t, v));
            exceptions.runFinallies(-1, out);
            v = new IrExpr.Local(t);
        }
        out.add(new IrStmt.Return(v));
    }

    Type variableType(String name) {
        if (captures.containsKey(name) && !locals.containsKey(name)) {
            return captureTypes.get(name);
        }
        if (cells.contains(name)) {
            return locals.get(name).type().items().get(0);
        }
        if (isMain || declaredGlobals.contains(name)) {
            IrGlobal g = module.global(name);
            return g == null ? null : g.type();
        }
        IrLocal l = locals.get(name);
        return l == null ? null : l.type();
    }

    void declare(String name, Type type) {
        if (isMain || declaredGlobals.contains(name)) {
            module.newGlobal(name, type);
        } else if (cellNames.contains(name)) {
            IrLocal cell = fn.newLocal(name, Type.tuple(List.of(type)));
            fn.body().add(0, new IrStmt.SetLocal(cell, op(cell.type(), IrOp.CELL_NEW, zero(type))));
            locals.put(name, cell);
            cells.add(name);
        } else {
            locals.put(name, fn.newLocal(name, type));
        }
    }

    Type resolveType(Expr annotation) {
        return module.types().resolve(annotation);
    }

    /** Assigns to a local or module variable, declaring it on first assignment. */
    void storeName(Expr.Name target, IrExpr v, List<IrStmt> out) {
        Expr.Name n = target;
        Type t = variableType(n.id());
        if (t == null) {
            if (v.type() == Type.NONE) {
                throw exprs.unsupported(target.pos(), "variables of type None");
            }
            declare(n.id(), v.type());
            t = v.type();
        }
        Type valueType = v.type();
        v = exprs.coerceOrFail(v, t, target.pos(), "Incompatible types in assignment (expression has type \""
                + v.type() + "\", variable has type \"" + t + "\")");
        defined.add(n.id());
        // assigning a value that cannot be None narrows an optional variable (as in mypy)
        kill(n.id());
        if (t.kind() == Type.Kind.OPTIONAL && valueType.kind() != Type.Kind.OPTIONAL && valueType != Type.NONE) {
            defined.add(n.id() + NOT_NONE);
        }
        if (nonlocals.contains(n.id()) || cells.contains(n.id())) {
            out.add(new IrStmt.Eval(op(Type.NONE, IrOp.CELL_SET, cellOf(n.id()), v)));
        } else if (isMain || declaredGlobals.contains(n.id())) {
            out.add(new IrStmt.SetGlobal(module.global(n.id()), v));
        } else {
            out.add(new IrStmt.SetLocal(locals.get(n.id()), v));
        }
    }

    private static IrExpr zero(Type t) {
        return switch (t.kind()) {
            case INT -> intConst(0);
            case FLOAT -> new IrExpr.Const(Type.FLOAT, 0.0);
            case BOOL -> new IrExpr.Const(Type.BOOL, false);
            default -> new IrExpr.Const(t, null);
        };
    }

    // ---- helpers used by ForLowering and ExceptionLowering

    Set<String> defined() {
        return defined;
    }

    void setDefined(Set<String> names) {
        defined = names;
    }

    int loopDepth() {
        return loopDepth;
    }

    ModuleChecker module() {
        return module;
    }

    IrLocal newLocal(String name, Type type) {
        return fn.newLocal(name, type);
    }

    void markDefined(String name) {
        defined.add(name);
    }

    IrExpr intLiteral(long v) {
        return intConst(v);
    }

    /** Names assigned anywhere in the body are local to the function, as in Python. */
    private void collectAssigned(List<Stmt> body) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Assign a -> a.targets().forEach(this::collectTarget);
                case Stmt.AnnAssign a -> collectTarget(a.target());
                case Stmt.AugAssign a -> collectTarget(a.target());
                case Stmt.For f -> {
                    if (f.target() instanceof Expr.TupleLit t) {
                        t.items().forEach(this::collectTarget);
                    }
                    collectTarget(f.target());
                    collectAssigned(f.body());
                    collectAssigned(f.orelse());
                }
                case Stmt.While w -> {
                    collectAssigned(w.body());
                    collectAssigned(w.orelse());
                }
                case Stmt.If i -> {
                    collectAssigned(i.body());
                    collectAssigned(i.orelse());
                }
                case Stmt.Global g -> prescanGlobals.addAll(g.names());
                case Stmt.FunctionDef f -> {
                    if (!isMain) {
                        assignedNames.add(f.name()); // a nested def binds a local
                    }
                }
                case Stmt.Try t -> {
                    collectAssigned(t.body());
                    for (Stmt.Handler h : t.handlers()) {
                        if (h.name() != null) {
                            handlerNames.add(h.name());
                        }
                        collectAssigned(h.body());
                    }
                    collectAssigned(t.orelse());
                    collectAssigned(t.finalbody());
                }
                case Stmt.With w -> {
                    if (w.target() != null) {
                        collectTarget(w.target());
                    }
                    collectAssigned(w.body());
                }
                default -> { }
            }
        }
    }

    private void collectTarget(Expr target) {
        if (target instanceof Expr.Name n) {
            assignedNames.add(n.id());
        }
        if (target instanceof Expr.TupleLit t) {
            t.items().forEach(this::collectTarget);
        }
        if (target instanceof Expr.Starred st) {
            collectTarget(st.value());
        }
    }
}
