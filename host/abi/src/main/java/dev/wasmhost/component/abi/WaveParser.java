package dev.wasmhost.component.abi;

import dev.wasmhost.component.abi.Type.Primitive;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/** A recursive-descent WAVE parser driven by the expected type. */
final class WaveParser extends WaveLexer {

    WaveParser(String text) {
        super(text);
    }

    Value parseWhole(Type t) {
        Value v = value(t);
        expectEnd();
        return v;
    }

    /** Parses {@code name(args...)}: returns the name; the cursor is after {@code (}. */
    String callName() {
        skipSpace();
        int open = text.indexOf('(', pos);
        if (open < 0) {
            throw error("a call must look like name(arg, ...)");
        }
        String name = text.substring(pos, open).strip();
        if (name.isEmpty()) {
            throw error("the call has no function name");
        }
        pos = open + 1;
        return name;
    }

    List<Value> callArgs(List<FuncType.Param> params) {
        List<Type> types = params.stream().map(FuncType.Param::type).toList();
        List<Value> args = new ArrayList<>();
        skipSpace();
        while (!peek(')')) {
            if (args.size() == types.size()) {
                throw error("too many arguments: the function takes " + types.size());
            }
            FuncType.Param param = params.get(args.size());
            try {
                args.add(value(param.type()));
            } catch (WaveException e) {
                throw new WaveException("argument '" + param.name() + "': " + e.problem(), e.offset());
            }
            if (!comma()) {
                break;
            }
        }
        expect(')');
        // Trailing option parameters may be omitted and mean none.
        while (args.size() < types.size() && types.get(args.size()) instanceof Type.OptionType) {
            args.add(new Value.OptionValue(Optional.empty()));
        }
        if (args.size() < types.size()) {
            throw error("too few arguments: the function takes " + types.size() + " but " + args.size() + " were given");
        }
        return args;
    }

    Value value(Type t) {
        skipSpace();
        return switch (t) {
            case Primitive p -> primitive(p);
            case Type.ListType l -> {
                expect('[');
                List<Value> values = new ArrayList<>();
                skipSpace();
                while (!peek(']')) {
                    values.add(value(l.element()));
                    if (!comma()) {
                        break;
                    }
                }
                expect(']');
                yield new Value.ListValue(values);
            }
            case Type.TupleType tt -> {
                expect('(');
                List<Value> values = new ArrayList<>();
                for (int i = 0; i < tt.types().size(); i++) {
                    values.add(value(tt.types().get(i)));
                    if (i < tt.types().size() - 1) {
                        expect(',');
                    }
                }
                comma();
                expect(')');
                yield new Value.TupleValue(values);
            }
            case Type.RecordType r -> record(r);
            case Type.FlagsType f -> flags(f);
            case Type.VariantType v -> {
                Label l = label();
                int index = indexOf(v.cases().stream().map(Type.Case::name).toList(), l, "variant case");
                yield new Value.VariantValue(index, payload(v.cases().get(index).type(), l));
            }
            case Type.EnumType e -> new Value.EnumValue(indexOf(e.names(), label(), "enum case"));
            case Type.OptionType o -> option(o);
            case Type.ResultType r -> result(r);
            case Type.OwnType o -> throw error("WAVE has no encoding for resource handles");
            case Type.BorrowType b -> throw error("WAVE has no encoding for resource handles");
        };
    }

    private Value option(Type.OptionType o) {
        int start = pos;
        if (startsLabel()) {
            Label l = label();
            if (l.isKeyword("none")) {
                return new Value.OptionValue(Optional.empty());
            }
            if (l.isKeyword("some")) {
                return new Value.OptionValue(payload(Optional.of(o.type()), l));
            }
            pos = start;
        }
        if (nestsOptional(o.type())) {
            throw error("expected some(...) or none: a nested option or result cannot use the flat form");
        }
        return new Value.OptionValue(Optional.of(value(o.type())));
    }

