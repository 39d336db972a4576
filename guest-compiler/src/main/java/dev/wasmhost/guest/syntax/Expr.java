package dev.wasmhost.guest.syntax;

import java.math.BigInteger;
import java.util.List;

/** Expression nodes of the syntax tree, exactly as written (no types yet). */
public sealed interface Expr {
    Pos pos();

    record IntLit(Pos pos, BigInteger value) implements Expr {}

    record FloatLit(Pos pos, double value) implements Expr {}

    record BoolLit(Pos pos, boolean value) implements Expr {}

    record StrLit(Pos pos, String value) implements Expr {}

    /** A bytes literal; {@code value} holds one char (0-255) per byte. */
    record BytesLit(Pos pos, String value) implements Expr {}

    record NoneLit(Pos pos) implements Expr {}

    /** {@code ...}: accepted only as the second argument of {@code tuple[T, ...]} (a tuple of any length). */
    record Ellipsis(Pos pos) implements Expr {}

    /** An f-string: literal parts are {@link StrLit}, replacement fields are {@link Formatted}. */
    record FString(Pos pos, List<Expr> parts) implements Expr {}

    /**
     * A replacement field {@code {value!conversion:spec}}; conversion is 0, 'r' or 's'. The spec's
     * own replacement fields ({@code {x:{width}.{precision}f}}) are {@code specFields}, in order; each
     * stands in the spec as {@link #SPEC_FIELD}.
     */
    record Formatted(Pos pos, Expr value, char conversion, String spec, List<Expr> specFields) implements Expr {
        public static final char SPEC_FIELD = '\uffff';

        public Formatted(Pos pos, Expr value, char conversion, String spec) {
            this(pos, value, conversion, spec, List.of());
        }
    }

    record Name(Pos pos, String id) implements Expr {}

    /** {@code *value} as a call argument (only print() takes one). */
    record Starred(Pos pos, Expr value) implements Expr {}

    /** {@code -x}, {@code +x}, {@code ~x}, {@code not x}. */
    record Unary(Pos pos, String op, Expr operand) implements Expr {}

    record Binary(Pos pos, String op, Expr left, Expr right) implements Expr {}

    /** {@code and} / {@code or}. */
    record BoolOp(Pos pos, String op, Expr left, Expr right) implements Expr {}

    /** A comparison chain {@code a < b <= c}; ops.size() == rest.size(). */
    record Compare(Pos pos, Expr first, List<String> ops, List<Expr> rest) implements Expr {}

    record IfExp(Pos pos, Expr cond, Expr then, Expr otherwise) implements Expr {}

    record Keyword(Pos pos, String name, Expr value) {}

    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    record Index(Pos pos, Expr target, Expr index) implements Expr {}

    record Attribute(Pos pos, Expr target, String name) implements Expr {}

    /** Only produced inside subscripts, for annotations such as {@code dict[str, int]}. */
    record TupleLit(Pos pos, List<Expr> items) implements Expr {}

    record ListLit(Pos pos, List<Expr> items) implements Expr {}

    record DictLit(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    /** {@code lower:upper:step} inside a subscript; absent parts are null. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}

    /** One {@code for target in iter if cond...} clause of a comprehension. */
    record CompFor(Pos pos, Expr target, Expr iter, List<Expr> conditions) {}

    /**
     * {@code [element for ...]}, or with {@code generator} the generator expression
     * {@code (element for ...)}, which the checker accepts only where a builtin consumes it whole.
     */
    record ListComp(Pos pos, Expr element, List<CompFor> clauses, boolean generator) implements Expr {
        public ListComp(Pos pos, Expr element, List<CompFor> clauses) {
            this(pos, element, clauses, false);
        }

        /** The list comprehension that computes what this generator expression yields. */
        public ListComp asList() {
            return new ListComp(pos, element, clauses, false);
        }
    }

    /** {@code lambda a, b: body}. */
    record Lambda(Pos pos, List<String> params, Expr body) implements Expr {}

    /** {@code {a, b}}: a set display (never empty; {@code {}} is a dict). */
    record SetLit(Pos pos, List<Expr> items) implements Expr {}

    /** {@code {element for ...}}. */
    record SetComp(Pos pos, Expr element, List<CompFor> clauses) implements Expr {}

    /** {@code {key: value for ...}}. */
    record DictComp(Pos pos, Expr key, Expr value, List<CompFor> clauses) implements Expr {}
}
