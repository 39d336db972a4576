package dev.wasmhost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.runtime.ExitCode;
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
 * {@code wasmhost compile --wit-dir DIR --stubs OUT}: Python stubs of the world's imported interfaces and of the
 * program's exports. Every stub must parse with CPython ({@code ast.parse}); when mypy is installed
 * ({@code python3 -m mypy} or {@code mypy}), a client of the imported interface type-checks against them under
 * {@code --strict} and a wrong call does not.
 */
class CompileStubsTest {
    private static final Path IMPORTS = Path.of("../../conformance/guest/imports");

    @Test
    void stubsParseAndTypeCheckAClient(@TempDir Path dir) throws Exception {
        Path stubs = dir.resolve("stubs");
        Path client = IMPORTS.resolve("geometry_client.py");
        var run = CliRun.of("compile", client.toString(), "--wit-dir", IMPORTS.resolve("wit").toString(), "--stubs",
                stubs.toString());
        assertThat(run.status()).as(run.stderr()).isZero();
        Path geometry = stubs.resolve("wit_world/imports/geometry.pyi");
        assertThat(geometry).exists();
        assertThat(stubs.resolve("wit_world/__init__.pyi")).exists();
        assertThat(stubs.resolve("wit_world/imports/__init__.pyi")).exists();
        String text = Files.readString(geometry);
        assertThat(text).contains("@dataclass\nclass Point:\n    x: int\n    y: int\n",
                "class Unit(Enum):\n    METRIC = 0\n    IMPERIAL = 1\n",
                "    weight: float | None\n",
                "def measure(label: str, scale: float) -> Measured:",
                "def pairs(n: int) -> list[tuple[str, int]]:",
                "def narrow(n: int) -> int:",
                "    initial: str\n",
                "# classify: not available in Python (it uses kind)",
                "def divide(a: int, b: int) -> int:\n    \"\"\"Raises wit_world.WitError for err(str).\"\"\"\n",
                "def reset(hard: bool) -> None:");
        List<Path> all;
        try (Stream<Path> files = Files.walk(stubs)) {
            all = files.filter(p -> p.toString().endsWith(".pyi")).toList();
        }
        for (Path stub : all) {
            var parsed = python(dir, List.of("python3", "-c", "import ast, sys; ast.parse(open(sys.argv[1]).read())",
                    stub.toString()), null);
            assertThat(parsed.status).as("ast.parse %s: %s", stub, parsed.output).isZero();
        }
        List<String> mypy = mypy(dir);
        if (mypy != null) {
            Path good = dir.resolve("good.py");
            Files.copy(client, good);
            var checked = python(dir, concat(mypy, "--strict", "--no-incremental", good.toString()), stubs);
            assertThat(checked.status).as("mypy: %s", checked.output).isZero();
            Path bad = dir.resolve("bad.py");
            Files.writeString(bad, "from wit_world.imports import geometry\n\nx: str = geometry.add(1, 2)\n"
                    + "geometry.midpoint(geometry.Point(1, 2), 3)\n");
            var rejected = python(dir, concat(mypy, "--strict", "--no-incremental", bad.toString()), stubs);
            assertThat(rejected.status).as("mypy: %s", rejected.output).isOne();
            assertThat(rejected.output).contains("bad.py:3: error: Incompatible types in assignment",
                    "bad.py:4: error: Argument 2 to \"midpoint\" has incompatible type \"int\"; expected \"Point\"");
        }
    }

    @Test
    void stubsOfExportsListTheirSignaturesAndTypes(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("lib.py");
        Files.writeString(source, """
                from dataclasses import dataclass
                from enum import Enum
                from wit_world import WitError, export


                class Mode(Enum):
                    FAST = 1
                    SAFE_AND_SLOW = 2


                @dataclass
                class Job:
                    name: str
                    mode: Mode
                    weights: dict[str, float]


                @export
                def plan(jobs: list[Job], limit: int | None) -> tuple[int, list[str]]:
                    return (len(jobs), [j.name for j in jobs])


                @export
                def check(job: Job) -> None:
                    if job.name == "":
                        raise WitError("a job needs a name")
                """);
        Path stubs = dir.resolve("stubs");
        var run = CliRun.of("compile", source.toString(), "--stubs", stubs.toString());
        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(Files.readString(stubs.resolve("wit_world/exports.pyi"))).contains(
                "class Mode(Enum):\n    FAST = 0\n    SAFE_AND_SLOW = 1\n",
                "@dataclass\nclass Job:\n    name: str\n    mode: Mode\n    weights: list[tuple[str, float]]\n",
                "def plan(jobs: list[Job], limit: int | None) -> tuple[int, list[str]]:",
                "def check(job: Job) -> None:\n    \"\"\"Raises wit_world.WitError for err(str).\"\"\"\n");
        List<String> mypy = mypy(dir);
        if (mypy != null) {
            // the program itself type-checks against the stubs (export and WitError come from wit_world)
            var checked = python(dir, concat(mypy, "--strict", "--no-incremental", source.toString()), stubs);
            assertThat(checked.status).as("mypy: %s", checked.output).isZero();
        }
        assertThat(stubs.resolve("wit_world/imports")).isDirectory();
        // the program compiles too: `from wit_world import export` is dropped by the compiler
        assertThat(CliRun.of("compile", source.toString(), "-o", dir.resolve("lib.wasm").toString()).status()).isZero();
        var noWorld = CliRun.of("compile", source.toString(), "--stubs", stubs.toString(), "--wit-dir",
                dir.resolve("missing").toString());
        assertThat(noWorld.status()).isEqualTo(ExitCode.NOT_FOUND);
    }

    private record Result(int status, String output) {}

    private static Result python(Path dir, List<String> command, Path mypyPath) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (mypyPath != null) {
            pb.environment().put("MYPYPATH", mypyPath.toAbsolutePath().toString());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), out);
    }

    /** How to run mypy here ({@code python3 -m mypy} or {@code mypy}), or null when it is not installed. */
    private static List<String> mypy(Path dir) {
        for (List<String> candidate : List.of(List.of("python3", "-m", "mypy"), List.of("mypy"))) {
            try {
                if (python(dir, concat(candidate, "--version"), null).status == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // not this one
            }
        }
        return null;
    }

    private static List<String> concat(List<String> a, String... b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(List.of(b));
        return out;
    }
}
