package dev.wasmhost.guest.types;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.syntax.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed format spec ({@code [[fill]align][sign][0][width][,|_][.precision][type]}), checked
 * against the value's type at compile time so that a bad spec is a diagnostic, not a runtime error.
 * Characters are passed to the runtime as code points, 0 meaning "not given".
 */
record FormatSpec(int fill, int align, int sign, int width, int grouping, int precision, int kind) {

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
        while (i < cps.length && Character.isDigit(cps[i])) {
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
            while (i < cps.length && Character.isDigit(cps[i])) {
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
        if (i < cps.length) {
            throw Errors.at(file, pos, "Invalid format specifier \"" + spec + "\"");
        }
        if (alternate && "xXob".indexOf(kind) < 0 || alternate && kind == 0) {
            throw Errors.unsupported(file, pos, "format spec option '#' other than with x, X, o or b");
        }
        return new FormatSpec(fill, align, sign, width, grouping, precision, alternate ? kind | ALTERNATE : kind);
    }

    /** Added to {@code kind} for the '#' option (the runtime's format_int writes the base's prefix). */
    static final int ALTERNATE = 256;

    /** The type character without the '#' flag. */
    private int type() {
        return kind & (ALTERNATE - 1);
    }

    /** Lowers {@code format(v, spec)} for the value's static type. */
    IrExpr apply(ExprChecker checker, Pos pos, IrExpr v) {
        String file = checker.scope.file();
        switch (v.type().kind()) {
            case INT -> {
                if ("fF%eEgG".indexOf(kind) >= 0 && kind != 0) {
                    return call(IrOp.FORMAT_FLOAT, ExprChecker.coerce(v, Type.FLOAT));
                }
                if (type() != 0 && "dxXob".indexOf(type()) < 0) {
                    throw Errors.unsupported(file, pos, "format type '" + (char) type() + "' for \"int\"");
                }
                if (precision >= 0) {
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
                if (kind == 0 && (precision >= 0 || grouping != 0)) {
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
                if (precision >= 0) {
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
        for (int x : new int[] {fill, align, sign, width, grouping, precision, kind}) {
            args.add(ExprChecker.intConst(x));
        }
        return new IrExpr.Op(Type.STR, op, args);
    }
}
