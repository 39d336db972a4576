package dev.wasmhost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.runtime.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wasmhost compile} on programs of several modules (found beside the main module and with
 * {@code -I}), and {@code wasmhost run} naming the Python file and line of a trap
 * (conformance/guest/traps: each program's {@code .expected} is its exact error line).
 */
class GuestProgramCliTest {
    private static final Path GUEST = Path.of("../../conformance/guest");

    @TestFactory
    Stream<DynamicTest> aTrappingProgramNamesItsPythonFileAndLine(@TempDir Path dir) throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.list(GUEST.resolve("traps"))) {
            programs = files.map(p -> Files.isDirectory(p) ? p.resolve("main.py") : p)
                    .filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
        assertThat(programs).hasSizeGreaterThanOrEqualTo(2);
        return programs.stream().flatMap(program -> Stream.of("component", "wasi-p1").map(target -> {
            String name = program.getParent().getFileName() + "/" + program.getFileName() + " " + target;
            return DynamicTest.dynamicTest(name, () -> {
                Path wasm = dir.resolve(name.replaceAll("[^A-Za-z0-9_.]", "_") + ".wasm");
                var compile = CliRun.of("compile", "--target", target, program.toString(), "-o", wasm.toString());
                assertThat(compile.stderr()).isEmpty();
                assertThat(compile.status()).isZero();
                var run = CliRun.of("run", wasm.toString());
                String expected = Files.readString(program.resolveSibling(
                        program.getFileName().toString().replaceFirst("\\.py$", ".expected"))).strip();
                assertThat(run.status()).as(run.stderr()).isEqualTo(ExitCode.TRAP);
                assertThat(run.stderr().lines().filter(l -> l.startsWith("error: "))).as(run.stderr()).containsExactly(expected);
            });
        }));
    }

    @Test
    void aTrapInAnExportedFunctionNamesItsLine(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("lib.py");
        Files.writeString(source, "@export\ndef deep(n: int) -> int:\n    if n < 0:\n        return n\n    return deep(n + 1) + 1\n");
        Path wasm = dir.resolve("lib.wasm");
        assertThat(CliRun.of("compile", source.toString(), "-o", wasm.toString()).status()).isZero();
        var run = CliRun.of("run", "--invoke", "deep(0)", wasm.toString());
        assertThat(run.status()).isEqualTo(ExitCode.TRAP);
        assertThat(run.stderr()).startsWith("error: guest trapped: call stack exhausted (deep at lib.py:5)\n");
    }

    @Test
    void compileFindsSiblingModulesAndPackages(@TempDir Path dir) {
        Path wasm = dir.resolve("app.wasm");
        Path main = GUEST.resolve("programs/modules_packages/main.py");
        var compile = CliRun.of("compile", main.toString(), "-o", wasm.toString());
        assertThat(compile.stderr()).isEmpty();
        var run = CliRun.of("run", wasm.toString());
        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("package shapes loading as shapes\nshapes.base loading\nutil loading as util\n")
                .contains("main starts as __main__\n10 0 7 10 10\n");
    }

    @Test
    void searchPathOptionAddsDirectories(@TempDir Path dir) throws IOException {
        Path app = dir.resolve("app");
        Path lib = dir.resolve("lib");
        Files.createDirectories(app);
        Files.createDirectories(lib.resolve("text"));
        Files.writeString(app.resolve("app.py"), "from text.shout import shout\n\nprint(shout(\"modules\"))\n");
        Files.writeString(lib.resolve("text/__init__.py"), "");
        Files.writeString(lib.resolve("text/shout.py"), "def shout(s: str) -> str:\n    return s.upper() + \"!\"\n");
        Path wasm = dir.resolve("app.wasm");

        var missing = CliRun.of("compile", app.resolve("app.py").toString(), "-o", wasm.toString());
        assertThat(missing.status()).isEqualTo(ExitCode.INVALID_MODULE);
        assertThat(missing.stderr()).startsWith("app.py:1:1: error: Cannot find implementation or library stub for module named \"text\"");

        var compile = CliRun.of("compile", "-I", lib.toString(), app.resolve("app.py").toString(), "-o", wasm.toString());
        assertThat(compile.stderr()).isEmpty();
        var run = CliRun.of("run", wasm.toString());
        assertThat(run.stdout()).isEqualTo("MODULES!\n");

        // a diagnostic in a module found with -I names it by its path
        Files.writeString(lib.resolve("text/shout.py"), "def shout(s: str) -> str:\n    return 1\n");
        var bad = CliRun.of("compile", "--path", lib.toString(), app.resolve("app.py").toString(), "-o", wasm.toString());
        assertThat(bad.stderr()).startsWith(lib.resolve("text/shout.py") + ":2:12: error: Incompatible return value type (got \"int\", expected \"str\")\n");
    }
}
