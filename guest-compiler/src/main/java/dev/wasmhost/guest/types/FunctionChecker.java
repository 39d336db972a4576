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
    /** At module level, the functions whose def has been executed so far. */
    private final Set<String> definedFunctions = new HashSet<>();
    private Set<String> defined = new HashSet<>();
    private int loopDepth;
    private final List<Map<String, IrLocal>> compScopes = new ArrayList<>();
    /** Per enclosing loop, the flag its {@code break} sets when the loop has an else block (or null). */
    private final List<IrLocal> breakFlags = new ArrayList<>();
    /** Per enclosing loop, the intersection of the names defined at each of its breaks (null before any). */
    private final List<Set<String>> definedAtBreaks = new ArrayList<>();
    private int temps;
    private final ExprChecker exprs;
    private final AssignLowering assigns;

    private final ClassInfo owner;

    FunctionChecker(ModuleChecker module, IrFunction fn, boolean isMain, List<Stmt> body) {
        this(module, fn, isMain, body, null);
    }

    FunctionChecker(ModuleChecker module, IrFunction fn, boolean isMain, List<Stmt> body, ClassInfo owner) {
        this.owner = owner;
        this.module = module;
        this.fn = fn;
        this.isMain = isMain;
        this.exprs = new ExprChecker(this);
        this.assigns = new AssignLowering(this, exprs);
        for (IrLocal p : fn.params()) {
            locals.put(p.name(), p);
            defined.add(p.name());
        }
        collectAssigned(body);
        assignedNames.removeAll(prescanGlobals);
    }

    void checkBody(List<Stmt> body) {
        statements(body, fn.body());
    }

    // ---- Scope

    @Override
    public IrExpr read(String name, Pos pos) {
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
            return new IrExpr.Local(locals.get(name));
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
        if (name.equals("__name__")) {
            return new IrExpr.Const(Type.STR, "__main__");
        }
        if (module.signature(name) != null) {
            throw exprs.unsupported(pos, "functions as values");
        }
        if (module.classInfo(name) != null) {
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
        ClassInfo c = module.classInfo(name);
        if (c != null && isMain && !definedFunctions.contains(name)) {
            return null;
        }
        return c;
    }

    @Override
    public ClassInfo classOfType(Type type) {
        return module.classInfo(type.name());
    }

    @Override
    public String methodTarget(ClassInfo c, String method) {
        return module.methodTarget(c, method);
    }

    @Override
    public boolean onlySubclassesDefine(ClassInfo c, String method) {
        return !c.methods.containsKey(method) && module.classes().stream()
                .anyMatch(d -> d.type.isSubclassOf(c.type) && d.methods.containsKey(method));
    }

    @Override
    public IrExpr self() {
        return new IrExpr.Local(fn.params().get(0));
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
    public ForLowering forLoops() {
        return new ForLowering(this, exprs);
    }

    // ---- statements

    private void statements(List<Stmt> body, List<IrStmt> out) {
        for (Stmt s : body) {
            try {
                statement(s, out);
            } catch (ExprChecker.NeedsAnnotation e) {
                throw exprs.unsupported(e.pos, "empty list or dict literal whose type cannot be inferred");
            }
        }
    }

    private void statement(Stmt s, List<IrStmt> out) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                if (!isMain) {
                    throw exprs.unsupported(f.pos(), "nested functions");
                }
                definedFunctions.add(f.name());
            }
            case Stmt.ClassDef c -> {
                if (!isMain) {
                    throw exprs.unsupported(c.pos(), "classes inside functions");
                }
                definedFunctions.add(c.name());
            }
            case Stmt.Pass p -> { }
            case Stmt.ExprStmt e -> out.add(new IrStmt.Eval(exprs.check(e.expr())));
            case Stmt.Assign a -> assigns.assign(a, out);
            case Stmt.AnnAssign a -> assigns.annAssign(a, out);
            case Stmt.AugAssign a -> assigns.augAssign(a, out);
            case Stmt.If i -> ifStatement(i, out);
            case Stmt.While w -> withLoopElse(w.orelse(), out, () -> {
                IrExpr cond = exprs.condition(w.cond());
                List<IrStmt> body = new ArrayList<>();
                loopBody(w.body(), body);
                out.add(new IrStmt.Loop(cond, body, List.of()));
            });
            case Stmt.For f -> withLoopElse(f.orelse(), out, () -> new ForLowering(this, exprs).lower(f, out));
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
                out.add(new IrStmt.Break());
            }
            case Stmt.Continue c -> {
                if (loopDepth == 0) {
                    throw exprs.error(c.pos(), "\"continue\" not properly in loop");
                }
                out.add(new IrStmt.Continue());
            }
            case Stmt.Return r -> returnStatement(r, out);
            case Stmt.Global g -> {
                for (String name : g.names()) {
                    if (!isMain) {
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
        List<IrStmt> then = new ArrayList<>();
        statements(i.body(), then);
        Set<String> afterThen = defined;
        defined = new HashSet<>(before);
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
            out.add(new IrStmt.Return(null));
            return;
        }
        IrExpr v = exprs.check(r.value(), rt);
        if (rt == Type.NONE) {
            if (v.type() != Type.NONE) {
                throw exprs.error(r.pos(), "No return value expected");
            }
            out.add(new IrStmt.Eval(v));
            out.add(new IrStmt.Return(null));
            return;
        }
        v = exprs.coerceOrFail(v, rt, r.value().pos(), "Incompatible return value type (got \"" + v.type()
                + "\", expected \"" + rt + "\")");
        out.add(new IrStmt.Return(v));
    }

    Type variableType(String name) {
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
        v = exprs.coerceOrFail(v, t, target.pos(), "Incompatible types in assignment (expression has type \""
                + v.type() + "\", variable has type \"" + t + "\")");
        defined.add(n.id());
        if (isMain || declaredGlobals.contains(n.id())) {
            out.add(new IrStmt.SetGlobal(module.global(n.id()), v));
        } else {
            out.add(new IrStmt.SetLocal(locals.get(n.id()), v));
        }
    }

    // ---- helpers used by ForLowering

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
    }
}
