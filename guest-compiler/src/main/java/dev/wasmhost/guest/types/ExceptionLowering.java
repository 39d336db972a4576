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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lowers {@code raise}, {@code try/except/else/finally} and {@code with} to the IR's one handler
 * form ({@link IrStmt.Try}: run a body, and if an exception escapes, run a handler with it).
 * {@code except} clauses become a chain of class tests that ends in a re-raise; {@code finally}
 * bodies (and a with block's {@code __exit__}) are copied to every way out of the block: the end
 * of the block, the exception handler (which then re-raises), and each {@code return},
 * {@code break} and {@code continue} that leaves it.
 */
final class ExceptionLowering {
    /** A block that must run on the way out: its code and the loop depth at which it was entered. */
    private record Exit(Consumer<List<IrStmt>> emit, int loopDepth) {}

    private final FunctionChecker fc;
    private final ExprChecker exprs;
    private final AssignLowering assigns;
    private final List<Exit> exits = new ArrayList<>();
    /** The exceptions being handled by the enclosing except clauses (for a bare {@code raise}). */
    private final List<IrLocal> handling = new ArrayList<>();

    ExceptionLowering(FunctionChecker fc, ExprChecker exprs, AssignLowering assigns) {
        this.fc = fc;
        this.exprs = exprs;
        this.assigns = assigns;
    }

    boolean hasFinallies() {
        return !exits.isEmpty();
    }

    /**
     * Emits the finally blocks a jump leaves, innermost first: all of them for a return
     * ({@code loopDepth} -1), those entered inside the current loop for break and continue.
     */
    void runFinallies(int loopDepth, List<IrStmt> out) {
        List<Exit> saved = new ArrayList<>(exits);
        try {
            for (int k = saved.size() - 1; k >= 0; k--) {
                Exit e = saved.get(k);
                if (loopDepth >= 0 && e.loopDepth() < loopDepth) {
                    break;
                }
                // a jump inside this finally block leaves only the blocks around it
                while (exits.size() > k) {
                    exits.remove(exits.size() - 1);
                }
                Set<String> defined = new HashSet<>(fc.defined());
                e.emit().accept(out);
                fc.setDefined(defined);
            }
        } finally {
            exits.clear();
            exits.addAll(saved);
        }
    }

    void raise(Stmt.Raise r, List<IrStmt> out) {
        ClassInfo base = baseException(r.pos());
        if (r.exc() == null) {
            if (handling.isEmpty()) {
                throw exprs.unsupported(r.pos(), "bare 'raise' outside an except block");
            }
            out.add(new IrStmt.Raise(new IrExpr.Local(handling.get(handling.size() - 1))));
            return;
        }
        Expr e = r.exc();
        if (e instanceof Expr.Name n && fc.classInfo(n.id()) != null
                || e instanceof Expr.Attribute a && fc.module().qualifiedClass(a) != null) {
            e = new Expr.Call(e.pos(), e, List.of(), List.of()); // raise ValueError == raise ValueError()
        }
        IrExpr v = exprs.check(e);
        if (v.type().kind() != Type.Kind.CLASS || !v.type().isSubclassOf(base.type)) {
            throw exprs.error(r.exc().pos(), "Exceptions must derive from BaseException");
        }
        if (r.cause() != null) {
            // raise X from Y: X.__cause__ = Y (an exception or None), then raise X
            IrLocal x = fc.temp(v.type());
            out.add(new IrStmt.SetLocal(x, v));
            Expr ce = r.cause();
            if (ce instanceof Expr.Name n && fc.classInfo(n.id()) != null) {
                ce = new Expr.Call(n.pos(), n, List.of(), List.of());
            }
            IrExpr c = exprs.check(ce);
            Type want = Type.optional(base.type);
            if (c.type() != Type.NONE && !(c.type().kind() == Type.Kind.CLASS && c.type().isSubclassOf(base.type))
                    && !c.type().equals(want)) {
                throw exprs.error(r.cause().pos(), "Exception must be derived from BaseException");
            }
            Expr.Attribute cause = new Expr.Attribute(r.cause().pos(), r.exc(), "__cause__");
            out.add(new IrStmt.Eval(exprs.fieldSet(cause, new IrExpr.Local(x), ExprChecker.coerce(c, want))));
            out.add(new IrStmt.Raise(new IrExpr.Local(x)));
            return;
        }
        out.add(new IrStmt.Raise(v));
    }

    void tryStatement(Stmt.Try t, List<IrStmt> out) {
        ClassInfo base = baseException(t.pos());
        fc.killFacts(List.of(t));
        if (t.finalbody().isEmpty()) {
            tryExcept(t, base, out);
            return;
        }
        Set<String> before = new HashSet<>(fc.defined());
        List<IrStmt> inner = new ArrayList<>();
        exits.add(new Exit(o -> fc.statements(t.finalbody(), o), fc.loopDepth()));
        try {
            if (t.handlers().isEmpty()) {
                fc.statements(t.body(), inner);
            } else {
                tryExcept(t, base, inner);
            }
        } finally {
            exits.remove(exits.size() - 1);
        }
        Set<String> after = fc.defined();
        // on an exception: the finally block, then the exception goes on
        fc.setDefined(new HashSet<>(before));
        IrLocal caught = fc.temp(base.type);
        List<IrStmt> handler = new ArrayList<>();
        fc.statements(t.finalbody(), handler);
        handler.add(new IrStmt.Raise(new IrExpr.Local(caught)));
        out.add(new IrStmt.Try(inner, caught, handler));
        fc.setDefined(after);
        fc.statements(t.finalbody(), out);
    }

    private void tryExcept(Stmt.Try t, ClassInfo base, List<IrStmt> out) {
        IrLocal noException = null;
        if (!t.orelse().isEmpty()) {
            noException = fc.temp(Type.BOOL);
            out.add(new IrStmt.SetLocal(noException, new IrExpr.Const(Type.BOOL, false)));
        }
        Set<String> before = new HashSet<>(fc.defined());
        List<IrStmt> body = new ArrayList<>();
        fc.statements(t.body(), body);
        if (noException != null) {
            body.add(new IrStmt.SetLocal(noException, new IrExpr.Const(Type.BOOL, true)));
        }
        Set<String> afterBody = fc.defined();
        List<Set<String>> ends = new ArrayList<>();
        IrLocal caught = fc.temp(base.type);
        List<IrExpr> tests = new ArrayList<>();
        List<List<IrStmt>> bodies = new ArrayList<>();
        for (int k = 0; k < t.handlers().size(); k++) {
            Stmt.Handler h = t.handlers().get(k);
            if (h.type() == null && k < t.handlers().size() - 1) {
                throw exprs.error(h.pos(), "default 'except:' must be last");
            }
            fc.setDefined(new HashSet<>(before));
            List<ClassInfo> types = h.type() == null ? List.of(base) : exceptionTypes(h.type());
            ClassInfo common = commonBase(types);
            tests.add(matches(new IrExpr.Local(caught), types));
            List<IrStmt> hb = new ArrayList<>();
            Map<String, IrLocal> scope = null;
            if (h.name() != null) {
                // "as e" is its own variable, deleted after the handler (as Python does)
                IrLocal e = fc.newLocal(h.name(), common.type);
                IrExpr value = common == base ? new IrExpr.Local(caught) : op(common.type, IrOp.CLASS_CAST, new IrExpr.Local(caught));
                hb.add(new IrStmt.SetLocal(e, value));
                scope = fc.pushComprehensionScope();
                scope.put(h.name(), e);
            }
            handling.add(caught);
            try {
                fc.statements(h.body(), hb);
            } finally {
                handling.remove(handling.size() - 1);
                if (scope != null) {
                    fc.popComprehensionScope();
                }
            }
            if (!Flow.jumpsAway(h.body())) {
                ends.add(fc.defined());
            }
            bodies.add(hb);
        }
        List<IrStmt> handler = List.of(new IrStmt.Raise(new IrExpr.Local(caught))); // nothing matched
        for (int k = tests.size() - 1; k >= 0; k--) {
            IrExpr test = tests.get(k);
            handler = test instanceof IrExpr.Const c && Boolean.TRUE.equals(c.value()) ? bodies.get(k)
                    : List.of(new IrStmt.If(test, bodies.get(k), handler));
        }
        out.add(new IrStmt.Try(body, caught, handler));
        boolean bodyEnds = Flow.jumpsAway(t.body());
        if (noException != null) {
            fc.setDefined(afterBody);
            List<IrStmt> orelse = new ArrayList<>();
            fc.statements(t.orelse(), orelse);
            out.add(new IrStmt.If(new IrExpr.Local(noException), orelse, List.of()));
            if (!bodyEnds && !Flow.jumpsAway(t.orelse())) {
                ends.add(fc.defined());
            }
        } else if (!bodyEnds) {
            ends.add(afterBody);
        }
        Set<String> after = ends.isEmpty() ? before : new HashSet<>(ends.get(0));
        for (Set<String> end : ends) {
            after.retainAll(end);
        }
        fc.setDefined(after);
    }

    /**
     * {@code with cm as target: body}: {@code __enter__}'s result goes to the target; {@code
     * __exit__(None, None, None)} runs on every normal way out, and {@code __exit__(e, e, None)} when
     * an exception escapes (the exception goes on unless a bool {@code __exit__} returns True).
     */
    void with(Stmt.With w, List<IrStmt> out) {
        ClassInfo base = baseException(w.pos());
        IrExpr cm = exprs.check(w.context());
        if (cm.type().kind() != Type.Kind.CLASS) {
            throw exprs.error(w.context().pos(), "\"" + cm.type() + "\" has no attribute \"__enter__\"");
        }
        ClassInfo c = fc.classOfType(cm.type());
        Signature enter = c.methods.get("__enter__");
        Signature exit = c.methods.get("__exit__");
        if (enter == null || exit == null) {
            throw exprs.error(w.context().pos(), "\"" + c.name + "\" has no attribute \"" + (enter == null ? "__enter__" : "__exit__") + "\"");
        }
        if (!enter.paramTypes().isEmpty() || exit.paramTypes().size() != 3
                || exit.returnType() != Type.NONE && exit.returnType() != Type.BOOL) {
            throw exprs.unsupported(w.pos(), "__enter__ other than (self) or __exit__ other than (self, exc_type, exc, tb) -> None | bool");
        }
        fc.killFacts(List.of(w));
        IrLocal manager = fc.temp(cm.type());
        out.add(new IrStmt.SetLocal(manager, cm));
        IrExpr entered = new IrExpr.Call(enter.returnType(), fc.methodTarget(c, "__enter__"), List.of(new IrExpr.Local(manager)));
        if (w.target() != null) {
            if (enter.returnType() == Type.NONE) {
                throw exprs.error(w.target().pos(), "\"__enter__\" of \"" + c.name + "\" does not return a value");
            }
            assigns.storeTo(w.target(), entered, w.context().pos(), out);
        } else {
            out.add(new IrStmt.Eval(entered));
        }
        String exitTarget = fc.methodTarget(c, "__exit__");
        Consumer<List<IrStmt>> normalExit = o -> o.add(new IrStmt.Eval(exitCall(w.pos(), exit, exitTarget, manager, null)));
        Set<String> before = new HashSet<>(fc.defined());
        List<IrStmt> body = new ArrayList<>();
        exits.add(new Exit(normalExit, fc.loopDepth()));
        try {
            fc.statements(w.body(), body);
        } finally {
            exits.remove(exits.size() - 1);
        }
        IrLocal caught = fc.temp(base.type);
        IrExpr onError = exitCall(w.pos(), exit, exitTarget, manager, caught);
        IrStmt reraise = new IrStmt.Raise(new IrExpr.Local(caught));
        List<IrStmt> handler = exit.returnType() == Type.BOOL
                ? List.of(new IrStmt.If(op(Type.BOOL, IrOp.NOT, onError), List.of(reraise), List.of()))
                : List.of(new IrStmt.Eval(onError), reraise);
        out.add(new IrStmt.Try(body, caught, handler));
        normalExit.accept(out);
        if (exit.returnType() == Type.BOOL) {
            // the exception may have been swallowed anywhere in the body
            Set<String> after = fc.defined();
            after.retainAll(before);
        }
    }

    private IrExpr exitCall(Pos pos, Signature exit, String target, IrLocal manager, IrLocal caught) {
        List<IrExpr> args = new ArrayList<>();
        args.add(new IrExpr.Local(manager));
        for (int k = 0; k < 3; k++) {
            Type want = exit.paramTypes().get(k);
            IrExpr arg = caught == null || k == 2 ? new IrExpr.Const(Type.NONE, null) : new IrExpr.Local(caught);
            if (!ExprChecker.assignable(arg.type(), want) || !ExprChecker.assignable(Type.NONE, want)) {
                throw exprs.unsupported(pos, "__exit__ parameters that cannot take None and the exception (annotate them"
                        + " type[BaseException] | None, BaseException | None, TracebackType | None, or object)");
            }
            args.add(ExprChecker.coerce(arg, want));
        }
        return new IrExpr.Call(exit.returnType(), target, args);
    }

    /** The class of a {@code except} clause, or of each name in a tuple of them. */
    private List<ClassInfo> exceptionTypes(Expr e) {
        List<Expr> names = e instanceof Expr.TupleLit t ? t.items() : List.of(e);
        List<ClassInfo> out = new ArrayList<>();
        ClassInfo base = baseException(e.pos());
        for (Expr n : names) {
            ClassInfo c = n instanceof Expr.Name name ? fc.classInfo(name.id())
                    : n instanceof Expr.Attribute a ? fc.module().qualifiedClass(a) : null;
            if (c == null || !c.type.isSubclassOf(base.type)) {
                throw exprs.error(n.pos(), "Exception type must be derived from BaseException (or be a tuple of exception classes)");
            }
            out.add(c);
        }
        return out;
    }

    /** The nearest class all of {@code types} derive from (the type of {@code as e}). */
    private static ClassInfo commonBase(List<ClassInfo> types) {
        for (ClassInfo c = types.get(0); c != null; c = c.base) {
            ClassInfo candidate = c;
            if (types.stream().allMatch(t -> t.type.isSubclassOf(candidate.type))) {
                return c;
            }
        }
        throw new IllegalStateException("exception classes without a common base");
    }

    /** True if the caught object is an instance of one of {@code types}: a test of its exact class against each subclass. */
    private IrExpr matches(IrExpr caught, List<ClassInfo> types) {
        if (types.stream().anyMatch(t -> t.base == null && t.name.equals("BaseException"))) {
            return new IrExpr.Const(Type.BOOL, true);
        }
        IrExpr test = null;
        for (ClassInfo d : fc.module().classes()) {
            if (types.stream().anyMatch(t -> d.type.isSubclassOf(t.type))) {
                IrExpr is = op(Type.BOOL, IrOp.CLASS_IS, caught, new IrExpr.Const(Type.STR, d.name));
                test = test == null ? is : new IrExpr.Logic(false, test, is);
            }
        }
        return test;
    }

    private ClassInfo baseException(Pos pos) {
        ClassInfo base = fc.module().classInfo("BaseException");
        if (base == null) {
            throw exprs.unsupported(pos, "exceptions in the runtime library");
        }
        return base;
    }
}
