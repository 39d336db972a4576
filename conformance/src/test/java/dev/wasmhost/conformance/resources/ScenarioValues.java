package dev.wasmhost.conformance.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The scenario encoding of values, read and written by type: integers as numbers or decimal strings (64-bit ones
 * written as strings), lists and tuples as arrays, records as objects, none as null, results as {"ok": v} or
 * {"err": v}, a handle argument as {"handle": "name"} and a handle result as {"counter": "name"}.
 */
final class ScenarioValues {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ScenarioValues() {}

    /** The value of {@code t} that {@code n} writes; handles by name from {@code handles}. */
    static Value read(Type t, JsonNode n, Map<String, Value.HandleValue> handles, String where) {
        return switch (t) {
            case Type.Primitive p -> switch (p) {
                case BOOL -> new Value.BoolValue(n.asBoolean());
                case F32 -> new Value.F32Value((float) n.asDouble());
                case F64 -> new Value.F64Value(n.asDouble());
                case CHAR -> new Value.CharValue(n.asText().codePointAt(0));
                case STRING -> new Value.StringValue(n.asText());
                default -> new Value.IntValue(p, new BigInteger(n.asText()).longValue());
            };
            case Type.ListType l -> new Value.ListValue(elements(n, where).stream()
                    .map(e -> read(l.element(), e, handles, where)).toList());
            case Type.TupleType tt -> {
                List<Value> out = new ArrayList<>();
                for (int i = 0; i < tt.types().size(); i++) {
                    out.add(read(tt.types().get(i), elements(n, where).get(i), handles, where));
                }
                yield new Value.TupleValue(out);
            }
            case Type.EnumType e -> new Value.EnumValue(e.names().indexOf(n.asText()));
            case Type.RecordType r -> new Value.RecordValue(r.fields().stream()
                    .map(f -> read(f.type(), n.path(f.name()), handles, where)).toList());
            case Type.OptionType o -> new Value.OptionValue(n.isNull() ? Optional.empty()
                    : Optional.of(read(o.type(), n, handles, where)));
            case Type.ResultType r -> {
                boolean ok = n.has("ok");
                Optional<Type> side = ok ? r.ok() : r.error();
                JsonNode payload = n.path(ok ? "ok" : "err");
                yield new Value.ResultValue(ok, side.map(st -> read(st, payload, handles, where)));
            }
            case Type.OwnType o -> handle(n, handles, where);
            case Type.BorrowType b -> {
                Value.HandleValue h = handle(n, handles, where);
                yield new Value.HandleValue(h.type(), h.rep(), false);
            }
            default -> throw new IllegalArgumentException(where + ": scenarios do not write " + t);
        };
    }

    /**
     * {@code v} of type {@code t} in the scenario encoding; each handle is named by {@code bind} (given the handle
     * and its resource's WIT name), depth first.
     */
    static JsonNode write(Type t, Value v, Map<ResourceType, String> names,
            BiFunction<Value.HandleValue, String, String> bind) {
        return switch (t) {
            case Type.Primitive p -> switch (p) {
                case BOOL -> JSON.booleanNode(((Value.BoolValue) v).value());
                case F32 -> JSON.numberNode(((Value.F32Value) v).value());
                case F64 -> JSON.numberNode(((Value.F64Value) v).value());
                case CHAR -> JSON.textNode(Character.toString(((Value.CharValue) v).codePoint()));
                case STRING -> JSON.textNode(((Value.StringValue) v).value());
                case S64 -> JSON.textNode(Long.toString(((Value.IntValue) v).value()));
                case U64 -> JSON.textNode(Long.toUnsignedString(((Value.IntValue) v).value()));
                default -> JSON.numberNode(((Value.IntValue) v).value());
            };
            case Type.ListType l -> array(((Value.ListValue) v).values().stream()
                    .map(e -> write(l.element(), e, names, bind)).toList());
            case Type.TupleType tt -> {
                List<JsonNode> out = new ArrayList<>();
                List<Value> values = ((Value.TupleValue) v).values();
                for (int i = 0; i < values.size(); i++) {
                    out.add(write(tt.types().get(i), values.get(i), names, bind));
                }
                yield array(out);
            }
            case Type.EnumType e -> JSON.textNode(e.names().get(((Value.EnumValue) v).index()));
            case Type.RecordType r -> {
                ObjectNode o = JSON.objectNode();
                List<Value> fields = ((Value.RecordValue) v).fields();
                for (int i = 0; i < fields.size(); i++) {
                    o.set(r.fields().get(i).name(), write(r.fields().get(i).type(), fields.get(i), names, bind));
                }
                yield o;
            }
            case Type.OptionType o -> ((Value.OptionValue) v).value()
                    .map(x -> write(o.type(), x, names, bind)).orElse(JSON.nullNode());
            case Type.ResultType r -> {
                Value.ResultValue rv = (Value.ResultValue) v;
                Optional<Type> side = rv.ok() ? r.ok() : r.error();
                JsonNode payload = rv.value().isPresent() && side.isPresent()
                        ? write(side.get(), rv.value().get(), names, bind) : JSON.nullNode();
                yield JSON.objectNode().set(rv.ok() ? "ok" : "err", payload);
            }
            case Type.OwnType o -> named((Value.HandleValue) v, o.resource(), names, bind);
            case Type.BorrowType b -> named((Value.HandleValue) v, b.resource(), names, bind);
            default -> throw new IllegalArgumentException("scenarios do not write " + t);
        };
    }

    private static JsonNode named(Value.HandleValue h, ResourceType r, Map<ResourceType, String> names,
            BiFunction<Value.HandleValue, String, String> bind) {
        String resource = names.getOrDefault(r, r.name());
        return JSON.objectNode().put(resource, bind.apply(h, resource));
    }

    private static Value.HandleValue handle(JsonNode n, Map<String, Value.HandleValue> handles, String where) {
        String name = n.path("handle").asText(null);
        if (name == null) {
            throw new IllegalArgumentException(where + ": a handle is written {\"handle\": \"name\"}, not " + n);
        }
        Value.HandleValue h = handles.get(name);
        if (h == null) {
            throw new IllegalArgumentException(where + ": no handle named '" + name + "'");
        }
        return h;
    }

    private static List<JsonNode> elements(JsonNode n, String where) {
        if (!n.isArray()) {
            throw new IllegalArgumentException(where + ": expected an array, not " + n);
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }

    private static ArrayNode array(List<JsonNode> items) {
        ArrayNode a = JSON.arrayNode();
        items.forEach(a::add);
        return a;
    }
}
