package dev.wasmhost.conformance.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The programs held against both hosts: every WASI preview 1 corpus program with its
 * expectation file's args, env, dirs and stdin, and the CLI's test guests with argument sets
 * that reach each exit status.
 */
final class ParityCases {
    private ParityCases() {}

    static List<ParityCase> all(Path repo) {
        List<ParityCase> cases = new ArrayList<>(corpus(repo.resolve("conformance/wasi-p1")));
        cases.addAll(cliGuests(repo.resolve("host/cli/src/test/resources/wasm")));
        return cases;
    }

    static List<ParityCase> corpus(Path suite) {
        Path tests = suite.resolve("tests");
        if (!Files.isDirectory(tests)) {
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        List<ParityCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(tests)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                Path wasm = suite.resolve("bin").resolve(name + ".wasm");
                if (!Files.isRegularFile(wasm)) {
                    continue; // expectation written, program not built yet
                }
                JsonNode t = json.readTree(file.toFile());
                List<String> flags = new ArrayList<>();
                // The expectation's env is the guest's whole environment, given as NAME=VALUE grants.
                t.path("env").fields().forEachRemaining(e -> {
                    flags.add("--env");
                    flags.add(e.getKey() + "=" + e.getValue().asText());
                });
                List<String> args = new ArrayList<>();
                t.path("args").forEach(a -> args.add(a.asText()));
                List<Path> fixtures = new ArrayList<>();
                t.path("dirs").forEach(d -> fixtures.add(suite.resolve("fixtures").resolve(d.asText())));
                JsonNode known = t.path("node_known_difference").path("reason");
                cases.add(new ParityCase("wasi-p1/" + name, flags, wasm, args, fixtures, t.path("stdin").asText(""),
                        known.isMissingNode() || known.isNull() ? null : known.asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** The CLI's guests (built by host/cli/src/test/resources/wasm/build.sh) with the outcomes they exist for. */
    static List<ParityCase> cliGuests(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Path traps = dir.resolve("traps.wasm");
        Path add = dir.resolve("add.wasm");
        return List.of(
                new ParityCase("cli/traps-args", List.of("--env", "GREETING=hi"), traps, List.of("args", "one", "two words")),
                new ParityCase("cli/traps-argv0", List.of("--argv0", "renamed"), traps, List.of("args")),
                new ParityCase("cli/traps-exit-3", List.of(), traps, List.of("exit", "3")),
                new ParityCase("cli/traps-divide", List.of(), traps, List.of("divide")),
                new ParityCase("cli/traps-abort", List.of(), traps, List.of("abort")),
                new ParityCase("cli/traps-oob", List.of(), traps, List.of("oob")),
                new ParityCase("cli/traps-timeout", List.of("--timeout", "500ms"), traps, List.of("loop")),
                new ParityCase("cli/add-invoke", List.of("--invoke", "add"), add, List.of("2", "-5")),
                new ParityCase("cli/add-invoke-inline", List.of("--invoke", "scale(0.1, 3)"), add, List.of()),
                new ParityCase("cli/add-invoke-bad-arg", List.of("--invoke", "add"), add, List.of("1", "zz")),
                new ParityCase("cli/add-invoke-missing", List.of("--invoke", "nope"), add, List.of()),
                new ParityCase("cli/needs-import", List.of(), dir.resolve("needs-import.wasm"), List.of()),
                new ParityCase("cli/missing-file", List.of(), dir.resolve("no-such-program.wasm"), List.of()));
    }
}
