package dev.wasmhost.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One expectation file of the WASI preview 1 corpus ({@code wasi-p1/tests/NAME.json}); the
 * format is described in {@code wasi-p1/README.md}.
 */
record CorpusCase(
        String name,
        List<String> args,
        Map<String, String> env,
        List<String> dirs,
        String stdin,
        int exitCode,
        String stdout,
        String stdoutSha256,
        long stdoutLength,
        String stderr,
        String stderrContains,
        Map<String, String> filesAfter,
        List<String> engines) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static CorpusCase read(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".json".length());
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read expectation file " + file, e);
        }
        if (!root.hasNonNull("exit_code")) {
            throw new IllegalArgumentException(file + ": missing required field exit_code");
        }
        Map<String, String> env = new LinkedHashMap<>();
        root.path("env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        Map<String, String> files = new LinkedHashMap<>();
        root.path("files_after").fields().forEachRemaining(
                e -> files.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        List<String> engines = strings(root.path("engines"));
        return new CorpusCase(
                name,
                strings(root.path("args")),
                env,
                strings(root.path("dirs")),
                root.path("stdin").asText(""),
                root.get("exit_code").asInt(),
                text(root, "stdout"),
                text(root, "stdout_sha256"),
                root.path("stdout_length").asLong(-1),
                text(root, "stderr"),
                text(root, "stderr_contains"),
                files,
                engines.isEmpty() ? List.of("compiler") : engines);
    }

    private static String text(JsonNode root, String field) {
        return root.hasNonNull(field) ? root.get(field).asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
