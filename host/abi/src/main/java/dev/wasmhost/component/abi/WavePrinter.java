package dev.wasmhost.component.abi;

import dev.wasmhost.component.abi.Type.Primitive;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
                out.append(Float.isFinite(f) ? finite(Float.toString(f)) : special(f));
            }
            case F64 -> {
                if (!(v instanceof Value.F64Value(double d))) {
                    throw Shapes.mismatch(p, v);
                }
                out.append(Double.isFinite(d) ? finite(Double.toString(d)) : special(d));
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

    // Java's shortest round-tripping text, reshaped into a JSON number ("1.0" -> "1", "1.0E-5" -> "1.0e-5").
    private static String finite(String s) {
        if (s.endsWith(".0")) {
            return s.substring(0, s.length() - 2);
        }
        return s.replace('E', 'e');
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
