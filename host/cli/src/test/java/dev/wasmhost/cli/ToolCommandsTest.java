package dev.wasmhost.cli;

import static dev.wasmhost.cli.CliRun.guest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.runtime.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compile}, {@code inspect} and {@code wit print}: the tools around {@code run}. */
class ToolCommandsTest {
    private static final Path COMPONENTS = Path.of("../../conformance/components/wasm");
    private static final Path WIT = Path.of("../../wit");

    @Test
    void compiledProgramRunsAndPrintsWhatCPythonWould(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("app.py");
        Files.writeString(source, """
                def total(xs: list[int]) -> int:
                    s = 0
                    for x in xs:
                        s += x
                    return s

                print("sum", total([1, 2, 3]), 2.5 * 2)
                """);
        var compile = CliRun.of("compile", source.toString());
        assertThat(compile.stderr()).isEmpty();
        assertThat(compile.status()).isZero();
        Path wasm = dir.resolve("app.wasm");
        assertThat(wasm).exists();
        var run = CliRun.of("run", wasm.toString());
        assertThat(run.stdout()).isEqualTo("sum 6 5.0\n");
        assertThat(run.status()).isZero();
    }

    @Test
    void compileErrorsAreMypyStyleLinesAndWriteNothing(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("bad.py");
        Files.writeString(source, "x: int = \"a\"\n");
        var compile = CliRun.of("compile", source.toString(), "-o", dir.resolve("out.wasm").toString());
        assertThat(compile.status()).isEqualTo(ExitCode.INVALID_MODULE);
        assertThat(compile.stderr()).startsWith("bad.py:1:1: error: Incompatible types in assignment");
        assertThat(compile.stderr()).endsWith("was not compiled: fix the error above\n");
        assertThat(dir.resolve("out.wasm")).doesNotExist();
    }

    @Test
    void compileOfAMissingFileIsNotFound() {
        var compile = CliRun.of("compile", "no/such/app.py");
        assertThat(compile.status()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(compile.stderr()).isEqualTo("error: cannot read 'no/such/app.py': no such file\n");
    }

    @Test
    void inspectShowsACoreModulesImportsAndExportsWithSignatures() {
        var run = CliRun.of("inspect", guest("add.wasm"));
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).contains("core module").contains("  add: func(i32, i32) -> (i32)\n")
                .contains("  scale: func(f64, i64) -> (f64)\n");
        var imports = CliRun.of("inspect", guest("needs-import.wasm"));
        assertThat(imports.stdout()).containsPattern("  env\\.\\S+: func\\(");
    }

