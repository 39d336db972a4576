package dev.wasmhost.guest.wasm;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrFunction;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrModule;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.ir.IrStmt;
import dev.wasmhost.guest.types.Type;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields of a class every instance has assigned before any code can read them, so that reading
 * them needs no "assigned" test (which raises AttributeError). A field qualifies for class C when, for
 * C and every subclass, the constructor assigns it before the instance can be seen: the constructor
 * ({@code X.$new}: allocate, then field stores and the {@code __init__} call) and the leading
 * statements of {@code __init__} (and of a base {@code __init__} it calls first) that store fields of
 * {@code self} or set other locals, with values that do not mention {@code self}. A class whose
 * instances are also made elsewhere (enum members) has no such fields.
 */
final class AssignedFields {
    private final Map<String, IrFunction> functions = new HashMap<>();
    /** Per class name: its type and the fields its constructor always assigns (null: unknown). */
    private final Map<String, Type> classTypes = new HashMap<>();
    private final Map<String, BitSet> assigned = new HashMap<>();
    private final Map<String, BitSet> initPrefix = new HashMap<>();
    /** Classes instantiated somewhere other than the start of their own constructor, by name. */
    private final Map<String, Type> made = new HashMap<>();
    private final Map<String, Boolean> answers = new HashMap<>();

    /**
     * The classes each runtime library function instantiates: its functions are the same objects in
     * every compilation of a process (CheckedRuntime), so they are walked once, not per program.
     */
    private static final Map<IrFunction, Map<String, Type>> RUNTIME_MADE =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private AssignedFields() {}

    private static Map<String, Type> madeBy(IrFunction f) {
        var scratch = new AssignedFields();
        f.body().forEach(s -> scratch.stmt(s, false));
        return Map.copyOf(scratch.made);
    }

    AssignedFields(IrModule module) {
        List<IrFunction> all = new ArrayList<>(module.functions());
        all.add(module.main());
        for (IrFunction f : all) {
            functions.put(f.name(), f);
        }
        if (RUNTIME_MADE.size() > 10_000) {
            RUNTIME_MADE.clear(); // not the shared runtime after all: do not keep them
        }
        for (IrFunction f : all) {
            boolean ctor = f.name().endsWith(".$new") && f.returnType().kind() == Type.Kind.CLASS;
            if (!ctor && f.name().startsWith("rt.")) {
                made.putAll(RUNTIME_MADE.computeIfAbsent(f, AssignedFields::madeBy));
                continue;
            }
            List<IrStmt> body = f.body();
            for (int k = 0; k < body.size(); k++) {
                boolean expected = ctor && k == 0;
                stmt(body.get(k), expected);
            }
            if (ctor && !body.isEmpty() && body.get(0) instanceof IrStmt.SetLocal s
                    && s.value() instanceof IrExpr.Op op && op.op() == IrOp.OBJECT_NEW) {
                String c = op.type().name();
                classTypes.put(c, op.type());
                if (!assigned.containsKey(c)) {
                    assigned.put(c, constructorFields(f, s.local()));
                }
            }
        }
        // a class instantiated anywhere but at the start of its own constructor: nothing is known
        for (Map.Entry<String, Type> e : made.entrySet()) {
            classTypes.put(e.getKey(), e.getValue());
            assigned.put(e.getKey(), null);
        }
    }

