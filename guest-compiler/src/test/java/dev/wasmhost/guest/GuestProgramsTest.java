package dev.wasmhost.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test: every program in conformance/guest/programs is compiled to WebAssembly, run
 * under Endive, and must print exactly what CPython prints, and exit with the same status. When a
 * program fails on purpose, the last line of stderr (the exception) must match too.
 */
class GuestProgramsTest {

    @TestFactory
    Stream<DynamicTest> eachProgramPrintsWhatCPythonPrints() {
        List<Path> programs = Corpus.pythonFiles("programs");
        assertThat(programs).as("corpus programs").hasSizeGreaterThanOrEqualTo(20);
        return programs.stream().map(p -> DynamicTest.dynamicTest(Corpus.name(p), () -> check(p)));
    }

    private static void check(Path program) throws Exception {
        List<String> args = Corpus.args(program);
        Map<String, String> env = Corpus.env(program);
        List<String> argv = new java.util.ArrayList<>(List.of(program.getFileName().toString()));
        argv.addAll(args);
        Path wasmDir = Corpus.wantsDir(program) ? Corpus.freshDir() : null;
        Path pythonDir = Corpus.wantsDir(program) ? Corpus.freshDir() : null;
        GuestRun wasm;
        GuestRun python;
        try {
            wasm = GuestRun.run(GuestRun.compileOrFail(program, Target.WASI_P1), argv, env, wasmDir);
            assertThat(wasm.stderr()).as("wasm stderr").doesNotContain("trap:");
            Assumptions.assumeTrue(CPython.available(),
                    "python3 is not installed: the wasm side ran, the comparison with CPython is skipped");
            python = CPython.run(program, args, env, pythonDir);
        } finally {
            Corpus.deleteTree(wasmDir);
            Corpus.deleteTree(pythonDir);
        }
        assertThat(wasm.stdout()).as("stdout of %s", program.getFileName()).isEqualTo(python.stdout());
        assertThat(wasm.exitCode()).as("exit status; stderr was: %s", wasm.stderr()).isEqualTo(python.exitCode());
        if (python.exitCode() != 0) {
            assertThat(lastLine(wasm.stderr())).as("exception line").isEqualTo(lastLine(python.stderr()));
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }
}
