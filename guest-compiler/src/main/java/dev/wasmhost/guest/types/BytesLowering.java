package dev.wasmhost.guest.types;

import static dev.wasmhost.guest.types.ExprChecker.intConst;
import static dev.wasmhost.guest.types.ExprChecker.op;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.ir.IrStmt;
import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code bytes} type: the constructor {@code bytes(...)}, {@code list(b)}, {@code bytes.fromhex},
 * its methods and {@code str.encode()}. Operators, indexing, slicing and iteration are typed with the
 * other types (ExprChecker, BlockLowering, ForLowering); the runtime part is runtime/bytes.py.
 */
final class BytesLowering {
    private final ExprChecker x;

    BytesLowering(ExprChecker x) {
        this.x = x;
    }

    /** {@code bytes()}, {@code bytes(n)} (n zero bytes), {@code bytes(list[int])}, {@code bytes(b)}. */
    IrExpr construct(Expr.Call call) {
        Pos pos = call.pos();
        if (!call.keywords().isEmpty()) {
            throw x.unsupported(call.keywords().get(0).pos(), "keyword arguments to bytes()");
        }
        if (call.args().isEmpty()) {
            return new IrExpr.Const(Type.BYTES, "");
        }
        if (call.args().size() > 1) {
            throw x.unsupported(pos, "bytes() with an encoding (use str.encode())");
        }
        IrExpr v = x.check(call.args().get(0), Type.list(Type.INT));
        Type t = v.type();
        if (t == Type.BYTES) {
            return v;
        }
        if (t == Type.INT || t == Type.BOOL) {
            return op(Type.BYTES, IrOp.BYTES_ZEROS, ExprChecker.coerce(v, Type.INT));
        }
        if (t.equals(Type.list(Type.INT)) || t.equals(Type.list(Type.BOOL))) {
            return op(Type.BYTES, IrOp.BYTES_FROM_LIST, v);
        }
        if (t == Type.STR) {
            throw x.error(pos, "bytes() of a str needs an encoding (use s.encode())");
        }
        throw x.error(pos, "Argument 1 to \"bytes\" has incompatible type \"" + t
                + "\"; expected \"int | list[int] | bytes\"");
    }

