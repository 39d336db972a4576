package dev.wasmhost.guest.types;

import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Stmt;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scopes of nested functions and lambdas, decided on the syntax tree as Python does: a name is
 * local to a function if the function assigns it (and does not declare it global or nonlocal);
 * a free name of an inner function that is local to an outer one is shared through a cell.
 */
final class Closures {
    private Closures() {}

    /** The names local to a function with these parameters and body. */
    static Set<String> locals(List<String> params, List<Stmt> body) {
        Set<String> out = new HashSet<>(params);
        for (String n : Narrowing.assigned(body)) {
            if (!n.startsWith(".")) {
                out.add(n);
            }
        }
        defs(body, out);
        out.removeAll(declared(body));
        return out;
    }

    /** The names of this function's locals that inner functions or lambdas use (so they live in cells). */
    static Set<String> cells(List<String> params, List<Stmt> body) {
        Set<String> inner = new HashSet<>();
        for (Stmt s : body) {
            innerFree(s, inner);
        }
        inner.retainAll(locals(params, body));
        return inner;
    }

    /** The free names of a function: used (or declared nonlocal) but not local, in order of first use. */
    static Set<String> free(List<String> params, List<Stmt> body) {
        Set<String> used = new LinkedHashSet<>();
        for (Stmt s : body) {
            uses(s, used);
        }
        for (Stmt s : body) {
            innerFree(s, used);
        }
        used.removeAll(locals(params, body));
        used.removeAll(globals(body));
        return used;
    }

    static Set<String> freeOfLambda(Expr.Lambda l) {
        Set<String> used = new LinkedHashSet<>();
        expr(l.body(), used);
        used.removeAll(l.params());
        return used;
    }

