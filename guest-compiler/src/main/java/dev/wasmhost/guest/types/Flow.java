package dev.wasmhost.guest.types;

import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Stmt;
import java.util.List;

/** Control-flow facts about statement lists, decided on the syntax tree. */
final class Flow {
    private Flow() {}

    /** True if control never falls off the end of {@code body} (return, break or continue). */
    static boolean jumpsAway(List<Stmt> body) {
        if (body.isEmpty()) {
            return false;
        }
        Stmt last = body.get(body.size() - 1);
        return switch (last) {
            case Stmt.Return r -> true;
            case Stmt.Break b -> true;
            case Stmt.Continue c -> true;
            case Stmt.Raise r -> true;
            case Stmt.If i -> jumpsAway(i.body()) && jumpsAway(i.orelse());
            case Stmt.Try t -> jumpsAway(t.finalbody())
                    || (jumpsAway(t.body()) || jumpsAway(t.orelse())) && t.handlers().stream().allMatch(h -> jumpsAway(h.body()));
            case Stmt.With w -> jumpsAway(w.body());
            default -> false;
        };
    }

    /** True if every path through {@code body} ends in a return (mypy's "Missing return statement"). */
    static boolean alwaysReturns(List<Stmt> body) {
        if (body.isEmpty()) {
            return false;
        }
        Stmt last = body.get(body.size() - 1);
        return switch (last) {
            case Stmt.Return r -> true;
            case Stmt.Raise r -> true;
            case Stmt.If i -> alwaysReturns(i.body()) && alwaysReturns(i.orelse());
            case Stmt.Try t -> alwaysReturns(t.finalbody())
                    || (alwaysReturns(t.body()) || alwaysReturns(t.orelse())) && t.handlers().stream().allMatch(h -> alwaysReturns(h.body()));
            // a with block may end early only if __exit__ swallows an exception, which needs a bool __exit__
            case Stmt.With w -> alwaysReturns(w.body());
            case Stmt.While w -> !breaks(w.body())
                    && (w.cond() instanceof Expr.BoolLit b && b.value() || alwaysReturns(w.orelse()));
            case Stmt.For f -> !breaks(f.body()) && alwaysReturns(f.orelse());
            case Stmt.Assert a -> a.test() instanceof Expr.BoolLit b && !b.value();
            default -> false;
        };
    }

    /** True if a break in {@code body} would leave this loop (breaks in nested loops do not). */
    private static boolean breaks(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Break) {
                return true;
            }
            if (s instanceof Stmt.If i && (breaks(i.body()) || breaks(i.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.Try t && (breaks(t.body()) || breaks(t.orelse()) || breaks(t.finalbody())
                    || t.handlers().stream().anyMatch(h -> breaks(h.body())))) {
                return true;
            }
            if (s instanceof Stmt.With w && breaks(w.body())) {
                return true;
            }
        }
        return false;
    }

    /** True if the body contains {@code return <value>} anywhere. */
    static boolean returnsValue(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.Return r -> r.value() != null;
                case Stmt.If i -> returnsValue(i.body()) || returnsValue(i.orelse());
                case Stmt.While w -> returnsValue(w.body()) || returnsValue(w.orelse());
                case Stmt.For f -> returnsValue(f.body()) || returnsValue(f.orelse());
                case Stmt.Try t -> returnsValue(t.body()) || returnsValue(t.orelse()) || returnsValue(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> returnsValue(h.body()));
                case Stmt.With w -> returnsValue(w.body());
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }
}