    /** {@code list(b)} of a bytes value {@code v}: its byte values (list() of other values: CallChecker.toList). */
    IrExpr toList(Expr.Call call, IrExpr v) {
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal src = x.scope.temp(Type.BYTES);
        stmts.add(new IrStmt.SetLocal(src, v));
        Type lt = Type.list(Type.INT);
        IrLocal r = x.scope.temp(lt);
        stmts.add(new IrStmt.SetLocal(r, new IrExpr.Op(lt, IrOp.LIST_NEW, List.of())));
        IrLocal i = x.scope.temp(Type.INT);
        stmts.add(new IrStmt.SetLocal(i, intConst(0)));
        IrExpr iv = new IrExpr.Local(i);
        IrExpr sv = new IrExpr.Local(src);
        stmts.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_LT, iv, op(Type.INT, IrOp.BYTES_LEN, sv)),
                List.of(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_APPEND, new IrExpr.Local(r), op(Type.INT, IrOp.BYTES_GET, sv, iv)))),
                List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, intConst(1))))));
        return new IrExpr.Block(stmts, new IrExpr.Local(r));
    }

    /** {@code bytes.fromhex(s)}. */
    IrExpr classMethod(Expr.Call call, String name) {
        if (!name.equals("fromhex")) {
            throw x.unsupported(call.pos(), "bytes." + name + "()");
        }
        IrExpr s = one(call, "fromhex");
        if (s.type() != Type.STR) {
            throw x.error(call.pos(), "Argument 1 to \"fromhex\" of \"bytes\" has incompatible type \"" + s.type() + "\"; expected \"str\"");
        }
        return op(Type.BYTES, IrOp.BYTES_FROMHEX, s);
    }

    /** A method of a bytes value, or null if there is none. */
    IrExpr method(Expr.Call call, IrExpr target, String m) {
        switch (m) {
            case "decode" -> {
                utf8Only(call, "decode");
                return op(Type.STR, IrOp.BYTES_DECODE, target);
            }
            case "hex" -> {
                none(call, m);
                return op(Type.STR, IrOp.BYTES_HEX, target);
            }
            case "find" -> {
                if (call.args().size() < 1 || call.args().size() > 2 || !call.keywords().isEmpty()) {
                    throw x.error(call.pos(), "\"find\" of \"bytes\" takes one or two arguments (sub, start)");
                }
                IrExpr sub = x.check(call.args().get(0));
                if (sub.type() != Type.BYTES) {
                    throw x.error(call.pos(), "Argument 1 to \"find\" of \"bytes\" has incompatible type \"" + sub.type()
                            + "\"; expected \"bytes\"");
                }
                IrExpr start = intConst(0);
                if (call.args().size() == 2) {
                    start = x.indexInt(call.args().get(1), Type.BYTES);
                    // a negative start counts from the end, as in slices
                    IrLocal b = x.scope.temp(Type.BYTES);
                    IrLocal s = x.scope.temp(Type.INT);
                    IrExpr sv = new IrExpr.Local(s);
                    IrExpr fixed = new IrExpr.Cond(Type.INT, op(Type.BOOL, IrOp.INT_LT, sv, intConst(0)),
                            op(Type.INT, IrOp.INT_MAX, op(Type.INT, IrOp.INT_ADD, sv, op(Type.INT, IrOp.BYTES_LEN, new IrExpr.Local(b))),
                                    intConst(0)), sv);
                    return new IrExpr.Block(List.of(new IrStmt.SetLocal(b, target), new IrStmt.SetLocal(s, start)),
                            op(Type.INT, IrOp.BYTES_FIND, new IrExpr.Local(b), sub, fixed));
                }
                return op(Type.INT, IrOp.BYTES_FIND, target, sub, start);
            }
            case "startswith", "endswith" -> {
                IrExpr sub = one(call, m);
                if (sub.type() != Type.BYTES) {
                    throw x.error(call.pos(), "Argument 1 to \"" + m + "\" of \"bytes\" has incompatible type \"" + sub.type()
                            + "\"; expected \"bytes\"");
                }
                // b[:len(p)] == p, or b[len(b) - len(p):] == p when len(p) <= len(b)
                IrLocal b = x.scope.temp(Type.BYTES);
                IrLocal p = x.scope.temp(Type.BYTES);
                IrExpr bl = op(Type.INT, IrOp.BYTES_LEN, new IrExpr.Local(b));
                IrExpr pl = op(Type.INT, IrOp.BYTES_LEN, new IrExpr.Local(p));
                IrExpr start = m.equals("startswith") ? intConst(0) : op(Type.INT, IrOp.INT_SUB, bl, pl);
                IrExpr piece = new IrExpr.Op(Type.BYTES, IrOp.BYTES_SLICE, List.of(new IrExpr.Local(b), start,
                        op(Type.INT, IrOp.INT_ADD, start, pl), intConst(1), intConst(3)));
                return new IrExpr.Block(List.of(new IrStmt.SetLocal(b, target), new IrStmt.SetLocal(p, sub)),
                        new IrExpr.Logic(true, op(Type.BOOL, IrOp.INT_LE, pl, bl),
                                op(Type.BOOL, IrOp.BYTES_EQ, piece, new IrExpr.Local(p))));
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * {@code open(path, mode)}: a new TextIOWrapper (text modes), BufferedReader ("rb") or
     * BufferedWriter ("wb", "ab", "xb") of runtime/files.py, which the compiler adds to programs that
     * call open(). The mode must be a literal (it decides the type, as in mypy).
     */
    IrExpr open(Expr.Call call) {
        Pos pos = call.pos();
        Expr path = call.args().isEmpty() ? null : call.args().get(0);
        Expr mode = call.args().size() > 1 ? call.args().get(1) : null;
        if (call.args().size() > 2) {
            throw x.unsupported(pos, "open() arguments after the mode (buffering, encoding, ... as keywords: encoding=\"utf-8\" only)");
        }
        for (Expr.Keyword kw : call.keywords()) {
            switch (kw.name()) {
                case "file" -> path = kw.value();
                case "mode" -> mode = kw.value();
                case "encoding" -> {
                    if (!(kw.value() instanceof Expr.StrLit lit)
                            || !lit.value().toLowerCase().replace("-", "").replace("_", "").equals("utf8")) {
                        throw x.unsupported(kw.pos(), "open() with an encoding other than \"utf-8\"");
                    }
                }
                default -> throw x.unsupported(kw.pos(), "open() keyword \"" + kw.name() + "\"");
            }
        }
        if (path == null) {
            throw x.error(pos, "Missing positional argument \"file\" in call to \"open\"");
        }
        String m = "r";
        if (mode != null) {
            if (!(mode instanceof Expr.StrLit lit)) {
                throw x.unsupported(mode.pos(), "open() with a mode that is not a string literal");
            }
            m = lit.value();
        }
        String cls = switch (m) {
            case "r", "rt", "w", "wt", "a", "at", "x", "xt" -> "TextIOWrapper";
            case "rb" -> "BufferedReader";
            case "wb", "ab", "xb" -> "BufferedWriter";
            default -> throw x.unsupported(mode.pos(), "open() mode '" + m + "' (r, w, a, x, rb, wb, ab, xb)");
        };
        IrExpr p = x.check(path);
        if (p.type() != Type.STR) {
            throw x.error(path.pos(), "Argument 1 to \"open\" has incompatible type \"" + p.type() + "\"; expected \"str\"");
        }
        ClassInfo info = x.scope.classInfo(cls);
        if (info == null) {
            throw new IllegalStateException("open() without runtime/files.py");
        }
        return new IrExpr.Call(info.type, info.constructor.irName(), List.of(p, new IrExpr.Const(Type.STR, m)));
    }

    /** True for the file classes whose iteration yields lines (TextIOWrapper, BufferedReader). */
    static boolean isLineFile(Type t) {
        return t.kind() == Type.Kind.CLASS && (t.name().equals("TextIOWrapper") || t.name().equals("BufferedReader"));
    }

    /** {@code s.encode()} (UTF-8). */
    IrExpr encode(Expr.Call call, IrExpr target) {
        utf8Only(call, "encode");
        return op(Type.BYTES, IrOp.STR_ENCODE, target);
    }

    /** No arguments, or the encoding "utf-8" (also spelled "utf8", "UTF-8"), as a literal. */
    private void utf8Only(Expr.Call call, String m) {
        List<Expr> args = new ArrayList<>(call.args());
        for (Expr.Keyword kw : call.keywords()) {
            if (!kw.name().equals("encoding")) {
                throw x.unsupported(kw.pos(), m + "() keyword \"" + kw.name() + "\" (errors= is not supported)");
            }
            args.add(kw.value());
        }
        if (args.size() > 1) {
            throw x.unsupported(call.pos(), m + "() with error handling (errors= is not supported)");
        }
        if (args.size() == 1) {
            if (!(args.get(0) instanceof Expr.StrLit lit)
                    || !lit.value().toLowerCase().replace("-", "").replace("_", "").equals("utf8")) {
                throw x.unsupported(args.get(0).pos(), m + "() with an encoding other than \"utf-8\"");
            }
        }
    }

    private void none(Expr.Call call, String m) {
        if (!call.args().isEmpty() || !call.keywords().isEmpty()) {
            throw x.error(call.pos(), "Too many arguments for \"" + m + "\" of \"bytes\"");
        }
    }

    private IrExpr one(Expr.Call call, String m) {
        if (call.args().size() != 1 || !call.keywords().isEmpty()) {
            throw x.error(call.pos(), "\"" + m + "\" of \"bytes\" takes exactly one argument");
        }
        return x.check(call.args().get(0));
    }
}
