package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import java.util.Optional;

/** Checks that a value has the shape of a type, as the linker's lowering would require. */
final class TypedValues {
    private TypedValues() {}

    /** Null when {@code v} fits {@code t}, else a description of the first mismatch. */
    static String mismatch(Value v, Type t) {
        return switch (t) {
            case Type.Primitive p -> primitive(v, p);
            case Type.ListType l -> v instanceof Value.ListValue lv
                    ? lv.values().stream().map(e -> mismatch(e, l.element())).filter(m -> m != null).findFirst().orElse(null)
                    : "expected list, got " + v;
            case Type.RecordType r -> {
                if (!(v instanceof Value.RecordValue rv) || rv.fields().size() != r.fields().size()) {
                    yield "expected record of " + r.fields().size() + " fields, got " + v;
                }
                for (int i = 0; i < rv.fields().size(); i++) {
                    String m = mismatch(rv.fields().get(i), r.fields().get(i).type());
                    if (m != null) {
                        yield r.fields().get(i).name() + ": " + m;
                    }
                }
                yield null;
            }
            case Type.TupleType tt -> {
                if (!(v instanceof Value.TupleValue tv) || tv.values().size() != tt.types().size()) {
                    yield "expected tuple of " + tt.types().size() + ", got " + v;
                }
                for (int i = 0; i < tv.values().size(); i++) {
                    String m = mismatch(tv.values().get(i), tt.types().get(i));
                    if (m != null) {
                        yield m;
                    }
                }
                yield null;
            }
            case Type.VariantType vt -> v instanceof Value.VariantValue vv && vv.caseIndex() >= 0
                    && vv.caseIndex() < vt.cases().size()
                    ? payload(vv.payload(), vt.cases().get(vv.caseIndex()).type())
                    : "expected variant, got " + v;
            case Type.EnumType e -> v instanceof Value.EnumValue ev && ev.index() >= 0 && ev.index() < e.names().size()
                    ? null : "expected enum of " + e.names().size() + ", got " + v;
            case Type.OptionType o -> v instanceof Value.OptionValue ov
                    ? payload(ov.value(), ov.value().isPresent() ? Optional.of(o.type()) : Optional.empty())
                    : "expected option, got " + v;
            case Type.ResultType r -> v instanceof Value.ResultValue rv
                    ? payload(rv.value(), rv.ok() ? r.ok() : r.error())
                    : "expected result, got " + v;
            case Type.FlagsType f -> v instanceof Value.FlagsValue fv && fv.bits().length() <= f.names().size()
                    ? null : "expected flags, got " + v;
            case Type.OwnType o -> v instanceof Value.HandleValue h && h.own() && h.type() == o.resource()
                    ? null : "expected own<" + o.resource().name() + ">, got " + v;
            case Type.BorrowType b -> v instanceof Value.HandleValue h && h.type() == b.resource()
                    ? null : "expected borrow<" + b.resource().name() + ">, got " + v;
        };
    }

    private static String payload(Optional<Value> v, Optional<Type> t) {
        if (v.isPresent() != t.isPresent()) {
            return "payload presence " + v + " does not match " + t;
        }
        return v.isEmpty() ? null : mismatch(v.get(), t.get());
    }

    private static String primitive(Value v, Type.Primitive p) {
        boolean ok = switch (p) {
            case BOOL -> v instanceof Value.BoolValue;
            case F32 -> v instanceof Value.F32Value;
            case F64 -> v instanceof Value.F64Value;
            case CHAR -> v instanceof Value.CharValue;
            case STRING -> v instanceof Value.StringValue;
            default -> v instanceof Value.IntValue iv && iv.kind() == p;
        };
        return ok ? null : "expected " + p + ", got " + v;
    }
}