    private static void defs(List<Stmt> body, Set<String> out) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.FunctionDef f -> out.add(f.name());
                case Stmt.If i -> {
                    defs(i.body(), out);
                    defs(i.orelse(), out);
                }
                case Stmt.While w -> defs(w.body(), out);
                case Stmt.For f -> defs(f.body(), out);
                case Stmt.Try t -> {
                    defs(t.body(), out);
                    t.handlers().forEach(h -> defs(h.body(), out));
                    defs(t.finalbody(), out);
                }
                case Stmt.With w -> defs(w.body(), out);
                default -> { }
            }
        }
    }

    /** Names declared global or nonlocal anywhere in this function's own body. */
    static Set<String> declared(List<Stmt> body) {
        Set<String> out = new HashSet<>();
        walk(body, s -> {
            if (s instanceof Stmt.Global g) {
                out.addAll(g.names());
            } else if (s instanceof Stmt.Nonlocal n) {
                out.addAll(n.names());
            }
        });
        return out;
    }

    private static Set<String> globals(List<Stmt> body) {
        Set<String> out = new HashSet<>();
        walk(body, s -> {
            if (s instanceof Stmt.Global g) {
                out.addAll(g.names());
            }
        });
        return out;
    }

    private static void walk(List<Stmt> body, java.util.function.Consumer<Stmt> visit) {
        for (Stmt s : body) {
            visit.accept(s);
            switch (s) {
                case Stmt.If i -> {
                    walk(i.body(), visit);
                    walk(i.orelse(), visit);
                }
                case Stmt.While w -> {
                    walk(w.body(), visit);
                    walk(w.orelse(), visit);
                }
                case Stmt.For f -> {
                    walk(f.body(), visit);
                    walk(f.orelse(), visit);
                }
                case Stmt.Try t -> {
                    walk(t.body(), visit);
                    t.handlers().forEach(h -> walk(h.body(), visit));
                    walk(t.orelse(), visit);
                    walk(t.finalbody(), visit);
                }
                case Stmt.With w -> walk(w.body(), visit);
                default -> { }
            }
        }
    }

    /** The free names of the functions and lambdas nested in {@code s} (not of s itself). */
    private static void innerFree(Stmt s, Set<String> out) {
        switch (s) {
            case Stmt.FunctionDef f -> out.addAll(free(f.params().stream().map(Stmt.Param::name).toList(), f.body()));
            default -> {
                Set<String> lambdas = new LinkedHashSet<>();
                statementExprs(s, e -> lambdaFree(e, lambdas));
                out.addAll(lambdas);
                for (List<Stmt> b : blocks(s)) {
                    for (Stmt inner : b) {
                        innerFree(inner, out);
                    }
                }
            }
        }
    }

    private static void lambdaFree(Expr e, Set<String> out) {
        if (e instanceof Expr.Lambda l) {
            out.addAll(freeOfLambda(l));
        }
        children(e, c -> lambdaFree(c, out));
    }

    private static List<List<Stmt>> blocks(Stmt s) {
        return switch (s) {
            case Stmt.If i -> List.of(i.body(), i.orelse());
            case Stmt.While w -> List.of(w.body(), w.orelse());
            case Stmt.For f -> List.of(f.body(), f.orelse());
            case Stmt.Try t -> {
                List<List<Stmt>> out = new java.util.ArrayList<>();
                out.add(t.body());
                t.handlers().forEach(h -> out.add(h.body()));
                out.add(t.orelse());
                out.add(t.finalbody());
                yield out;
            }
            case Stmt.With w -> List.of(w.body());
            default -> List.of();
        };
    }

    /** Every name this statement (and the statements inside it, not nested functions) reads or declares nonlocal. */
    private static void uses(Stmt s, Set<String> out) {
        if (s instanceof Stmt.Nonlocal n) {
            out.addAll(n.names());
        }
        if (s instanceof Stmt.FunctionDef) {
            return;
        }
        statementExprs(s, e -> expr(e, out));
        for (List<Stmt> b : blocks(s)) {
            for (Stmt inner : b) {
                uses(inner, out);
            }
        }
    }

    private static void statementExprs(Stmt s, java.util.function.Consumer<Expr> f) {
        switch (s) {
            case Stmt.Assign a -> {
                a.targets().forEach(f);
                f.accept(a.value());
            }
            case Stmt.AnnAssign a -> {
                if (a.target() instanceof Expr.Attribute) {
                    f.accept(a.target());
                }
                if (a.value() != null) {
                    f.accept(a.value());
                }
            }
            case Stmt.AugAssign a -> {
                f.accept(a.target());
                f.accept(a.value());
            }
            case Stmt.If i -> f.accept(i.cond());
            case Stmt.While w -> f.accept(w.cond());
            case Stmt.For fo -> f.accept(fo.iter());
            case Stmt.Return r -> {
                if (r.value() != null) {
                    f.accept(r.value());
                }
            }
            case Stmt.ExprStmt e -> f.accept(e.expr());
            case Stmt.Assert a -> {
                f.accept(a.test());
                if (a.message() != null) {
                    f.accept(a.message());
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    f.accept(r.exc());
                }
                if (r.cause() != null) {
                    f.accept(r.cause());
                }
            }
            case Stmt.Try t -> t.handlers().forEach(h -> {
                if (h.type() != null) {
                    f.accept(h.type());
                }
            });
            case Stmt.With w -> f.accept(w.context());
            case Stmt.Delete d -> d.targets().forEach(f);
            default -> { }
        }
    }

    /** Names read by an expression, lambdas included (their own parameters excluded). */
    private static void expr(Expr e, Set<String> out) {
        if (e instanceof Expr.Name n) {
            out.add(n.id());
            return;
        }
        if (e instanceof Expr.Lambda l) {
            out.addAll(freeOfLambda(l));
            return;
        }
        children(e, c -> expr(c, out));
    }

    private static void children(Expr e, java.util.function.Consumer<Expr> f) {
        switch (e) {
            case Expr.FString s -> s.parts().forEach(f);
            case Expr.Formatted s -> {
                f.accept(s.value());
                s.specFields().forEach(f);
            }
            case Expr.Unary u -> f.accept(u.operand());
            case Expr.Binary b -> {
                f.accept(b.left());
                f.accept(b.right());
            }
            case Expr.BoolOp b -> {
                f.accept(b.left());
                f.accept(b.right());
            }
            case Expr.Compare c -> {
                f.accept(c.first());
                c.rest().forEach(f);
            }
            case Expr.IfExp i -> {
                f.accept(i.cond());
                f.accept(i.then());
                f.accept(i.otherwise());
            }
            case Expr.Call c -> {
                f.accept(c.func());
                c.args().forEach(f);
                c.keywords().forEach(k -> f.accept(k.value()));
            }
            case Expr.Index i -> {
                f.accept(i.target());
                f.accept(i.index());
            }
            case Expr.Attribute a -> f.accept(a.target());
            case Expr.TupleLit t -> t.items().forEach(f);
            case Expr.ListLit l -> l.items().forEach(f);
            case Expr.SetLit l -> l.items().forEach(f);
            case Expr.DictLit d -> {
                d.keys().forEach(f);
                d.values().forEach(f);
            }
            case Expr.Slice s -> {
                for (Expr p : new Expr[] {s.lower(), s.upper(), s.step()}) {
                    if (p != null) {
                        f.accept(p);
                    }
                }
            }
            case Expr.ListComp c -> {
                f.accept(c.element());
                comp(c.clauses(), f);
            }
            case Expr.SetComp c -> {
                f.accept(c.element());
                comp(c.clauses(), f);
            }
            case Expr.DictComp c -> {
                f.accept(c.key());
                f.accept(c.value());
                comp(c.clauses(), f);
            }
            case Expr.Lambda l -> f.accept(l.body());
            case Expr.Starred st -> f.accept(st.value());
            default -> { }
        }
    }

    private static void comp(List<Expr.CompFor> clauses, java.util.function.Consumer<Expr> f) {
        for (Expr.CompFor cf : clauses) {
            f.accept(cf.iter());
            cf.conditions().forEach(f);
        }
    }
}
