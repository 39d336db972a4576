package dev.wasmhost.guest.types;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrStmt;
import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code "literal" % values}: printf-style formatting of a string literal, lowered to the f-string
 * it stands for. The values (a tuple display, or one value) are evaluated first, in order; each
 * conversion becomes a replacement field: {@code %s} and {@code %r} right-align in their width
 * (as printf does; {@code -} left-aligns), {@code %d}/{@code %i}/{@code %u} take {@code int()} of a
 * float or bool as CPython does, {@code %f}/{@code %F} default to six decimals, {@code %x}/{@code %X}/
 * {@code %o} format ints, {@code %e}/{@code %g} (and upper case) floats, {@code %%} is a percent sign. Flags {@code - + 0 space}, a width and (for
 * {@code %f}) a precision carry over; {@code *} widths, {@code %(name)s}, {@code #} other than with {@code %x}/{@code %o}, and
 * {@code %c} are reported as unsupported.
 */
final class PercentFormat {
    private final ExprChecker x;

    PercentFormat(ExprChecker x) {
        this.x = x;
    }

    IrExpr format(Expr.Binary b, Expr.StrLit literal) {
        Pos pos = b.pos();
        List<Expr> items = b.right() instanceof Expr.TupleLit t ? t.items() : List.of(b.right());
        List<IrStmt> stmts = new ArrayList<>();
        Map<String, IrLocal> names = new HashMap<>();
        List<IrExpr> values = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            IrExpr v = x.check(items.get(k));
            if (items.size() == 1 && (v.type().kind() == Type.Kind.TUPLE || v.type().kind() == Type.Kind.VARTUPLE)) {
                throw x.unsupported(items.get(k).pos(), "% formatting with a tuple value that is not a tuple display");
            }
            IrLocal l = x.scope.temp(v.type());
            stmts.add(new IrStmt.SetLocal(l, v));
            names.put("$" + k, l);
            values.add(v);
        }
        String f = literal.value();
        List<Expr> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int next = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%') {
                text.append(c);
                continue;
            }
            if (i + 1 >= f.length()) {
                throw x.error(literal.pos(), "incomplete format");
            }
            if (f.charAt(i + 1) == '%') {
                text.append('%');
                i++;
                continue;
            }
            int j = i + 1;
            String flags = "";
            while (j < f.length() && "-+0 #".indexOf(f.charAt(j)) >= 0) {
                flags += f.charAt(j++);
            }
            if (j < f.length() && (f.charAt(j) == '(' || f.charAt(j) == '*')) {
                throw x.unsupported(literal.pos(), f.charAt(j) == '(' ? "% formatting by key (%(name)s)" : "% formatting with a * width");
            }
            int widthStart = j;
            while (j < f.length() && Character.isDigit(f.charAt(j))) {
                j++;
            }
            String width = f.substring(widthStart, j);
            String precision = null;
            if (j < f.length() && f.charAt(j) == '.') {
                int p = ++j;
                while (j < f.length() && Character.isDigit(f.charAt(j))) {
                    j++;
                }
                precision = f.substring(p, j).isEmpty() ? "0" : f.substring(p, j);
            }
            if (j >= f.length()) {
                throw x.error(literal.pos(), "incomplete format");
            }
            char type = f.charAt(j);
            i = j;
            if (flags.contains("#") && "xXo".indexOf(type) < 0) {
                throw x.unsupported(literal.pos(), "the # flag in % formatting other than with %x, %X and %o");
            }
            String alternate = flags.contains("#") ? "#" : "";
            if (next >= values.size()) {
                throw x.error(literal.pos(), "not enough arguments for format string");
            }
            int k = next++;
            Expr value = new Expr.Name(literal.pos(), "$" + k);
            Type vt = values.get(k).type();
            String align = flags.contains("-") ? "<" : "";
            String sign = flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
            String zero = flags.contains("0") && !flags.contains("-") ? "0" : "";
            char conversion = 0;
            String spec;
            switch (type) {
                case 's', 'r' -> {
                    if (precision != null) {
                        throw x.unsupported(literal.pos(), "a precision with %" + type);
                    }
                    conversion = type;
                    spec = (align.isEmpty() ? ">" : align) + width;
                }
                case 'd', 'i', 'u' -> {
                    if (precision != null) {
                        throw x.unsupported(literal.pos(), "a precision with %" + type);
                    }
                    if (vt == Type.FLOAT || vt == Type.BOOL) {
                        value = new Expr.Call(literal.pos(), new Expr.Name(literal.pos(), "int"), List.of(value), List.of());
                    }
                    spec = align + sign + zero + width + "d";
                }
                case 'f', 'F', 'e', 'E', 'g', 'G', 'x', 'X', 'o' -> spec = align + sign + alternate + zero + width
                        + ("fFeEgG".indexOf(type) >= 0 ? "." + (precision == null ? "6" : precision)
                                : precision == null ? "" : bad(literal, type))
                        + type;
                default -> throw x.unsupported(literal.pos(), "% formatting with %" + type);
            }
            if (!text.isEmpty()) {
                parts.add(new Expr.StrLit(literal.pos(), text.toString()));
                text.setLength(0);
            }
            parts.add(new Expr.Formatted(literal.pos(), value, conversion, spec));
        }
        if (next < values.size()) {
            throw x.error(literal.pos(), "not all arguments converted during string formatting");
        }
        if (!text.isEmpty() || parts.isEmpty()) {
            parts.add(new Expr.StrLit(literal.pos(), text.toString()));
        }
        IrExpr result = x.blocks.withNames(names, () -> x.check(new Expr.FString(pos, parts)));
        return new IrExpr.Block(stmts, result);
    }

    private String bad(Expr.StrLit literal, char type) {
        throw x.unsupported(literal.pos(), "a precision with %" + type);
    }
}
