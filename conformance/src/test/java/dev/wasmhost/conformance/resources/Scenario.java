package dev.wasmhost.conformance.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resource scenario (conformance/components/scenarios/NAME.json; the format is described in
 * resources-node.mjs): a component, its exported interface and the steps to run on it.
 */
record Scenario(Path file, Path component, String iface, List<Step> steps) {

    /** What a step must give on a host, if the scenario says. */
    enum Outcome { VALUE, ERROR }

    /**
     * One step. {@code kind} is new, method, static, call or drop; {@code target} what it names
     * ({@code counter}, {@code counter.add}, {@code make-many}, or the handle to drop).
     *
     * @param expect   the outcome both hosts must give, if stated
     * @param javaOnly the outcome only the Java host gives (Node gives the other one), with {@code why}
     * @param differs  whether both hosts give a value but not the same one, with {@code why}
     */
    record Step(int number, String kind, String target, String self, List<JsonNode> args, List<String> as,
            Optional<Outcome> expect, Optional<Outcome> javaOnly, boolean differs, String why, JsonNode source) {

        /** The export this step calls, within the interface (e.g. {@code [method]counter.add}). */
        String function() {
            return switch (kind) {
                case "new" -> "[constructor]" + target;
                case "method" -> "[method]" + target;
                case "static" -> "[static]" + target;
                default -> target;
            };
        }

        @Override
        public String toString() {
            return "step " + number + " " + source;
        }
    }

    static Scenario read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Path dir = file.getParent();
        List<Step> steps = new ArrayList<>();
        int n = 0;
        for (JsonNode s : root.path("steps")) {
            n++;
            String kind = null;
            for (String k : List.of("new", "method", "static", "call", "drop")) {
                if (s.has(k)) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw new IllegalArgumentException(file + ": step " + n + " is none of new, method, static, call, drop");
            }
            List<JsonNode> args = new ArrayList<>();
            s.path("args").forEach(args::add);
            List<String> as = new ArrayList<>();
            if (s.path("as").isArray()) {
                s.path("as").forEach(a -> as.add(a.asText()));
            } else if (s.has("as")) {
                as.add(s.path("as").asText());
            }
            steps.add(new Step(n, kind, s.path(kind).asText(), s.has("self") ? s.path("self").asText() : null, args,
                    as, outcome(s.path("expect")), outcome(s.path("java")), s.path("differs").asBoolean(false),
                    s.path("why").asText(null), s));
        }
        return new Scenario(file, dir.resolve(root.path("component").asText()).normalize(),
                root.path("interface").asText(), steps);
    }

    private static Optional<Outcome> outcome(JsonNode n) {
        if (n.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(switch (n.asText()) {
            case "error" -> Outcome.ERROR;
            case "ok" -> Outcome.VALUE;
            default -> throw new IllegalArgumentException("an outcome is \"ok\" or \"error\", not " + n);
        });
    }
}
