package dev.wasmhost.component.abi;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** WIT-like spelling of anonymous ABI types for one-line messages ({@code variant { a(u32), b }}). */
final class TypeNames {
    private static final int MAX = 80;

    private TypeNames() {}

    static String of(Type t) {
        String s = spell(t);
        return s.length() > MAX ? s.substring(0, MAX - 3) + "..." : s;
    }

    /** The full spelling, however long. */
    static String spell(Type t) {
        return switch (t) {
            case Type.Primitive p -> p.witName();
            case Type.ListType l -> "list<" + spell(l.element()) + ">";
            case Type.RecordType r -> "record { " + r.fields().stream()
                    .map(f -> f.name() + ": " + spell(f.type())).collect(Collectors.joining(", ")) + " }";
            case Type.TupleType tt -> "tuple<" + join(tt.types()) + ">";
            case Type.VariantType v -> "variant { " + v.cases().stream()
                    .map(c -> c.name() + c.type().map(p -> "(" + spell(p) + ")").orElse(""))
                    .collect(Collectors.joining(", ")) + " }";
            case Type.EnumType e -> "enum { " + String.join(", ", e.names()) + " }";
            case Type.OptionType o -> "option<" + spell(o.type()) + ">";
            case Type.ResultType r -> r.ok().isEmpty() && r.error().isEmpty() ? "result"
                    : "result<" + side(r.ok()) + (r.error().isPresent() ? ", " + spell(r.error().get()) : "") + ">";
            case Type.FlagsType f -> "flags { " + String.join(", ", f.names()) + " }";
            case Type.OwnType o -> "own<" + o.resource().name() + ">";
            case Type.BorrowType b -> "borrow<" + b.resource().name() + ">";
        };
    }

    private static String side(Optional<Type> t) {
        return t.map(TypeNames::spell).orElse("_");
    }

    private static String join(List<Type> ts) {
        return ts.stream().map(TypeNames::spell).collect(Collectors.joining(", "));
    }
}
