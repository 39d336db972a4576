package dev.wasmhost.conformance.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every conformance program under wasmhost and under Node (node-harness/run.mjs) and
 * requires the same exit status, stdout, stderr and files left behind. Skipped when {@code node}
 * is not on the PATH. With {@code -Dparity.report=FILE} it also writes the table to FILE
 * (conformance/PARITY.md).
 */
class ParityTest {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final List<ParityReport.Row> ROWS = Collections.synchronizedList(new ArrayList<>());
    private static String nodeVersion;

    @TestFactory
    Stream<DynamicTest> programsBehaveTheSameOnWasmhostAndNode() {
        nodeVersion = nodeVersion();
        assumeTrue(nodeVersion != null, "node is not on the PATH: the parity suite needs Node 20+");
        Path runMjs = REPO.resolve("node-harness/run.mjs");
        List<ParityCase> cases = ParityCases.all(REPO);
        assertThat(cases).as("parity cases under " + REPO).isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(runMjs, c)));
    }

    private static void check(Path runMjs, ParityCase c) throws Exception {
        HostRun java = Hosts.wasmhost(c);
        HostRun node = Hosts.node(runMjs, c);
        Optional<String> difference = Comparison.firstDifference(java, node);
        String sometimes = KnownDifferences.SOMETIMES.get(c.name());
        String known = c.knownDifference() != null ? c.knownDifference() : sometimes;
        ROWS.add(new ParityReport.Row(c.name(), difference.orElse(null), known));
        if (sometimes != null) {
            return;
        }
        if (known != null) {
            assertThat(difference)
                    .as("%s has a node_known_difference but now behaves the same on both hosts: remove it", c.name())
                    .isPresent();
            return;
        }
        assertThat(difference).as("%s: wasmhost and node differ", c.name()).isEmpty();
    }

    @AfterAll
    static void writeReport() throws IOException {
        String target = System.getProperty("parity.report");
        if (target == null || target.isBlank() || ROWS.isEmpty()) {
            return;
        }
        List<ParityReport.Row> rows = new ArrayList<>(ROWS);
        rows.sort((a, b) -> a.name().compareTo(b.name()));
        ParityReport.write(Path.of(target).toAbsolutePath(), rows, nodeVersion);
    }

    static String nodeVersion() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? v : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
