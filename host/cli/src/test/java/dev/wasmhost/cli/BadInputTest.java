package dev.wasmhost.cli;

import static dev.wasmhost.cli.CliRun.guest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.runtime.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input ends in one line, a documented status and no stack trace. */
class BadInputTest {
    @TempDir Path dir;

    private CliRun runFile(byte[] bytes) throws Exception {
        Path f = dir.resolve("input.wasm");
        Files.write(f, bytes);
        return CliRun.of("run", f.toString());
    }

    private static void assertOneLine(CliRun run, int status, String message) {
        assertThat(run.status()).isEqualTo(status);
        assertThat(run.stderr()).isEqualTo("error: " + message + "\n");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void garbageIsNotWasm() throws Exception {
        assertOneLine(runFile("#!/bin/sh\necho hi\n".getBytes()), ExitCode.INVALID_MODULE,
                "invalid module: not a WebAssembly binary (bad magic number): pass a .wasm file");
    }

    @Test
    void emptyFileIsReported() throws Exception {
        assertOneLine(runFile(new byte[0]), ExitCode.INVALID_MODULE, "invalid module: the file is empty");
    }

    @Test
    void wrongVersionIsReported() throws Exception {
        assertOneLine(runFile(new byte[] {0, 'a', 's', 'm', 2, 0, 0, 0}), ExitCode.INVALID_MODULE,
                "invalid module: unsupported WebAssembly version or layer in the 8-byte header");
    }

    @Test
    void truncatedModuleIsInvalid() throws Exception {
        byte[] whole = Files.readAllBytes(Path.of(guest("traps.wasm")));
        var run = runFile(Arrays.copyOf(whole, whole.length / 2));
        assertThat(run.status()).isEqualTo(ExitCode.INVALID_MODULE);
        assertThat(run.stderr()).startsWith("error: invalid module: ").doesNotContain("\n\t").hasLineCount(1);
    }

    @Test
    void componentThatIsNotACommandIsReported() throws Exception {
        var run = runFile(new byte[] {0, 'a', 's', 'm', 0x0d, 0, 1, 0});
        assertThat(run.status()).isEqualTo(ExitCode.INVALID_MODULE);
        assertThat(run.stderr()).contains("is a component but not a command (it does not export wasi:cli/run)")
                .hasLineCount(1);
    }

    @Test
    void truncatedComponentNamesTheOffset() throws Exception {
        byte[] whole = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../../conformance/components/wasm/p2-direct.wasm"));
        var run = runFile(java.util.Arrays.copyOf(whole, 20));
        assertThat(run.status()).isEqualTo(ExitCode.INVALID_MODULE);
        assertThat(run.stderr()).contains("is not a valid component: offset 0xa: ").hasLineCount(1);
    }

    @Test
    void missingFileIsNotFound() {
        assertOneLine(CliRun.of("run", "/no/such/file.wasm"), ExitCode.NOT_FOUND,
                "cannot read '/no/such/file.wasm': no such file");
    }

    @Test
    void unresolvedImportIsNamed() {
        var run = CliRun.of("run", guest("needs-import.wasm"));
        assertThat(run.status()).isEqualTo(ExitCode.UNRESOLVED_IMPORT);
        assertThat(run.stderr()).startsWith("error: unknown import: env::host_magic has not been defined").hasLineCount(1);
    }

    @Test
    void unknownFlagIsAUsageError() {
        var run = CliRun.of("run", "--frobnicate", guest("traps.wasm"));
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stderr()).isEqualTo("error: Unknown option: '--frobnicate'\nRun 'wasmhost help run' for usage.\n");
    }

    @Test
    void missingPreopenDirectoryIsNotFound() {
        assertOneLine(CliRun.of("run", "--dir", "/no/such/dir::/data", guest("traps.wasm")), ExitCode.NOT_FOUND,
                "--dir /no/such/dir::/data: '/no/such/dir' is not a directory on this host");
    }

    @Test
    void badSizeAndDurationAreUsageErrors() {
        assertOneLine(CliRun.of("run", "--max-memory", "lots", guest("traps.wasm")), ExitCode.USAGE,
                "invalid size 'lots': use a number of bytes or a unit, e.g. 64MiB or 1GiB (see 'wasmhost help run')");
        assertOneLine(CliRun.of("run", "--timeout", "soon", guest("traps.wasm")), ExitCode.USAGE,
                "invalid duration 'soon': use e.g. 500ms, 10s, 2m (see 'wasmhost help run')");
        assertOneLine(CliRun.of("run", "--engine", "jit", guest("traps.wasm")), ExitCode.USAGE,
                "unknown engine 'jit': use 'compiler' or 'interpreter' (see 'wasmhost help run')");
    }

    @Test
    void debugShowsTheJavaStackTrace() {
        var run = CliRun.of("run", "--debug", guest("traps.wasm"), "divide");
        assertThat(run.status()).isEqualTo(ExitCode.TRAP);
        assertThat(run.stderr()).contains("\tat ");
    }

    @Test
    void versionAndHelpWork() {
        assertThat(CliRun.of("--version").stdout()).startsWith("wasmhost ");
        var help = CliRun.of("help", "run");
        assertThat(help.status()).isZero();
        assertThat(help.stdout()).contains("--dir=HOST[::GUEST]").contains("--timeout=DURATION");
    }
}
