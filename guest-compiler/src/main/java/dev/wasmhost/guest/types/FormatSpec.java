package dev.wasmhost.guest.types;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed format spec ({@code [[fill]align][sign][0][width][,|_][.precision][type]}), checked
 * against the value's type at compile time so that a bad spec is a diagnostic, not a runtime error.
 * Characters are passed to the runtime as code points, 0 meaning "not given". A width or precision
 * may come from a replacement field of the spec ({@code {x:{w}.{p}f}}, {@link #DYNAMIC}), checked
 * at run time.
 */
final class FormatSpec {
    private final int fill, align, sign, width, grouping, precision, kind;
    /** The values of the spec's replacement fields (width, then precision), set by apply. */
    private List<IrExpr> fields = List.of();

    private FormatSpec(int fill, int align, int sign, int width, int grouping, int precision, int kind) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.kind = kind;
    }


    static FormatSpec parse(String file, Pos pos, String spec) {
        int i = 0;
        int fill = ' ';
        int align = 0;
        int sign = 0;
        int[] cps = spec.codePoints().toArray();
        if (cps.length >= 2 && "<>^=".indexOf(cps[1]) >= 0) {
            fill = cps[0];
            align = cps[1];
            i = 2;
        } else if (cps.length >= 1 && "<>^=".indexOf(cps[0]) >= 0) {
            align = cps[0];
            i = 1;
        }
        if (i < cps.length && "+- ".indexOf(cps[i]) >= 0) {
            sign = cps[i++];
        }
        boolean alternate = false;
        if (i < cps.length && cps[i] == '#') {
            alternate = true; // 0x / 0o / 0b before the digits of an int
            i++;
        }
        if (i < cps.length && cps[i] == 'z') {
            throw Errors.unsupported(file, pos, "format spec option 'z'");
        }
        if (i < cps.length && cps[i] == '0') {
            if (align == 0) {
                fill = '0';
                align = '=';
            }
            i++;
        }
        int width = 0;
        if (i < cps.length && cps[i] == Expr.Formatted.SPEC_FIELD) {
            width = DYNAMIC;
            i++;
        }
        while (width != DYNAMIC && i < cps.length && Character.isDigit(cps[i])) {
            width = width * 10 + (cps[i++] - '0');
            if (width > 10000) {
                throw Errors.unsupported(file, pos, "format width over 10000");
            }
        }
        int grouping = 0;
        if (i < cps.length && (cps[i] == ',' || cps[i] == '_')) {
            grouping = cps[i++];
        }
        int precision = -1;
        if (i < cps.length && cps[i] == '.') {
            i++;
            int start = i;
            precision = 0;
            if (i < cps.length && cps[i] == Expr.Formatted.SPEC_FIELD) {
                precision = DYNAMIC;
                i++;
                start = -1;
            }
            while (precision != DYNAMIC && i < cps.length && Character.isDigit(cps[i])) {
                precision = precision * 10 + (cps[i++] - '0');
                if (precision > 100) {
                    throw Errors.unsupported(file, pos, "format precision over 100");
                }
            }
            if (i == start) {
                throw Errors.at(file, pos, "Format specifier missing precision");
            }
        }
        int kind = 0;
        if (i < cps.length) {
            kind = cps[i++];
        }
        if (spec.indexOf(Expr.Formatted.SPEC_FIELD, 0) >= 0 && (kind == Expr.Formatted.SPEC_FIELD || i < cps.length
                || spec.chars().filter(c -> c == Expr.Formatted.SPEC_FIELD).count() != (width == DYNAMIC ? 1 : 0) + (precision == DYNAMIC ? 1 : 0))) {
            throw Errors.unsupported(file, pos, "a replacement field in a format spec other than the width or the precision");
        }
        if (i < cps.length) {
            throw Errors.at(file, pos, "Invalid format specifier \"" + spec + "\"");
        }
        if (alternate && "xXob".indexOf(kind) < 0 || alternate && kind == 0) {
            throw Errors.unsupported(file, pos, "format spec option '#' other than with x, X, o or b");
        }
        return new FormatSpec(fill, align, sign, width, grouping, precision, alternate ? kind | ALTERNATE : kind);
    }

    /** A width or precision given by a replacement field of the spec. */
    static final int DYNAMIC = -2;

    /** Added to {@code kind} for the '#' option (the runtime's format_int writes the base's prefix). */
    static final int ALTERNATE = 256;

    /** The type character without the '#' flag. */
    private int type() {
        return kind & (ALTERNATE - 1);
    }

    /** Lowers {@code format(v, spec)} for the value's static type. */
    IrExpr apply(ExprChecker checker, Pos pos, IrExpr v, List<IrExpr> fields) {
        this.fields = fields;
        String file = checker.scope.file();
        switch (v.type().kind()) {
            case INT -> {
                if ("fF%eEgG".indexOf(kind) >= 0 && kind != 0) {
                    return call(IrOp.FORMAT_FLOAT, ExprChecker.coerce(v, Type.FLOAT));
                }
                if (type() != 0 && "dxXob".indexOf(type()) < 0) {
                    throw Errors.unsupported(file, pos, "format type '" + (char) type() + "' for \"int\"");
                }
                if (precision != -1) {
                    throw Errors.at(file, pos, "Precision not allowed in integer format specifier");
                }
                if (grouping != 0 && kind != 0 && kind != 'd') {
                    throw Errors.unsupported(file, pos, "digit grouping with format type '" + (char) type() + "'");
                }
                return call(IrOp.FORMAT_INT, v);
            }
            case FLOAT -> {
                if (kind != 0 && "fF%eEgG".indexOf(kind) < 0) {
                    throw Errors.unsupported(file, pos, "format type '" + (char) kind + "' for \"float\"");
                }
                if (grouping != 0 && "eEgG".indexOf(kind) >= 0) {
                    throw Errors.unsupported(file, pos, "digit grouping with format type '" + (char) kind + "'");
                }
                if (kind == 0 && (precision != -1 || grouping != 0)) {
                    throw Errors.unsupported(file, pos, "float format with precision or grouping but no type (use 'f')");
                }
                return call(IrOp.FORMAT_FLOAT, v);
            }
            case STR -> {
                if (kind != 0 && kind != 's') {
                    throw Errors.unsupported(file, pos, "format type '" + (char) kind + "' for \"str\"");
                }
                if (sign != 0 || grouping != 0 || align == '=') {
                    throw Errors.at(file, pos, "Invalid format specifier for \"str\"");
                }
                if (precision != -1) {
                    throw Errors.unsupported(file, pos, "precision in str format specs");
                }
                return call(IrOp.FORMAT_STR, v);
            }
            default -> throw Errors.unsupported(file, pos, "format spec for a value of type \"" + v.type() + "\"");
        }
    }

    private IrExpr call(IrOp op, IrExpr v) {
        List<IrExpr> args = new ArrayList<>();
        args.add(v);
        int field = 0;
        for (int x : new int[] {fill, align, sign, width, grouping, precision, kind}) {
            if (x == DYNAMIC) {
                // (the value, then the spec's fields in order, as CPython evaluates them)
                IrOp check = field == 0 && width == DYNAMIC ? IrOp.FORMAT_WIDTH : IrOp.FORMAT_PRECISION;
                args.add(new IrExpr.Op(Type.INT, check, List.of(fields.get(field++))));
            } else {
                args.add(ExprChecker.intConst(x));
            }
        }
        return new IrExpr.Op(Type.STR, op, args);
    }
}
