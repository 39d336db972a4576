package dev.wasmhost.conformance.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Resources exported by a JavaScript component (components/src/js-resources, built by build-js.sh), driven through
 * the scenarios in components/scenarios/NAME.json on the Java host (embedding API) and on Node (jco transpile,
 * resources-node.mjs): constructors, methods, static functions, own and borrow handles alone and in lists, options,
 * results and tuples, drops, and handles used after they were moved or dropped.
 *
 * <p>The Java host must give every step the outcome Node recorded in NAME.node.json (the value, or an error), except
 * at the steps the scenario marks {@code "java"} (an outcome only the Java host gives) or {@code "differs"} (both
 * give a value, not the same one), each with the reason; the outcomes the Java host gives, error messages included,
 * are recorded in NAME.java.json (rewrite them with {@code -Dwasmhost.recordScenarios}). Where Node and jco are
 * installed, Node is run live too and must still answer as recorded.
 */
class ResourceScenariosTest {
    static final Path DIR = Path.of("").toAbsolutePath().getParent().resolve("conformance/components");
    static final Path SCENARIOS = DIR.resolve("scenarios");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();

    /** A scenario with what the Java host gave and what Node recorded. */
    record Run(Scenario scenario, List<JsonNode> java, JsonNode node) {}

    static List<String> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.endsWith(".node.json") && !n.endsWith(".java.json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        }
    }

    /** The scenario run once on the Java host (the interpreter: a cold compile of the 12 MB module takes a minute). */
    private static Run run(String name) {
        return RUNS.computeIfAbsent(name, n -> {
            try {
                Scenario scenario = Scenario.read(SCENARIOS.resolve(n + ".json"));
                JsonNode node = JSON.readTree(SCENARIOS.resolve(n + ".node.json").toFile());
                List<JsonNode> java = new JavaHostRun(scenario, new EndiveEngine(EngineKind.INTERPRETER, null)).run();
                Path out = Boolean.getBoolean("wasmhost.recordScenarios") ? SCENARIOS.resolve(n + ".java.json")
                        : Path.of("target/scenarios/" + n + ".java.json");
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, JavaHostRun.record(scenario, java));
                return new Run(scenario, java, node);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void theScenariosAndTheirRecordingsAreCommitted() throws IOException {
        assertThat(scenarios()).contains("js-resources", "js-resources-reps");
        for (String n : scenarios()) {
            assertThat(SCENARIOS.resolve(n + ".node.json")).isRegularFile();
            assertThat(SCENARIOS.resolve(n + ".java.json")).isRegularFile();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theRecordingIsOfTheCommittedComponent(String name) throws Exception {
        Scenario scenario = Scenario.read(SCENARIOS.resolve(name + ".json"));
        JsonNode node = JSON.readTree(SCENARIOS.resolve(name + ".node.json").toFile());
        assertThat(node.path("sha256").asText())
                .as("sha256 of %s; re-record with: node resources-node.mjs scenarios/%s.json --out scenarios/%s.node.json",
                        scenario.component(), name, name)
                .isEqualTo(sha256(scenario.component()));
        assertThat(node.path("results")).hasSize(scenario.steps().size());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theJavaHostAnswersEveryStepAsNodeDid(String name) {
        Run run = run(name);
        List<String> problems = new ArrayList<>();
        for (Scenario.Step step : run.scenario().steps()) {
            JsonNode j = run.java().get(step.number() - 1);
            JsonNode n = run.node().path("results").get(step.number() - 1);
            Scenario.Outcome jo = j.has("error") ? Scenario.Outcome.ERROR : Scenario.Outcome.VALUE;
            Scenario.Outcome no = n.has("error") ? Scenario.Outcome.ERROR : Scenario.Outcome.VALUE;
            if (step.javaOnly().isPresent()) {
                // A documented difference: the Java host gives this outcome, Node recorded the other.
                if (jo != step.javaOnly().get() || no == jo) {
                    problems.add(step + ": documented as java " + step.javaOnly().get() + " (" + step.why()
                            + ") but java gave " + j + " and node " + n);
                }
            } else if (step.differs()) {
                // A documented difference of value: both succeed, with different values (the Java one is pinned
                // by NAME.java.json).
                if (jo != Scenario.Outcome.VALUE || no != jo || j.equals(n)) {
                    problems.add(step + ": documented as differing values (" + step.why() + ") but java gave " + j
                            + " and node " + n);
                }
            } else if (step.expect().isPresent() && (jo != step.expect().get() || no != jo)) {
                problems.add(step + ": must give " + step.expect().get() + " but java gave " + j + " and node " + n);
            } else if (jo != no || (jo == Scenario.Outcome.VALUE && !j.equals(n))) {
                problems.add(step + ": java gave " + j + " but node " + n);
            }
        }
        assertThat(problems).as("steps where the Java host differs from Node").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theJavaHostGivesTheRecordedOutcomes(String name) throws IOException {
        Run run = run(name);
        JsonNode recorded = JSON.readTree(SCENARIOS.resolve(name + ".java.json").toFile()).path("results");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < run.java().size(); i++) {
            if (!run.java().get(i).equals(recorded.get(i))) {
                problems.add(run.scenario().steps().get(i) + ": gave " + run.java().get(i) + ", recorded "
                        + recorded.get(i));
            }
        }
        assertThat(problems).as("steps that differ from %s.java.json (rewrite it with -Dwasmhost.recordScenarios)",
                name).isEmpty();
        assertThat(recorded).hasSize(run.java().size());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void handlesTheHostNoLongerHoldsAreRefusedWithAClearMessage(String name) {
        Run run = run(name);
        for (Scenario.Step step : run.scenario().steps()) {
            boolean stale = step.source().path("note").asText("").matches(".*(moved|drop|consumed).*");
            if (stale && step.expect().isPresent()) {
                assertThat(run.java().get(step.number() - 1).path("error").asText()).as("%s", step)
                        .startsWith("IllegalArgumentException: ")
                        .contains("is not held by the host");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void nodeStillAnswersAsRecorded(String name) throws Exception {
        assumeTrue(nodeAvailable(), "skipped: needs node on the PATH and 'npm ci' in conformance/components "
                + "(jco and the preview 2 shim) to run the scenario on Node live");
        JsonNode node = JSON.readTree(SCENARIOS.resolve(name + ".node.json").toFile());
        Process p = new ProcessBuilder("node", "resources-node.mjs", "scenarios/" + name + ".json")
                .directory(DIR.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(p.exitValue()).as("exit status of resources-node.mjs").isZero();
        assertThat(JSON.readTree(new String(out, StandardCharsets.UTF_8)))
                .as("node's answers now vs %s.node.json (re-record if the component or jco changed)", name)
                .isEqualTo(node);
    }

    private static boolean nodeAvailable() {
        if (!Files.isRegularFile(DIR.resolve("node_modules/@bytecodealliance/jco/package.json"))
                || !Files.isRegularFile(DIR.resolve("node_modules/@bytecodealliance/preview2-shim/package.json"))) {
            return false;
        }
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
