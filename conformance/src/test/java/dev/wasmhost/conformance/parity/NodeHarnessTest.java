package dev.wasmhost.conformance.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the Node harness's own tests ({@code node --test node-harness/test/}) so that
 * {@code ./mvnw verify} covers them too. Skipped when {@code node} is not on the PATH.
 */
class NodeHarnessTest {
    @Test
    void harnessTestsPass() throws Exception {
        assumeTrue(Proc.nodeVersion() != null, "node is not on the PATH: the harness tests need Node 20+");
        ProcessBuilder builder = new ProcessBuilder("node", "--test", "test/")
                .directory(Hosts.HARNESS.toFile())
                .redirectErrorStream(true);
        // The parity suite's transpile cache: components both transpile are transpiled once.
        builder.environment().put("NODE_HARNESS_TEST_CACHE", Hosts.NODE_CACHE.toString());
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("node --test finished").isTrue();
        String report = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("node --test test/ in node-harness:\n%s", report).isZero();
        assertThat(report).containsPattern("# pass [1-9]").contains("# fail 0");
    }
}
