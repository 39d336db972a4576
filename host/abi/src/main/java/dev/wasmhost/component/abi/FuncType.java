package dev.wasmhost.component.abi;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A component function type: named parameters and at most one result. */
public record FuncType(List<Param> params, Optional<Type> result) {

    /** A named parameter. */
    public record Param(String name, Type type) {
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    public FuncType {
        params = List.copyOf(params);
        Objects.requireNonNull(result, "result");
    }

    /** The parameter types in order. */
    public List<Type> paramTypes() {
        Type[] types = new Type[params.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = params.get(i).type();
        }
        return Arrays.asList(types);
    }

    /** WIT syntax, e.g. {@code func(s: string, n: u32) -> result<u64>}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("func(");
        for (int i = 0; i < params.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(params.get(i).name()).append(": ").append(TypeNames.spell(params.get(i).type()));
        }
        sb.append(')');
        result.ifPresent(r -> sb.append(" -> ").append(TypeNames.spell(r)));
        return sb.toString();
    }

    /** The result types: empty or one element. */
    public List<Type> resultTypes() {
        return result.map(List::of).orElse(List.of());
    }
}
