package dev.wasmhost.conformance.builder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.cli.Wasmhost;
import dev.wasmhost.guest.CompileResult;
import dev.wasmhost.guest.GuestCompiler;
import dev.wasmhost.guest.Target;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guest programs with {@code @export} functions (conformance/guest/exports): each is compiled to a component and
 * every call of its {@code NAME.invoke} file is made with {@code wasmhost run --invoke} in-process and, when node and
 * the npm tools are there, with node-harness/run.mjs (jco). A line {@code CALL => OUT} expects exit status 0 and
 * stdout {@code OUT} (printed lines and the WAVE result, joined by " | "); {@code CALL =>! LINE} expects exit status 1
 * and {@code LINE} as the last line of stderr (an uncaught exception). An optional {@code NAME.env} gives the
 * environment of every call ({@code --env KEY=VALUE} on both hosts).
 */
class GuestExportsTest {
    private static final Path EXPORTS = Jco.REPO.resolve("conformance/guest/exports");

    record Case(String program, String call, boolean fails, String expected) {}

    @TestFactory
    Stream<DynamicTest> exportsAnswerInWaveOnWasmhostAndUnderJco(@TempDir Path dir) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXPORTS)) {
            for (Path invoke : files.filter(p -> p.toString().endsWith(".invoke")).sorted().toList()) {
                String program = invoke.getFileName().toString().replace(".invoke", "");
                for (String line : Files.readAllLines(invoke)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    boolean fails = line.contains(" =>! ");
                    String[] parts = line.split(fails ? " =>! " : " => ", 2);
                    cases.add(new Case(program, parts[0].strip(), fails, parts.length > 1 ? parts[1].strip() : ""));
                }
            }
        }
        assertThat(cases).isNotEmpty();
        boolean node = Jco.available();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.program() + ": " + c.call(), () -> {
            Path wasm = component(dir, c.program());
            List<String> flags = envFlags(c.program());
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int status = Wasmhost.execute(Stream.of(Stream.of("run", "--invoke", c.call()), flags.stream(),
                    Stream.of(wasm.toString())).flatMap(s -> s).toArray(String[]::new),
                    new ByteArrayInputStream(new byte[0]), out, err);
            check("wasmhost", c, status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            if (node) {
                var run = Jco.node(Jco.REPO, Stream.of(Stream.of("node-harness/run.mjs", "--invoke", c.call()),
                        flags.stream(), Stream.of(wasm.toString())).flatMap(s -> s).toArray(String[]::new));
                check("node/jco", c, run.status(), run.stdout(), run.stderr());
            }
        }));
    }

    /** {@code --env KEY=VALUE} for each line of the optional {@code NAME.env} (the environment of every call). */
    private static List<String> envFlags(String program) throws IOException {
        Path env = EXPORTS.resolve(program + ".env");
        List<String> flags = new ArrayList<>();
        if (Files.exists(env)) {
            for (String line : Files.readAllLines(env)) {
                if (!line.isBlank()) {
                    flags.add("--env");
                    flags.add(line);
                }
            }
        }
        return flags;
    }

    private static void check(String host, Case c, int status, String stdout, String stderr) {
        if (c.fails()) {
            assertThat(status).as("%s exit status; stdout: %s", host, stdout).isEqualTo(1);
            List<String> lines = stderr.strip().lines().toList();
            assertThat(lines).as("%s stderr", host).isNotEmpty();
            assertThat(lines.get(lines.size() - 1)).as("%s last stderr line", host).isEqualTo(c.expected());
        } else {
            assertThat(status).as("%s exit status; stderr: %s", host, stderr).isZero();
            assertThat(String.join(" | ", stdout.strip().lines().toList())).as("%s stdout", host)
                    .isEqualTo(c.expected());
        }
    }

    private static Path component(Path dir, String program) {
        Path wasm = dir.resolve(program + ".wasm");
        if (Files.exists(wasm)) {
            return wasm;
        }
        try {
            String name = program + ".py";
            byte[] bytes = switch (GuestCompiler.compile(name, Files.readString(EXPORTS.resolve(name)), Target.COMPONENT)) {
                case CompileResult.Success ok -> ok.wasm();
                case CompileResult.Failure bad -> throw new AssertionError("compile failed: " + bad.diagnostics());
            };
            Files.write(wasm, bytes);
            return wasm;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
