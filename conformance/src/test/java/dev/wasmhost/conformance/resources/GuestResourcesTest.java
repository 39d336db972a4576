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
}
