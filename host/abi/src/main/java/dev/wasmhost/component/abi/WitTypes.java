package dev.wasmhost.component.abi;

import dev.wasmhost.component.wit.Function;
import dev.wasmhost.component.wit.Interface;
import dev.wasmhost.component.wit.Primitive;
import dev.wasmhost.component.wit.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts host/wit's resolved model into ABI types. One instance hands out one
 * {@link ResourceType} per WIT resource definition (aliases and {@code use}s reach the same one),
 * so share an instance across everything that must agree on resource identity.
 *
 * <pre>{@code
 * WitTypes wit = new WitTypes();
 * Interface streams = WitLibrary.host().find("wasi:io@0.2.0").interfaces().get("streams");
 * FuncType write = wit.function(streams, "[method]output-stream.blocking-write-and-flush");
 * }</pre>
 */
public final class WitTypes {
    private final Map<TypeDef, ResourceType> resources = new HashMap<>();

    /** The resource type of a WIT resource definition (through aliases). */
    public synchronized ResourceType resource(TypeDef def) {
        TypeDef target = def.unaliased();
        if (!(target.kind() instanceof TypeDef.Resource)) {
            throw new IllegalArgumentException(def.name() + " is not a resource");
        }
        return resources.computeIfAbsent(target, d -> new ResourceType(d.name()));
    }

    /** The ABI type of a WIT type. Futures, streams, error-context and fixed-size lists are not supported. */
    public Type type(dev.wasmhost.component.wit.Type t) {
        return switch (t) {
            case Primitive p -> primitive(p);
            case dev.wasmhost.component.wit.Type.Named n -> named(n.def());
            case dev.wasmhost.component.wit.Type.ListOf l -> new Type.ListType(type(l.element()));
            case dev.wasmhost.component.wit.Type.OptionOf o -> new Type.OptionType(type(o.some()));
            case dev.wasmhost.component.wit.Type.ResultOf r -> new Type.ResultType(optional(r.ok()), optional(r.err()));
            case dev.wasmhost.component.wit.Type.TupleOf tt -> new Type.TupleType(tt.elements().stream().map(this::type).toList());
            case dev.wasmhost.component.wit.Type.Own o -> new Type.OwnType(resource(o.resource()));
            case dev.wasmhost.component.wit.Type.Borrow b -> new Type.BorrowType(resource(b.resource()));
            case dev.wasmhost.component.wit.Type.FixedListOf f -> throw unsupported("fixed-size list");
            case dev.wasmhost.component.wit.Type.FutureOf f -> throw unsupported("future");
            case dev.wasmhost.component.wit.Type.StreamOf s -> throw unsupported("stream");
        };
    }

    /**
     * The component function type of a WIT function: a method gets its implicit
     * {@code self: borrow<R>} first, a constructor without a declared result returns {@code own<R>}.
     */
    public FuncType function(Function f) {
        List<FuncType.Param> params = new ArrayList<>();
        if (f.kind() instanceof Function.Method m) {
            params.add(new FuncType.Param("self", new Type.BorrowType(resource(m.resource()))));
        }
        for (Function.Param p : f.params()) {
            params.add(new FuncType.Param(p.name(), type(p.type())));
        }
        Optional<Type> result = optional(f.result());
        if (result.isEmpty() && f.kind() instanceof Function.Constructor c) {
            result = Optional.of(new Type.OwnType(resource(c.resource())));
        }
        return new FuncType(params, result);
    }

    /** The function of {@code iface} with the given canonical name, e.g. {@code [method]r.get}. */
    public FuncType function(Interface iface, String canonicalName) {
        Function f = iface.functions().get(canonicalName);
        if (f == null) {
            throw new IllegalArgumentException("interface " + iface.qualifiedName() + " has no function '"
                    + canonicalName + "'; it has " + iface.functions().keySet());
        }
        return function(f);
    }

    /** The resource named {@code name} declared in (or used into) {@code iface}. */
    public ResourceType resource(Interface iface, String name) {
        TypeDef def = iface.types().get(name);
        if (def == null) {
            throw new IllegalArgumentException("interface " + iface.qualifiedName() + " has no type '" + name + "'");
        }
        return resource(def);
    }

    private Type named(TypeDef def) {
        TypeDef d = def.unaliased();
        return switch (d.kind()) {
            case TypeDef.Alias a -> type(a.target());
            case TypeDef.Record r -> new Type.RecordType(
                    r.fields().stream().map(f -> new Type.Field(f.name(), type(f.type()))).toList());
            case TypeDef.Variant v -> new Type.VariantType(
                    v.cases().stream().map(c -> new Type.Case(c.name(), optional(c.payload()))).toList());
            case TypeDef.Enum e -> new Type.EnumType(e.cases().stream().map(TypeDef.Label::name).toList());
            case TypeDef.Flags f -> new Type.FlagsType(f.flags().stream().map(TypeDef.Label::name).toList());
            // A bare resource name in a type position means own<R>.
            case TypeDef.Resource r -> new Type.OwnType(resource(d));
        };
    }

    private Optional<Type> optional(dev.wasmhost.component.wit.Type t) {
        return t == null ? Optional.empty() : Optional.of(type(t));
    }

    private static Type primitive(Primitive p) {
        if (p == Primitive.ERROR_CONTEXT) {
            throw unsupported("error-context");
        }
        // The WIT and ABI primitive types have the same names.
        return Type.Primitive.valueOf(p.name());
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException(what + " types are not supported by the canonical ABI implementation yet");
    }
}
