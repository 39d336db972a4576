package dev.wasmhost.component.abi;

import dev.wasmhost.component.abi.Type.Primitive;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Prints values as WAVE text, always in the explicit forms ({@code some(..)}, {@code ok(..)}). */
final class WavePrinter {
    static final Set<String> KEYWORDS = Set.of("true", "false", "inf", "nan", "some", "none", "ok", "err");

    private final StringBuilder out = new StringBuilder();

    private WavePrinter() {}

    static String print(Value v, Type t) {
        WavePrinter p = new WavePrinter();
        p.value(v, t);
        return p.out.toString();
    }

    private void value(Value v, Type t) {
        switch (t) {
            case Primitive p -> primitive(v, p);
            case Type.ListType l -> {
                if (!(v instanceof Value.ListValue(List<Value> values))) {
                    throw Shapes.mismatch(t, v);
                }
                out.append('[');
                sequence(values, i -> l.element());
                out.append(']');
            }
            case Type.TupleType tt -> {
                List<Value> values = Shapes.fields(t, v);
                out.append('(');
                sequence(values, tt.types()::get);
                out.append(')');
            }
            case Type.RecordType r -> {
                List<Value> values = Shapes.fields(t, v);
                out.append('{');
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    out.append(r.fields().get(i).name()).append(": ");
                    value(values.get(i), r.fields().get(i).type());
                }
                out.append('}');
            }
            case Type.FlagsType f -> {
                int[] words = Shapes.flagWords(f, v);
                out.append('{');
                boolean first = true;
                for (int i = 0; i < f.names().size(); i++) {
                    if ((words[i / 32] >>> (i % 32) & 1) != 0) {
                        out.append(first ? "" : ", ").append(f.names().get(i));
                        first = false;
                    }
                }
                out.append('}');
            }
            case Type.OwnType o -> throw new IllegalArgumentException("WAVE has no encoding for resource handles");
            case Type.BorrowType b -> throw new IllegalArgumentException("WAVE has no encoding for resource handles");
            default -> variantLike(v, t);
        }
    }

    private void sequence(List<Value> values, java.util.function.IntFunction<Type> typeOf) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            value(values.get(i), typeOf.apply(i));
        }
    }

    private void variantLike(Value v, Type t) {
        Shapes.Case c = Shapes.caseOf(t, v);
        String label = switch (t) {
            case Type.VariantType vt -> caseLabel(vt.cases().get(c.index()).name());
            case Type.EnumType e -> caseLabel(e.names().get(c.index()));
            case Type.OptionType o -> c.index() == 0 ? "none" : "some";
            default -> c.index() == 0 ? "ok" : "err";
        };
        out.append(label);
        Optional<Type> payloadType = Layout.cases(t).get(c.index());
        if (c.payload().isPresent()) {
            out.append('(');
            value(c.payload().get(), payloadType.orElseThrow());
            out.append(')');
        }
    }

    private static String caseLabel(String name) {
        return KEYWORDS.contains(name) ? "%" + name : name;
    }

    private void primitive(Value v, Primitive p) {
        switch (p) {
            case BOOL -> out.append(Storer.bool(v));
            case F32 -> {
                if (!(v instanceof Value.F32Value(float f))) {
                    throw Shapes.mismatch(p, v);
                }
                out.append(Float.isFinite(f) ? plain(Float.toString(f), f, t -> Float.parseFloat(t) == f) : special(f));
            }
            case F64 -> {
                if (!(v instanceof Value.F64Value(double d))) {
                    throw Shapes.mismatch(p, v);
                }
                out.append(Double.isFinite(d) ? plain(Double.toString(d), d, t -> Double.parseDouble(t) == d) : special(d));
            }
            case CHAR -> {
                out.append('\'');
                escaped(Shapes.checkedChar(Storer.charValue(v)), '\'');
                out.append('\'');
            }
            case STRING -> {
                out.append('"');
                Storer.string(v).codePoints().forEach(cp -> escaped(cp, '"'));
                out.append('"');
            }
            case U64 -> out.append(Long.toUnsignedString(Shapes.intBits(p, v)));
            default -> out.append(Shapes.intBits(p, v));
        }
    }

    private static String special(double d) {
        return Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf";
    }

    /**
     * A float as Rust's {@code Display} prints it (what wasmtime's WAVE output uses): the shortest
     * digits that read back as the same value, in plain decimal notation, never an exponent
     * ({@code 1e-45f32} prints {@code 0.000000000000000000000000000000000000000000001}). Java's
     * {@code toString} gives the shortest digits but keeps two where one would do, hence the retry.
     */
    private static String plain(String javaText, double exact, Predicate<String> roundTrips) {
        BigDecimal digits = new BigDecimal(javaText);
        if (digits.signum() == 0) {
            return javaText.startsWith("-") ? "-0" : "0";
        }
        if (digits.stripTrailingZeros().precision() > 1) {
            BigDecimal value = new BigDecimal(exact);
            BigDecimal best = null;
            for (RoundingMode mode : List.of(RoundingMode.DOWN, RoundingMode.UP)) {
                BigDecimal one = digits.round(new MathContext(1, mode));
                if (roundTrips.test(one.toString())
                        && (best == null || one.subtract(value).abs().compareTo(best.subtract(value).abs()) < 0)) {
                    best = one;
                }
            }
            digits = best == null ? digits : best;
        }
        return digits.stripTrailingZeros().toPlainString();
    }

    private void escaped(int cp, char quote) {
        switch (cp) {
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\t' -> out.append("\\t");
            case '\r' -> out.append("\\r");
            default -> {
                if (cp == quote) {
                    out.append('\\').append(quote);
                } else if (cp < 0x20 || cp == 0x7f) {
                    out.append("\\u{").append(Integer.toHexString(cp)).append('}');
                } else {
                    out.appendCodePoint(cp);
                }
            }
        }
    }
}