    @Test
    void inspectShowsAComponentsWorld() {
        var run = CliRun.of("inspect", COMPONENTS.resolve("hello-command.wasm").toString());
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).contains("component, ").contains("imports (10):\n  wasi:cli/environment@0.2.12\n")
                .contains("exports (1):\n  wasi:cli/run@0.2.12\n").contains("world root {");
    }

    @Test
    void witPrintOfAComponentIsItsWorldAndOfAFolderIsThePackage() {
        var component = CliRun.of("wit", "print", COMPONENTS.resolve("js-shapes.wasm").toString());
        assertThat(component.status()).isZero();
        assertThat(component.stdout()).contains("export greet: func(name: string) -> string;")
                .contains("resource counter {\n      constructor(start: u32);");
        var folder = CliRun.of("wit", "print", WIT.toString());
        assertThat(folder.status()).isZero();
        assertThat(folder.stdout()).contains("package wasmhost:host@0.1.0;");
    }

    @Test
    void witPrintRejectsCoreModulesAndBrokenWitWithOneLine(@TempDir Path dir) throws IOException {
        var core = CliRun.of("wit", "print", guest("add.wasm"));
        assertThat(core.status()).isEqualTo(ExitCode.INVALID_MODULE);
        assertThat(core.stderr()).contains("is a core module, not a component").doesNotContain("\tat ");
        Path broken = dir.resolve("broken.wit");
        Files.writeString(broken, "package a:b;\ninterface i {\n  f: func(x: u32;\n}\n");
        var wit = CliRun.of("wit", "print", broken.toString());
        assertThat(wit.status()).isEqualTo(ExitCode.INVALID_MODULE);
        assertThat(wit.stderr()).startsWith("error: ").contains("broken.wit:3:").hasLineCount(1);
    }

    @Test
    void inspectOfATruncatedComponentNamesTheProblem(@TempDir Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(COMPONENTS.resolve("hello-command.wasm"));
        Path cut = dir.resolve("cut.wasm");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        var run = CliRun.of("inspect", cut.toString());
        assertThat(run.status()).isEqualTo(ExitCode.INVALID_MODULE);
        assertThat(run.stderr()).startsWith("error: '" + cut + "' is not a valid component: ").hasLineCount(1);
    }

    @Test
    void componentNewWrapsACoreModuleForAWorld(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("p2.wasm");
        var run = CliRun.of("component", "new", COMPONENTS.resolve("p2-direct.core.wasm").toString(),
                "--wit", WIT.toString(), "--world", "command", "-o", out.toString());
        assertThat(run.stderr()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(COMPONENTS.resolve("p2-direct.wasm")));
        var inspect = CliRun.of("inspect", out.toString());
        assertThat(inspect.stdout()).contains("exports (1):\n  wasi:cli/run@0.2.0\n");
    }

    @Test
    void componentNewErrorsSayWhatToFix(@TempDir Path dir) {
        String core = COMPONENTS.resolve("p2-direct.core.wasm").toString();
        String out = dir.resolve("x.wasm").toString();
        var noWorld = CliRun.of("component", "new", core, "--wit", WIT.toString(), "--world", "nope", "-o", out);
        assertThat(noWorld.status()).isEqualTo(ExitCode.USAGE);
        assertThat(noWorld.stderr()).startsWith("error: no world 'nope' in the package; it has [");
        var notCore = CliRun.of("component", "new", COMPONENTS.resolve("p2-direct.wasm").toString(),
                "--wit", WIT.toString(), "--world", "command", "-o", out);
        assertThat(notCore.status()).isEqualTo(ExitCode.INVALID_MODULE);
        assertThat(notCore.stderr()).contains("not a core WebAssembly module").hasLineCount(1);
        assertThat(dir.resolve("x.wasm")).doesNotExist();
    }

    @Test
    void compileToAComponentAndPrintItsWorld(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("hi.py");
        Files.writeString(source, "print('hi')\n");
        var wit = CliRun.of("compile", source.toString(), "--emit", "wit");
        assertThat(wit.status()).isZero();
        assertThat(wit.stdout()).contains("export wasi:cli/run@0.2.0;").contains("import wasi:cli/stdout@0.2.0;");
        var component = CliRun.of("compile", source.toString(), "--target", "component");
        assertThat(component.status()).isZero();
        assertThat(CliRun.of("inspect", dir.resolve("hi.wasm").toString()).stdout()).contains(": component, ");
        var badTarget = CliRun.of("compile", source.toString(), "--target", "native");
        assertThat(badTarget.status()).isEqualTo(ExitCode.USAGE);
        assertThat(badTarget.stderr()).contains("'native' is not a target: use wasi-p1 or component");
    }

    @Test
    void compileWitPrintsTheWorldOfExportsWithItsRecordsAndEnums(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("shapes.py");
        Files.writeString(source, """
                from dataclasses import dataclass
                from enum import Enum


                class Color(Enum):
                    RED = 1
                    DARK_BLUE = 2


                @dataclass
                class Point:
                    x_pos: int
                    color: Color


                @export
                def shift(p: Point, by: dict[str, int]) -> tuple[Point, float | None]:
                    return (Point(p.x_pos + by["x"], p.color), None)
                """);
        var wit = CliRun.of("compile", source.toString(), "--wit");
        assertThat(wit.status()).as(wit.stderr()).isZero();
        assertThat(wit.stdout()).startsWith("package wasmhost:guest;")
                .contains("world program {", "  enum color {\n    red,\n    dark-blue,\n  }",
                        "  record point {\n    x-pos: s64,\n    color: color,\n  }",
                        "  export shift: func(p: point, by: list<tuple<string, s64>>) -> tuple<point, option<f64>>;",
                        "import wasi:cli/stdout@0.2.0;")
                .doesNotContain("wasi:cli/run");
        assertThat(CliRun.of("compile", source.toString(), "--emit", "wit").stdout()).isEqualTo(wit.stdout());
        assertThat(dir.resolve("shapes.wasm")).doesNotExist();
        Files.writeString(source, "@export\ndef f(s: set[int]) -> int:\n    return len(s)\n");
        var bad = CliRun.of("compile", source.toString(), "--wit");
        assertThat(bad.status()).isEqualTo(ExitCode.INVALID_MODULE);
        assertThat(bad.stderr()).startsWith("shapes.py:2:1: error: @export function 'f': parameter 's' has type set[int],"
                + " which has no WIT mapping");
    }
}
