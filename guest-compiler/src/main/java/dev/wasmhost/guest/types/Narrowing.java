package dev.wasmhost.guest.types;

import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Narrowing of optional variables, decided on the syntax tree: which names a condition proves
 * not None, and which names a block may assign (and so loses what was known about them).
 */
final class Narrowing {
    private Narrowing() {}

    /** The names that are not None when {@code cond} evaluates to {@code truth}. */
    static Set<String> notNone(Expr cond, boolean truth) {
        Set<String> out = new HashSet<>();
        collect(cond, truth, out);
        return out;
    }

    private static void collect(Expr cond, boolean truth, Set<String> out) {
        switch (cond) {
            case Expr.Compare c when c.ops().size() == 1 -> {
                String op = c.ops().get(0);
                boolean negated = op.equals("is not") || op.equals("!=");
                if (!negated && !op.equals("is") && !op.equals("==")) {
                    return;
                }
                Expr other = c.rest().get(0) instanceof Expr.NoneLit ? c.first()
                        : c.first() instanceof Expr.NoneLit ? c.rest().get(0) : null;
                String path = other == null ? null : path(other);
                if (path != null && negated == truth) {
                    out.add(path);
                }
            }
            case Expr.Unary u when u.op().equals("not") -> collect(u.operand(), !truth, out);
            case Expr.BoolOp b -> {
                // "a and b" true: both true; "a or b" false: both false
                if (b.op().equals("and") == truth) {
                    collect(b.left(), truth, out);
                    collect(b.right(), truth, out);
                }
            }
            case Expr.Call c when truth && isInstanceCall(c) && path(c.args().get(0)) != null
                    && !(c.args().get(1) instanceof Expr.Name t && t.id().equals("object")) -> out.add(path(c.args().get(0)));
            case Expr.Name n when truth -> out.add(n.id());
            case Expr.Attribute a when truth && path(a) != null -> out.add(path(a));
            default -> { }
        }
    }

    /**
     * The {@code isinstance(path, C)} facts that hold when {@code cond} is {@code truth}: path to the
     * class's name (one class, not a tuple of classes).
     */
    static java.util.Map<String, String> instanceOf(Expr cond, boolean truth) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        collectInstanceOf(cond, truth, out);
        return out;
    }

    private static void collectInstanceOf(Expr cond, boolean truth, java.util.Map<String, String> out) {
        switch (cond) {
            case Expr.Call c when truth && isInstanceCall(c) -> {
                String p = path(c.args().get(0));
                if (p != null && c.args().get(1) instanceof Expr.Name cls) {
                    out.put(p, cls.id());
                }
            }
            case Expr.Unary u when u.op().equals("not") -> collectInstanceOf(u.operand(), !truth, out);
            case Expr.BoolOp b -> {
                if (b.op().equals("and") == truth) {
                    collectInstanceOf(b.left(), truth, out);
                    collectInstanceOf(b.right(), truth, out);
                }
            }
            default -> { }
        }
    }

    static boolean isInstanceCall(Expr.Call c) {
        return c.func() instanceof Expr.Name n && n.id().equals("isinstance") && c.args().size() == 2
                && c.keywords().isEmpty();
    }

    /** "x" for a name, "x.f.g" for fields of a name, else null: what narrowing can track. */
    static String path(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.Attribute a) {
            String p = path(a.target());
            return p == null ? null : p + "." + a.name();
        }
        return null;
    }

    /** Every name {@code body} may assign, at any depth. */
    static Set<String> assigned(List<Stmt> body) {
        Set<String> out = new HashSet<>();
        for (Stmt s : body) {
            assigned(s, out);
        }
        return out;
    }

    private static void assigned(Stmt s, Set<String> out) {
        switch (s) {
            case Stmt.Assign a -> a.targets().forEach(t -> target(t, out));
            case Stmt.AnnAssign a -> target(a.target(), out);
            case Stmt.AugAssign a -> target(a.target(), out);
            case Stmt.For f -> {
                target(f.target(), out);
                out.addAll(assigned(f.body()));
                out.addAll(assigned(f.orelse()));
            }
            case Stmt.While w -> {
                out.addAll(assigned(w.body()));
                out.addAll(assigned(w.orelse()));
            }
            case Stmt.If i -> {
                out.addAll(assigned(i.body()));
                out.addAll(assigned(i.orelse()));
            }
            case Stmt.Try t -> {
                out.addAll(assigned(t.body()));
                for (Stmt.Handler h : t.handlers()) {
                    if (h.name() != null) {
                        out.add(h.name());
                    }
                    out.addAll(assigned(h.body()));
                }
                out.addAll(assigned(t.orelse()));
                out.addAll(assigned(t.finalbody()));
            }
            case Stmt.With w -> {
                if (w.target() != null) {
                    target(w.target(), out);
                }
                out.addAll(assigned(w.body()));
            }
            default -> { }
        }
    }

    /** Names as themselves, fields as ".field" (an assignment to any object's field of that name). */
    private static void target(Expr t, Set<String> out) {
        if (t instanceof Expr.Attribute a) {
            out.add("." + a.name());
        } else if (t instanceof Expr.Name n) {
            out.add(n.id());
        } else if (t instanceof Expr.TupleLit tl) {
            tl.items().forEach(i -> target(i, out));
        } else if (t instanceof Expr.Starred st) {
            target(st.value(), out);
        }
    }
}
