package dev.wasmhost.component.abi;

import dev.wasmhost.component.abi.Type.BorrowType;
import dev.wasmhost.component.abi.Type.FlagsType;
import dev.wasmhost.component.abi.Type.ListType;
import dev.wasmhost.component.abi.Type.OwnType;
import dev.wasmhost.component.abi.Type.Primitive;
import dev.wasmhost.component.abi.Type.RecordType;
import dev.wasmhost.component.abi.Type.TupleType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Maps component types to the core value types that carry them in core function signatures. */
final class Flattening {
    private Flattening() {}

    static List<CoreType> flatten(Type t) {
        List<CoreType> out = new ArrayList<>();
        flattenInto(t, out);
        return out;
    }

    static List<CoreType> flattenAll(List<Type> ts) {
        List<CoreType> out = new ArrayList<>();
        for (Type t : ts) {
            flattenInto(t, out);
        }
        return out;
    }

    private static void flattenInto(Type t, List<CoreType> out) {
        switch (t) {
            case Primitive p -> {
                switch (p) {
                    case S64, U64 -> out.add(CoreType.I64);
                    case F32 -> out.add(CoreType.F32);
                    case F64 -> out.add(CoreType.F64);
                    case STRING -> {
                        out.add(CoreType.I32);
                        out.add(CoreType.I32);
                    }
                    default -> out.add(CoreType.I32);
                }
            }
            case ListType l -> {
                out.add(CoreType.I32);
                out.add(CoreType.I32);
            }
            case RecordType r -> {
                for (Type.Field f : r.fields()) {
                    flattenInto(f.type(), out);
                }
            }
            case TupleType tt -> {
                for (Type f : tt.types()) {
                    flattenInto(f, out);
                }
            }
            case FlagsType f -> out.addAll(Collections.nCopies(Layout.flagWords(f.names().size()), CoreType.I32));
            case OwnType o -> out.add(CoreType.I32);
            case BorrowType b -> out.add(CoreType.I32);
            default -> out.addAll(flattenVariant(Layout.cases(t)));
        }
    }

    /** The discriminant followed by the element-wise join of all case payloads. */
    static List<CoreType> flattenVariant(List<Optional<Type>> cases) {
        List<CoreType> joined = new ArrayList<>();
        for (Optional<Type> c : cases) {
            if (c.isEmpty()) {
                continue;
            }
            List<CoreType> flat = flatten(c.get());
            for (int i = 0; i < flat.size(); i++) {
                if (i < joined.size()) {
                    joined.set(i, join(joined.get(i), flat.get(i)));
                } else {
                    joined.add(flat.get(i));
                }
            }
        }
        List<CoreType> out = new ArrayList<>(joined.size() + 1);
        out.add(CoreType.I32);
        out.addAll(joined);
        return out;
    }

    static CoreType join(CoreType a, CoreType b) {
        if (a == b) {
            return a;
        }
        if ((a == CoreType.I32 && b == CoreType.F32) || (a == CoreType.F32 && b == CoreType.I32)) {
            return CoreType.I32;
        }
        return CoreType.I64;
    }
}