    private Value result(Type.ResultType r) {
        int start = pos;
        if (startsLabel()) {
            Label l = label();
            if (l.isKeyword("ok")) {
                return new Value.ResultValue(true, payload(r.ok(), l));
            }
            if (l.isKeyword("err")) {
                return new Value.ResultValue(false, payload(r.error(), l));
            }
            pos = start;
        }
        if (r.ok().isEmpty() || nestsOptional(r.ok().get())) {
            throw error("expected ok or err" + (r.ok().isEmpty() ? "" : "(...): this ok type cannot use the flat form"));
        }
        return new Value.ResultValue(true, Optional.of(value(r.ok().get())));
    }

    private static boolean nestsOptional(Type t) {
        return t instanceof Type.OptionType || t instanceof Type.ResultType;
    }

    private Optional<Value> payload(Optional<Type> type, Label l) {
        skipSpace();
        if (type.isEmpty()) {
            if (peek('(')) {
                throw error("case " + l.name() + " has no payload");
            }
            return Optional.empty();
        }
        if (!peek('(')) {
            throw error("case " + l.name() + " needs a payload in parentheses");
        }
        expect('(');
        Value v = value(type.get());
        expect(')');
        return Optional.of(v);
    }

    private Value record(Type.RecordType r) {
        expect('{');
        Value[] values = new Value[r.fields().size()];
        skipSpace();
        if (peek(':')) {
            expect(':');
        } else {
            while (!peek('}')) {
                Label l = label();
                int i = indexOf(r.fields().stream().map(Type.Field::name).toList(), new Label(l.name(), true, l.at()), "record field");
                if (values[i] != null) {
                    throw error("field " + l.name() + " is given twice", l.at());
                }
                expect(':');
                values[i] = value(r.fields().get(i).type());
                if (!comma()) {
                    break;
                }
            }
        }
        expect('}');
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                if (!(r.fields().get(i).type() instanceof Type.OptionType)) {
                    throw error("record field " + r.fields().get(i).name() + " is missing");
                }
                values[i] = new Value.OptionValue(Optional.empty());
            }
        }
        return new Value.RecordValue(List.of(values));
    }

    private Value flags(Type.FlagsType f) {
        expect('{');
        BitSet bits = new BitSet();
        skipSpace();
        while (!peek('}')) {
            Label l = label();
            int i = indexOf(f.names(), new Label(l.name(), true, l.at()), "flag");
            if (bits.get(i)) {
                throw error("flag " + l.name() + " is given twice", l.at());
            }
            bits.set(i);
            if (!comma()) {
                break;
            }
        }
        expect('}');
        return new Value.FlagsValue(bits);
    }

    private int indexOf(List<String> names, Label l, String what) {
        if (!l.prefixed() && WavePrinter.KEYWORDS.contains(l.name())) {
            throw error("'" + l.name() + "' is a WAVE keyword; write %" + l.name() + " for a " + what + " of that name", l.at());
        }
        int i = names.indexOf(l.name());
        if (i < 0) {
            throw error("unknown " + what + " '" + l.name() + "'; expected one of " + names, l.at());
        }
        return i;
    }

    private Value primitive(Primitive p) {
        return switch (p) {
            case BOOL -> {
                if (!startsLabel()) {
                    throw error("expected true or false");
                }
                Label l = label();
                if (l.isKeyword("true") || l.isKeyword("false")) {
                    yield new Value.BoolValue(l.name().equals("true"));
                }
                throw error("expected true or false", l.at());
            }
            case F32, F64 -> {
                double d = floatNumber();
                if (p == Primitive.F32) {
                    float f = (float) d;
                    if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                        throw error("number is out of range for f32");
                    }
                    yield new Value.F32Value(f);
                }
                yield new Value.F64Value(d);
            }
            case CHAR -> new Value.CharValue(charLiteral());
            case STRING -> new Value.StringValue(stringLiteral());
            default -> integer(p);
        };
    }

    private Value integer(Primitive p) {
        int at = pos;
        String digits = match(INTEGER, "an integer");
        try {
            long v = p == Primitive.U64 ? Long.parseUnsignedLong(digits.equals("-0") ? "0" : digits) : Long.parseLong(digits);
            return new Value.IntValue(p, Shapes.intBits(p, new Value.IntValue(p, v)));
        } catch (IllegalArgumentException e) {
            throw error(digits + " is out of range for " + p.witName(), at);
        }
    }

}
