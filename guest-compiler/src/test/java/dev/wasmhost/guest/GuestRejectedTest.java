package dev.wasmhost.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program in conformance/guest/rejected must fail to compile with exactly the diagnostic in
 * its {@code .expected} file: the compiler never silently accepts what it does not support.
 */
class GuestRejectedTest {

    @TestFactory
    Stream<DynamicTest> eachRejectedProgramReportsItsExactDiagnostic() {
        List<Path> programs = Corpus.pythonFiles("rejected");
        assertThat(programs).as("rejected corpus").hasSizeGreaterThanOrEqualTo(10);
        return programs.stream().map(p -> DynamicTest.dynamicTest(Corpus.name(p), () -> check(p)));
    }

    private static void check(Path program) throws Exception {
        Path expectedFile = program.resolveSibling(program.getFileName().toString().replace(".py", ".expected"));
        String expected = Files.readString(expectedFile).strip();
        CompileResult result = GuestCompiler.compile(program);
        assertThat(result).isInstanceOf(CompileResult.Failure.class);
        List<Diagnostic> diagnostics = ((CompileResult.Failure) result).diagnostics();
        assertThat(diagnostics).hasSize(1);
        assertThat(diagnostics.get(0).toString()).isEqualTo(expected);
    }
}
