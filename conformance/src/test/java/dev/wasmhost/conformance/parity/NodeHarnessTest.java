package dev.wasmhost.conformance.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the Node harness's own tests ({@code node --test node-harness/test/}) so that
 * {@code ./mvnw verify} covers them too. Skipped when {@code node} is not on the PATH.
 */
class NodeHarnessTest {
    private static final Path HARNESS = Path.of("").toAbsolutePath().getParent().resolve("node-harness");

    @Test
    void harnessTestsPass() throws Exception {
        assumeTrue(ParityTest.nodeVersion() != null, "node is not on the PATH: the harness tests need Node 20+");
        Process p = new ProcessBuilder("node", "--test", "test/")
                .directory(HARNESS.toFile())
                .redirectErrorStream(true)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("node --test finished").isTrue();
        String report = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("node --test test/ in node-harness:\n%s", report).isZero();
        assertThat(report).containsPattern("# pass [1-9]").contains("# fail 0");
    }
}
