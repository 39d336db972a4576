package dev.wasmhost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.runtime.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wasmhost run} on components: wasi:cli/run through the linker and WASI 0.2, and --invoke in WAVE. */
class ComponentRunTest {
    private static final Path COMPONENTS = Path.of("../../conformance/components/wasm");

    private static String component(String name) {
        return COMPONENTS.resolve(name).toString();
    }

    @Test
    void cProgramAgainstWasiP2GetsItsArgumentsAndStdout() {
        for (String engine : new String[] {"compiler", "interpreter"}) {
            var run = CliRun.of("run", "--engine", engine, component("p2-direct.wasm"), "alpha", "beta gamma");
            assertThat(run.stderr()).as(engine).isEmpty();
            assertThat(run.stdout()).as(engine).isEqualTo(
                    "hello from a WASI 0.2 component with 3 argument(s): [p2-direct.wasm] [alpha] [beta gamma]\n");
            assertThat(run.status()).as(engine).isZero();
        }
    }

    @Test
    void jcoAdaptedPreview1CommandRuns() {
        var run = CliRun.of("run", component("hello-command.wasm"));
        assertThat(run.stdout()).isEqualTo("hello from a component\n");
        assertThat(run.status()).isZero();
    }

    @Test
    void guestProgramCompiledAsAComponentRuns(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("app.py");
        Files.writeString(source, "total = 0\nfor i in range(4):\n    total += i\nprint('sum', total)\n");
        assertThat(CliRun.of("compile", source.toString(), "--target", "component").status()).isZero();
        var run = CliRun.of("run", dir.resolve("app.wasm").toString());
        assertThat(run.stdout()).isEqualTo("sum 6\n");
        assertThat(run.status()).isZero();
        Files.writeString(source, "xs = [1]\nprint('boom')\nprint(xs[5])\n");
        assertThat(CliRun.of("compile", source.toString(), "--target", "component").status()).isZero();
        var failing = CliRun.of("run", dir.resolve("app.wasm").toString());
        assertThat(failing.stdout()).isEqualTo("boom\n");
        assertThat(failing.stderr()).endsWith("IndexError: list index out of range\n");
        assertThat(failing.status()).isEqualTo(1);
    }

    @Test
    void invokeTakesAndPrintsWave() {
        String shapes = component("p2-exports.wasm");
        assertThat(CliRun.of("run", "--invoke", "area(rect({x: 3, y: 4}))", shapes).stdout()).isEqualTo("12\n");
        assertThat(CliRun.of("run", "--invoke", "area(circle(2))", shapes).stdout()).isEqualTo("12\n");
        assertThat(CliRun.of("run", "--invoke", "area(empty)", shapes).stdout()).isEqualTo("0\n");
        assertThat(CliRun.of("run", "--invoke", "mirror({x: 5, y: -7})", shapes).stdout()).isEqualTo("{x: -5, y: 7}\n");
        assertThat(CliRun.of("run", "--invoke", "flip(red)", shapes).stdout()).isEqualTo("blue\n");
        assertThat(CliRun.of("run", "--invoke", "wasmhost:test/shapes#describe(blue, 42)", shapes).stdout())
                .isEqualTo("\"blue x42\"\n");
        assertThat(CliRun.of("run", "--invoke", "parse-point(\"-3,42\")", shapes).stdout()).isEqualTo("{x: -3, y: 42}\n");
    }

    @Test
    void invokeMistakesAreUsageErrorsThatSayWhatExists() {
        String shapes = component("p2-exports.wasm");
        var missing = CliRun.of("run", "--invoke", "volume()", shapes);
        assertThat(missing.status()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.stderr()).startsWith("error: the component exports no function 'volume'; it exports ")
                .contains("wasmhost:test/shapes@0.1.0#area").hasLineCount(1);
        var badArgs = CliRun.of("run", "--invoke", "area(5)", shapes);
        assertThat(badArgs.status()).isEqualTo(ExitCode.USAGE);
        assertThat(badArgs.stderr()).startsWith("error: invalid --invoke 'area(5)': ").contains(": argument '")
                .hasLineCount(1);
        var noParens = CliRun.of("run", "--invoke", "area", shapes);
        assertThat(noParens.status()).isEqualTo(ExitCode.USAGE);
        assertThat(noParens.stderr()).contains("write the call as name(arg, ...)");
    }

    @Test
    void missingHostFunctionIsAnUnresolvedImport() throws IOException {
        // js-shapes imports wasi:http, which this host does not serve.
        var run = CliRun.of("run", "--invoke", "greet(\"x\")", component("js-shapes.wasm"));
        assertThat(run.status()).isEqualTo(ExitCode.UNRESOLVED_IMPORT);
        assertThat(run.stderr()).startsWith("error: ").contains("wasi:http").hasLineCount(1);
    }
}
