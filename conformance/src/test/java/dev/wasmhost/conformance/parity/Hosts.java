package dev.wasmhost.conformance.parity;

import dev.wasmhost.cli.Wasmhost;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two hosts: wasmhost in this JVM ({@code Wasmhost.execute}, the CLI's entry point) and the Node
 * harness ({@code node node-harness/run.mjs}), each run in a fresh temp dir.
 */
final class Hosts {
    static final Path REPO = Path.of("").toAbsolutePath().getParent();
    static final Path HARNESS = REPO.resolve("node-harness");
    /** The harness's transpile cache, kept between runs of the suite (keyed by content hash). */
    static final Path NODE_CACHE = REPO.resolve("conformance/target/node-harness-cache");
    /** A run that takes longer than this under Node is stopped and reported as such. */
    private static final Duration NODE_LIMIT = Duration.ofSeconds(180);
    /** Ends each call's output in the harness's --batch mode (node-harness/README.md). */
    private static final Pattern BATCH_MARKER = Pattern.compile("\u001ewasmhost-batch status=(-?\\d+)\n");

    private Hosts() {}

    /** Node on the PATH (enough for core modules). */
    static boolean nodeRuns() {
        return Proc.nodeVersion() != null;
    }

    /** Node and the harness's npm packages (jco, the preview 2 shim), which components need. */
    static boolean nodeRunsComponents() {
        return Files.isRegularFile(HARNESS.resolve("node_modules/@bytecodealliance/jco/package.json")) && nodeRuns();
    }

    static final String NO_NODE = "node is not on the PATH: the parity suite needs Node 20+";
    static final String NO_JCO = "components under Node need node on the PATH and node-harness/node_modules"
            + " (npm ci, run by the conformance module's build when npm is there)";

    static HostRun wasmhost(RunSpec spec) throws IOException {
        Path dir = Workspace.fresh(spec.name(), spec.fixtures());
        try {
            List<String> line = new ArrayList<>(List.of("run"));
            line.addAll(spec.line(dir));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Wasmhost.execute(line.toArray(String[]::new),
                    new ByteArrayInputStream(spec.stdin().getBytes(StandardCharsets.UTF_8)), out, err);
            return new HostRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    Workspace.snapshot(dir));
        } finally {
            Workspace.delete(dir);
        }
    }

    static HostRun node(RunSpec spec) throws IOException, InterruptedException {
        Path dir = Workspace.fresh(spec.name(), spec.fixtures());
        try {
            Proc.Result r = Proc.run(harness(spec.line(dir)), dir, cacheEnv(), spec.stdin(), NODE_LIMIT);
            return new HostRun(r.status(), r.stdout(), r.stderr(), Workspace.snapshot(dir));
        } finally {
            Workspace.delete(dir);
        }
    }

    /**
     * {@code run --invoke CALL COMPONENT} for each call, in one Node process ({@code --batch}): the
     * component is transpiled and compiled once, each call answered on a fresh instance.
     */
    static List<HostRun> nodeInvokeAll(Path component, List<String> calls) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("--batch"));
        calls.forEach(call -> line.addAll(List.of("--invoke", call)));
        line.add(component.toString());
        Path dir = Workspace.fresh("batch", List.of());
        try {
            Proc.Result r = Proc.run(harness(line), dir, cacheEnv(), "", NODE_LIMIT);
            List<String[]> out = splitBatch(r.stdout());
            List<String[]> err = splitBatch(r.stderr());
            if (r.status() != 0 || out.size() != calls.size() || err.size() != calls.size()) {
                throw new AssertionError("node --batch for " + component + " answered " + out.size() + " of "
                        + calls.size() + " calls (status " + r.status() + "): " + r.stderr());
            }
            List<HostRun> runs = new ArrayList<>();
            for (int i = 0; i < calls.size(); i++) {
                runs.add(new HostRun(Integer.parseInt(out.get(i)[1]), out.get(i)[0], err.get(i)[0], Map.of()));
            }
            return runs;
        } finally {
            Workspace.delete(dir);
        }
    }

    /** {@code run --invoke CALL COMPONENT} in this JVM. */
    static HostRun wasmhostInvoke(Path component, String call) throws IOException {
        return wasmhost(new RunSpec("invoke", List.of("--invoke", call), component, List.of()));
    }

    /** Each call's output and status in a --batch stream: {text, status}. */
    static List<String[]> splitBatch(String stream) {
        List<String[]> parts = new ArrayList<>();
        Matcher m = BATCH_MARKER.matcher(stream);
        int start = 0;
        while (m.find()) {
            parts.add(new String[] {stream.substring(start, m.start()), m.group(1)});
            start = m.end();
        }
        return parts;
    }

    private static List<String> harness(List<String> line) {
        List<String> command = new ArrayList<>(List.of("node", HARNESS.resolve("run.mjs").toString()));
        command.addAll(line);
        return command;
    }

    private static Map<String, String> cacheEnv() {
        return Map.of("WASMHOST_CACHE_DIR", NODE_CACHE.toString());
    }
}
