package dev.wasmhost.conformance.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The conformance programs of each {@link Family}, run the same way on both hosts. */
final class Programs {
    static final Path SUITE = Hosts.REPO.resolve("conformance/wasi-p1");
    static final Path COMPONENTS = Hosts.REPO.resolve("conformance/components");
    static final Path GUEST_PROGRAMS = Hosts.REPO.resolve("conformance/guest/programs");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Programs() {}

    /** A preview 1 corpus program: how it runs, and its expectation file (tests/NAME.json). */
    record CorpusProgram(RunSpec spec, JsonNode expected) {
        String name() {
            return spec.name();
        }

        /** Why Node differs, from the expectation's {@code node_known_difference.reason}, or null. */
        String nodeKnownDifference() {
            JsonNode reason = expected.path("node_known_difference").path("reason");
            return reason.isTextual() ? reason.asText() : null;
        }
    }

    /** One recorded {@code --invoke} call of a JavaScript component (invocations/NAME.json). */
    record Invocation(String component, Path wasm, String call, HostRun recorded) {
        String name() {
            return component + ": " + call;
        }
    }

    /** Every built program of the corpus (wasi-p1/bin/NAME.wasm), with its expectation's args, env, dirs and stdin. */
    static List<CorpusProgram> corpus() {
        List<CorpusProgram> programs = new ArrayList<>();
        for (Path file : list(SUITE.resolve("tests"), ".json")) {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            Path wasm = SUITE.resolve("bin").resolve(name + ".wasm");
            if (!Files.isRegularFile(wasm)) {
                continue; // expectation written, program not built yet
            }
            JsonNode t = read(file);
            List<String> flags = new ArrayList<>();
            // The expectation's env is the guest's whole environment, given as NAME=VALUE grants.
            t.path("env").fields().forEachRemaining(e -> {
                flags.add("--env");
                flags.add(e.getKey() + "=" + e.getValue().asText());
            });
            List<String> args = new ArrayList<>();
            t.path("args").forEach(a -> args.add(a.asText()));
            List<Path> fixtures = new ArrayList<>();
            t.path("dirs").forEach(d -> fixtures.add(SUITE.resolve("fixtures").resolve(d.asText())));
            programs.add(new CorpusProgram(new RunSpec(name, flags, wasm, args, fixtures, t.path("stdin").asText("")), t));
        }
        return programs;
    }

    /** The CLI's guests (built by host/cli/src/test/resources/wasm/build.sh) with the outcomes they exist for. */
    static List<RunSpec> cliGuests() {
        Path dir = Hosts.REPO.resolve("host/cli/src/test/resources/wasm");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Path traps = dir.resolve("traps.wasm");
        Path add = dir.resolve("add.wasm");
        return List.of(
                new RunSpec("cli/traps-args", List.of("--env", "GREETING=hi"), traps, List.of("args", "one", "two words")),
                new RunSpec("cli/traps-argv0", List.of("--argv0", "renamed"), traps, List.of("args")),
                new RunSpec("cli/traps-exit-3", List.of(), traps, List.of("exit", "3")),
                new RunSpec("cli/traps-divide", List.of(), traps, List.of("divide")),
                new RunSpec("cli/traps-abort", List.of(), traps, List.of("abort")),
                new RunSpec("cli/traps-oob", List.of(), traps, List.of("oob")),
                new RunSpec("cli/traps-timeout", List.of("--timeout", "500ms"), traps, List.of("loop")),
                new RunSpec("cli/add-invoke", List.of("--invoke", "add"), add, List.of("2", "-5")),
                new RunSpec("cli/add-invoke-inline", List.of("--invoke", "scale(0.1, 3)"), add, List.of()),
                new RunSpec("cli/add-invoke-bad-arg", List.of("--invoke", "add"), add, List.of("1", "zz")),
                new RunSpec("cli/add-invoke-missing", List.of("--invoke", "nope"), add, List.of()),
                new RunSpec("cli/needs-import", List.of(), dir.resolve("needs-import.wasm"), List.of()),
                new RunSpec("cli/missing-file", List.of(), dir.resolve("no-such-program.wasm"), List.of()));
    }

    /** The corpus programs that have a component wrapping (components/wasm/p1/NAME.wasm, made by wrap-p1.mjs). */
    static List<CorpusProgram> wrapped() {
        List<CorpusProgram> out = new ArrayList<>();
        for (CorpusProgram p : corpus()) {
            Path component = COMPONENTS.resolve("wasm/p1").resolve(p.name() + ".wasm");
            if (Files.isRegularFile(component)) {
                out.add(new CorpusProgram(p.spec().with(p.name(), component), p.expected()));
            }
        }
        return out;
    }

    /** Every recorded call, component by component (invocations/NAME.json, made by record-invocations.mjs). */
    static List<Invocation> invocations() {
        List<Invocation> out = new ArrayList<>();
        for (Path file : list(COMPONENTS.resolve("invocations"), ".json")) {
            JsonNode t = read(file);
            Path wasm = COMPONENTS.resolve(t.path("component").asText());
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            for (JsonNode i : t.path("invocations")) {
                out.add(new Invocation(name, wasm, i.path("invoke").asText(), new HostRun(i.path("exit_code").asInt(),
                        i.path("stdout").asText(), i.path("stderr").asText(), Map.of())));
            }
        }
        return out;
    }

    /** The guest compiler's accepted programs (conformance/guest/programs/*.py). */
    static List<Path> guestPrograms() {
        List<Path> out = new ArrayList<>(list(GUEST_PROGRAMS, ".py"));
        // a program of several modules is a directory whose main module is main.py
        try (Stream<Path> dirs = Files.list(GUEST_PROGRAMS)) {
            dirs.filter(d -> Files.isRegularFile(d.resolve("main.py"))).sorted().forEach(d -> out.add(d.resolve("main.py")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
