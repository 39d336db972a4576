package dev.wasmhost.conformance.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wasmhost.capability.wasi.p2.WasiP2;
import dev.wasmhost.capability.wasi.WasiConfig;
import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.link.ComponentEngine;
import dev.wasmhost.component.link.ComponentInstance;
import dev.wasmhost.component.link.Linker;
import dev.wasmhost.runtime.Engine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a {@link Scenario} on the Java host through the embedding API, as {@code wasmhost run} links a component:
 * the WASI 0.2 host defined on a {@link Linker}, the component instantiated, its exports called with
 * {@link ComponentInstance#call} and own handles dropped with {@link ComponentInstance#dropResource}. Each step
 * gives {"value": ...} or {"error": "ExceptionClass: message"}, the shape resources-node.mjs records.
 */
final class JavaHostRun {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Scenario scenario;
    private final ComponentInstance instance;
    private final Map<String, Value.HandleValue> handles = new HashMap<>();
    private final Map<ResourceType, String> names = new IdentityHashMap<>();
    /** What the guest wrote to stderr (componentize-js reports a thrown error there before it traps). */
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    JavaHostRun(Scenario scenario, Engine engine) throws IOException {
        this.scenario = scenario;
        WasiP2 wasi = new WasiP2(WasiConfig.builder().args(List.of("scenario")).stdin(InputStream.nullInputStream())
                .stdout(OutputStream.nullOutputStream()).stderr(stderr).build());
        Linker linker = new Linker().defineAll(wasi.version(), wasi.functions(), wasi::type, wasi::resource, wasi::drop);
        instance = linker.instantiate(new ComponentEngine(engine), Files.readAllBytes(scenario.component()));
        for (String f : instance.functions()) {
            int ctor = f.indexOf("#[constructor]");
            if (ctor >= 0 && instance.type(f).result().orElseThrow() instanceof Type.OwnType o) {
                names.put(o.resource(), f.substring(ctor + "#[constructor]".length()));
            }
        }
    }

    /** Every step's outcome, in order, as JSON read back from text (so numbers compare as parsed ones do). */
    List<JsonNode> run() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (Scenario.Step step : scenario.steps()) {
            try {
                out.add(outcome(step));
            } catch (ScenarioError e) {
                throw new ScenarioError(e.getMessage() + "; the steps before gave " + out);
            }
        }
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> parsed = new ArrayList<>();
        for (JsonNode n : out) {
            parsed.add(mapper.readTree(mapper.writeValueAsString(n)));
        }
        return parsed;
    }

    ComponentInstance instance() {
        return instance;
    }

    private JsonNode outcome(Scenario.Step step) {
        try {
            return JSON.objectNode().set("value", execute(step));
        } catch (ScenarioError e) {
            throw e;
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            return JSON.objectNode().put("error", e.getClass().getSimpleName() + ": " + message);
        }
    }

    private JsonNode execute(Scenario.Step step) {
        if (step.kind().equals("drop")) {
            instance.dropResource(handle(step, step.target()));
            return JSON.nullNode();
        }
        String export = scenario.iface() + "#" + step.function();
        FuncType type = instance.type(export);
        List<Value> args = new ArrayList<>();
        int offset = 0;
        if (step.kind().equals("method")) {
            Value.HandleValue self = handle(step, step.self());
            args.add(new Value.HandleValue(self.type(), self.rep(), false));
            offset = 1;
        }
        if (type.params().size() != step.args().size() + offset) {
            throw new ScenarioError(step + ": " + export + " takes " + (type.params().size() - offset) + " argument(s)");
        }
        for (int i = 0; i < step.args().size(); i++) {
            try {
                args.add(ScenarioValues.read(type.params().get(i + offset).type(), step.args().get(i), handles,
                        step + " argument " + (i + 1)));
            } catch (IllegalArgumentException e) {
                throw new ScenarioError(e.getMessage());
            }
        }
        Optional<Value> result = instance.call(export, args);
        if (result.isEmpty()) {
            return JSON.nullNode();
        }
        List<Map.Entry<String, Value.HandleValue>> bound = new ArrayList<>();
        JsonNode written = ScenarioValues.write(type.result().orElseThrow(), result.get(), names, (h, resource) -> {
            if (bound.size() >= step.as().size()) {
                throw new ScenarioError(step + ": the result has more handles than names in \"as\"");
            }
            String name = step.as().get(bound.size());
            bound.add(Map.entry(name, h));
            return name;
        });
        if (bound.size() != step.as().size()) {
            throw new ScenarioError(step + ": the result has " + bound.size() + " handle(s) but \"as\" names "
                    + step.as().size());
        }
        bound.forEach(e -> handles.put(e.getKey(), e.getValue()));
        return written;
    }

    private Value.HandleValue handle(Scenario.Step step, String name) {
        Value.HandleValue h = handles.get(name);
        if (h == null) {
            throw new ScenarioError(step + ": no handle named '" + name + "'");
        }
        return h;
    }

    /** A mistake in the scenario itself, not an outcome of the host. */
    static final class ScenarioError extends RuntimeException {
        ScenarioError(String message) {
            super(message);
        }
    }

    /** The record of a run: the shape of resources-node.mjs's, one step a line. */
    static String record(Scenario scenario, List<JsonNode> results) {
        ObjectNode head = JSON.objectNode();
        head.put("component", scenario.file().getParent().relativize(scenario.component()).toString());
        head.put("host", "wasmhost (embedding API)");
        String h = head.toString();
        return h.substring(0, h.length() - 1) + ",\"results\":[\n"
                + String.join(",\n", results.stream().map(JsonNode::toString).toList()) + "\n]}\n";
    }
}
