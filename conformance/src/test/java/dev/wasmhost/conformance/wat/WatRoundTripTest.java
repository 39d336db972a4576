package dev.wasmhost.conformance.wat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wasmhost.cli.Wasmhost;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wasmhost compile --emit wat} prints text that wasm-tools assembles (through jco, in
 * conformance/components/parse-wat.mjs) into a module that runs exactly like the compiled one:
 * every guest corpus program, same stdout, stderr and exit status. Skipped without Node or without
 * {@code npm ci} in conformance/components/.
 */
class WatRoundTripTest {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final Path COMPONENTS = REPO.resolve("conformance/components");
    private static final Path PROGRAMS = REPO.resolve("conformance/guest/programs");

    record Run(int status, String stdout, String stderr) {}

    @Test
    void everyGuestProgramRoundTripsThroughItsText(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(COMPONENTS.resolve("node_modules/@bytecodealliance/jco/package.json")),
                "needs node and 'npm ci' in conformance/components (jco)");
        List<Path> programs;
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            // NAME.py, and NAME/main.py for a program of several modules
            programs = files.map(f -> Files.isDirectory(f) ? f.resolve("main.py") : f)
                    .filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f)).sorted().toList();
        }
        assertThat(programs).hasSizeGreaterThanOrEqualTo(60);
        List<String> wats = new ArrayList<>();
        for (Path program : programs) {
            String name = name(program);
            Path compiled = dir.resolve(name + ".compiled.wasm");
            Run compile = cli("compile", "--target", "wasi-p1", program.toString(), "-o", compiled.toString());
            assertThat(compile.status()).as("compile %s: %s", name, compile.stderr()).isZero();
            Run wat = cli("compile", "--emit", "wat", program.toString());
            assertThat(wat.status()).as("--emit wat %s: %s", name, wat.stderr()).isZero();
            assertThat(wat.stdout()).startsWith("(module\n").contains("(func $");
            Path text = dir.resolve(name + ".wat");
            Files.writeString(text, wat.stdout());
            wats.add(text.toString());
        }
        List<String> command = new ArrayList<>(List.of("node", COMPONENTS.resolve("parse-wat.mjs").toString()));
        command.addAll(wats);
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        String parseOutput = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as("wasm-tools on the printed text: %s", parseOutput).isZero();
        for (Path program : programs) {
            String name = name(program);
            Run original = cli("run", dir.resolve(name + ".compiled.wasm").toString());
            Run assembled = cli("run", dir.resolve(name + ".wasm").toString());
            assertThat(assembled).as("%s assembled from its --emit wat text", name).isEqualTo(original);
        }
    }

    private static String name(Path program) {
        return program.getFileName().toString().equals("main.py")
                ? program.getParent().getFileName().toString() : program.getFileName().toString().replaceFirst("\\.py$", "");
    }

    private static Run cli(String... args) throws IOException {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Wasmhost.execute(args, new ByteArrayInputStream(new byte[0]), out, err);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
