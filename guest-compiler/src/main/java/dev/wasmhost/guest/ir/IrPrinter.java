package dev.wasmhost.guest.ir;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints typed IR as indented text, for debugging the compiler (the {@code --emit ir} view):
 * <pre>
 * def fib(n: int) -> int
 *   if INT_LT(n, 2:int)
 *     return n
 * </pre>
 */
public final class IrPrinter {
    private final StringBuilder out = new StringBuilder();

    private IrPrinter() {}

    /** The program's own functions and module-level code; runtime functions ({@code rt.}) only when asked. */
    public static String print(IrModule module, boolean includeRuntime) {
        IrPrinter p = new IrPrinter();
        for (IrGlobal g : module.globals()) {
            if (includeRuntime || !g.name().startsWith("rt.")) {
                p.out.append("global ").append(g.name()).append(": ").append(g.type()).append('\n');
            }
        }
        p.function(module.main());
        for (IrFunction f : module.functions()) {
            if (includeRuntime || !f.name().startsWith("rt.")) {
                p.function(f);
            }
        }
        return p.out.toString();
    }

    private void function(IrFunction f) {
        String params = f.params().stream().map(l -> l.name() + ": " + l.type()).collect(Collectors.joining(", "));
        out.append("\ndef ").append(f.name()).append('(').append(params).append(") -> ").append(f.returnType()).append('\n');
        block(f.body(), 1);
    }

    private void block(List<IrStmt> body, int depth) {
        for (IrStmt s : body) {
            out.append("  ".repeat(depth));
            switch (s) {
                case IrStmt.SetLocal set -> out.append(set.local().name()).append(" = ").append(expr(set.value())).append('\n');
                case IrStmt.SetGlobal set -> out.append("global ").append(set.global().name()).append(" = ")
                        .append(expr(set.value())).append('\n');
                case IrStmt.Eval e -> out.append(expr(e.expr())).append('\n');
                case IrStmt.If i -> {
                    out.append("if ").append(expr(i.cond())).append('\n');
                    block(i.then(), depth + 1);
                    if (!i.otherwise().isEmpty()) {
                        out.append("  ".repeat(depth)).append("else\n");
                        block(i.otherwise(), depth + 1);
                    }
                }
                case IrStmt.Loop l -> {
                    out.append("loop while ").append(expr(l.cond())).append('\n');
                    block(l.body(), depth + 1);
                    if (!l.update().isEmpty()) {
                        out.append("  ".repeat(depth)).append("update\n");
                        block(l.update(), depth + 1);
                    }
                }
                case IrStmt.Raise r -> out.append("raise ").append(expr(r.exception())).append('\n');
                case IrStmt.Try t -> {
                    out.append("try\n");
                    block(t.body(), depth + 1);
                    out.append("  ".repeat(depth)).append("except as ").append(t.caught().name()).append('\n');
                    block(t.handler(), depth + 1);
                }
                case IrStmt.Break b -> out.append("break\n");
                case IrStmt.Continue c -> out.append("continue\n");
                case IrStmt.Return r -> out.append(r.value() == null ? "return" : "return " + expr(r.value())).append('\n');
            }
        }
    }

    private static String expr(IrExpr e) {
        return switch (e) {
            case IrExpr.Const c -> c.value() instanceof String s ? quote(s) + ":str" : c.value() + ":" + c.type();
            case IrExpr.Local l -> l.local().name();
            case IrExpr.Global g -> "global " + g.global().name();
            case IrExpr.Tee t -> "(" + t.local().name() + " := " + expr(t.value()) + ")";
            case IrExpr.Call c -> c.function() + "(" + list(c.args()) + ")";
            case IrExpr.Op o -> o.op() + (o.op() == IrOp.LIST_NEW || o.op() == IrOp.DICT_NEW || o.op() == IrOp.SET_NEW ? "<" + o.type() + ">" : "")
                    + "(" + list(o.args()) + ")";
            case IrExpr.Logic l -> "(" + expr(l.left()) + (l.isAnd() ? " and " : " or ") + expr(l.right()) + ")";
            case IrExpr.Block b -> "(block " + b.stmts().size() + " stmts -> " + expr(b.result()) + ")";
            case IrExpr.Cond c -> "(" + expr(c.then()) + " if " + expr(c.cond()) + " else " + expr(c.otherwise()) + ")";
        };
    }

    private static String list(List<IrExpr> args) {
        return args.stream().map(IrPrinter::expr).collect(Collectors.joining(", "));
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