    /** True if every instance of {@code classType} (or a subclass) has field {@code field} assigned. */
    boolean always(Type classType, int field) {
        return answers.computeIfAbsent(classType.name() + "#" + field, k -> {
            for (Map.Entry<String, Type> e : classTypes.entrySet()) {
                if (e.getValue().isSubclassOf(classType)) {
                    BitSet b = assigned.get(e.getKey());
                    if (b == null || !b.get(field)) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    // ---- finding OBJECT_NEW outside constructors

    private void stmt(IrStmt s, boolean expectedNew) {
        switch (s) {
            case IrStmt.SetLocal x -> {
                if (expectedNew && x.value() instanceof IrExpr.Op op && op.op() == IrOp.OBJECT_NEW) {
                    op.args().forEach(a -> expr(a));
                } else {
                    expr(x.value());
                }
            }
            case IrStmt.SetGlobal x -> expr(x.value());
            case IrStmt.Eval x -> expr(x.expr());
            case IrStmt.If x -> {
                expr(x.cond());
                x.then().forEach(t -> stmt(t, false));
                x.otherwise().forEach(t -> stmt(t, false));
            }
            case IrStmt.Loop x -> {
                expr(x.cond());
                x.body().forEach(t -> stmt(t, false));
                x.update().forEach(t -> stmt(t, false));
            }
            case IrStmt.Raise x -> expr(x.exception());
            case IrStmt.Try x -> {
                x.body().forEach(t -> stmt(t, false));
                x.handler().forEach(t -> stmt(t, false));
            }
            case IrStmt.Return x -> {
                if (x.value() != null) {
                    expr(x.value());
                }
            }
            case IrStmt.Break x -> { }
            case IrStmt.Continue x -> { }
        }
    }

    private void expr(IrExpr e) {
        switch (e) {
            case IrExpr.Op op -> {
                if (op.op() == IrOp.OBJECT_NEW && op.type().kind() == Type.Kind.CLASS) {
                    made.put(op.type().name(), op.type());
                }
                op.args().forEach(this::expr);
            }
            case IrExpr.Call c -> c.args().forEach(this::expr);
            case IrExpr.Logic l -> {
                expr(l.left());
                expr(l.right());
            }
            case IrExpr.Tee t -> expr(t.value());
            case IrExpr.Cond c -> {
                expr(c.cond());
                expr(c.then());
                expr(c.otherwise());
            }
            case IrExpr.Block b -> {
                b.stmts().forEach(t -> stmt(t, false));
                expr(b.result());
            }
            case IrExpr.Const c -> { }
            case IrExpr.Local l -> { }
            case IrExpr.Global g -> { }
        }
    }

    // ---- the fields a constructor assigns before the instance can be seen

    private BitSet constructorFields(IrFunction ctor, IrLocal self) {
        BitSet out = new BitSet();
        prefix(ctor.body().subList(1, ctor.body().size()), self, out, new HashSet<>());
        return out;
    }

    private BitSet initFields(IrFunction init, Set<String> visiting) {
        BitSet known = initPrefix.get(init.name());
        if (known != null) {
            return known;
        }
        BitSet out = new BitSet();
        if (visiting.add(init.name()) && !init.params().isEmpty()) {
            prefix(init.body(), init.params().get(0), out, visiting);
            visiting.remove(init.name());
            initPrefix.put(init.name(), out);
        }
        return out;
    }

    /** Adds the fields of {@code self} stored by the leading statements that cannot let it be seen. */
    private void prefix(List<IrStmt> body, IrLocal self, BitSet out, Set<String> visiting) {
        for (IrStmt s : body) {
            if (s instanceof IrStmt.Eval ev && ev.expr() instanceof IrExpr.Op op && op.op() == IrOp.FIELD_SET
                    && op.args().get(0) instanceof IrExpr.Local target && target.local().equals(self)
                    && op.args().get(1) instanceof IrExpr.Const slot && !mentions(op.args().get(2), self)) {
                out.set((int) (long) (Long) slot.value());
            } else if (s instanceof IrStmt.SetLocal set && !set.local().equals(self) && !mentions(set.value(), self)) {
                continue;
            } else if (s instanceof IrStmt.Eval ev && ev.expr() instanceof IrExpr.Call call
                    && call.function().endsWith(".__init__") && functions.containsKey(call.function())
                    && !call.args().isEmpty() && call.args().get(0) instanceof IrExpr.Local target
                    && target.local().equals(self)
                    && call.args().subList(1, call.args().size()).stream().noneMatch(a -> mentions(a, self))) {
                out.or(initFields(functions.get(call.function()), visiting));
            } else {
                return;
            }
        }
    }

    private static boolean mentions(IrExpr e, IrLocal local) {
        return switch (e) {
            case IrExpr.Local l -> l.local().equals(local);
            case IrExpr.Const c -> false;
            case IrExpr.Global g -> false;
            case IrExpr.Op op -> op.args().stream().anyMatch(a -> mentions(a, local));
            case IrExpr.Call c -> c.args().stream().anyMatch(a -> mentions(a, local));
            case IrExpr.Logic l -> mentions(l.left(), local) || mentions(l.right(), local);
            case IrExpr.Tee t -> t.local().equals(local) || mentions(t.value(), local);
            case IrExpr.Cond c -> mentions(c.cond(), local) || mentions(c.then(), local) || mentions(c.otherwise(), local);
            case IrExpr.Block b -> true; // statements inside: not looked into
        };
    }
}
