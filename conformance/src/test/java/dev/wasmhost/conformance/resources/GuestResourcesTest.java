package dev.wasmhost.conformance.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wasmhost.guest.CompileResult;
import dev.wasmhost.guest.GuestCompiler;
import dev.wasmhost.guest.Target;
import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code @export} classes of a guest program (conformance/guest/resources/counters.py) as WIT resources: the
 * scenario guest-counters.json runs on the committed build of it (components/wasm/guest-counters.wasm) on both hosts
 * in {@link ResourceScenariosTest}; here the program is compiled by the current compiler and must give every step the
 * outcome recorded for the Java host (which equals Node's except where the scenario says otherwise), and its WIT must
 * be the interface the scenario reads.
 */
class GuestResourcesTest {
    private static final Path PROGRAM = ResourceScenariosTest.DIR.getParent().resolve("guest/resources/counters.py");
    private static final Path SCENARIO = ResourceScenariosTest.SCENARIOS.resolve("guest-counters.json");

    @Test
    void theProgramCompiledNowAnswersTheScenarioAsRecorded() throws Exception {
        CompileResult result = GuestCompiler.compile(PROGRAM, Target.COMPONENT, List.of());
        assertThat(result).isInstanceOf(CompileResult.Success.class);
        Path wasm = Path.of("target/guest-counters.wasm").toAbsolutePath();
        Files.createDirectories(wasm.getParent());
        Files.write(wasm, ((CompileResult.Success) result).wasm());
        Scenario committed = Scenario.read(SCENARIO);
        Scenario fresh = new Scenario(committed.file(), wasm, committed.iface(), committed.steps());
        List<JsonNode> java = new JavaHostRun(fresh, new EndiveEngine(EngineKind.INTERPRETER, null)).run();
        JsonNode recorded = new ObjectMapper().readTree(
                ResourceScenariosTest.SCENARIOS.resolve("guest-counters.java.json").toFile()).path("results");
        assertThat(java).hasSize(recorded.size());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < java.size(); i++) {
            if (!java.get(i).equals(recorded.get(i))) {
                problems.add(committed.steps().get(i) + ": gave " + java.get(i) + ", recorded " + recorded.get(i));
            }
        }
        assertThat(problems).as("steps where the freshly compiled component differs from the recording").isEmpty();
    }

    @Test
    void theScenarioReadsTheInterfaceTheCompilerExports() throws Exception {
        String wit = GuestCompiler.wit(PROGRAM, List.of(), null);
        String iface = Files.readString(PROGRAM.resolveSibling("counters.wit"), StandardCharsets.UTF_8);
        assertThat(wit).startsWith(iface);
        assertThat(wit).contains("world program {").contains("  export api;\n");
    }

    /** Records and enums of a program with exported classes are types of interface api (on the Java host). */
    @Test
    void recordsAndEnumsAreTypesOfTheInterface(@TempDir Path dir) throws Exception {
        String source = """
                from dataclasses import dataclass
                from enum import Enum


                class Trend(Enum):
                    FLAT = 1
                    RISING = 2


                @dataclass
                class Reading:
                    label: str
                    level: int
                    trend: Trend


                @export
                class Gauge:
                    level: int

                    def __init__(self, level: int) -> None:
                        self.level = level

                    def raise_by(self, n: int) -> Reading:
                        self.level += n
                        return Reading("gauge", self.level, Trend.RISING if n > 0 else Trend.FLAT)


                @export
                def is_flat(r: Reading, g: Gauge) -> bool:
                    return r.trend == Trend.FLAT and r.level == g.level
                """;
        String wit = GuestCompiler.wit("gauge.py", source);
        assertThat(wit).contains("interface api {", "  enum trend {", "  record reading {",
                "    raise-by: func(n: s64) -> reading;", "  is-flat: func(r: reading, g: borrow<gauge>) -> bool;",
                "  export api;");
        CompileResult result = GuestCompiler.compile("gauge.py", source, Target.COMPONENT);
        assertThat(result).isInstanceOf(CompileResult.Success.class);
        Files.write(dir.resolve("gauge.wasm"), ((CompileResult.Success) result).wasm());
        Files.writeString(dir.resolve("gauge.json"), """
                {"component": "gauge.wasm", "interface": "wasmhost:guest/api", "steps": [
                  {"new": "gauge", "args": [3], "as": "g"},
                  {"method": "gauge.raise-by", "self": "g", "args": [4]},
                  {"method": "gauge.raise-by", "self": "g", "args": [0]},
                  {"call": "is-flat", "args": [{"label": "x", "level": 7, "trend": "flat"}, {"handle": "g"}]},
                  {"call": "is-flat", "args": [{"label": "x", "level": 7, "trend": "rising"}, {"handle": "g"}]}
                ]}
                """);
        List<JsonNode> java = new JavaHostRun(Scenario.read(dir.resolve("gauge.json")),
                new EndiveEngine(EngineKind.INTERPRETER, null)).run();
        assertThat(java.stream().map(JsonNode::toString).toList()).containsExactly(
                "{\"value\":{\"gauge\":\"g\"}}",
                "{\"value\":{\"label\":\"gauge\",\"level\":\"7\",\"trend\":\"rising\"}}",
                "{\"value\":{\"label\":\"gauge\",\"level\":\"7\",\"trend\":\"flat\"}}",
                "{\"value\":true}",
                "{\"value\":false}");
    }
}
