package dev.wasmhost.cli;

import static dev.wasmhost.cli.CliRun.guest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.runtime.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @Test
    void argumentsAndGrantedEnvironmentReachTheGuest() {
        var run = CliRun.of("run", "--env", "GREETING=hi there", guest("traps.wasm"), "args", "-x", "--y");
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).isEqualTo(
                "argv[0]=traps.wasm\nargv[1]=args\nargv[2]=-x\nargv[3]=--y\nGREETING=hi there\n");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void hostEnvironmentDoesNotLeakUnlessGranted() {
        var run = CliRun.of("run", guest("traps.wasm"), "args");
        assertThat(run.stdout()).contains("GREETING=(unset)");
    }

    @Test
    void bareEnvNameCopiesTheHostValue() {
        String path = System.getenv("PATH");
        var run = CliRun.of("run", "--env", "PATH", guest("traps.wasm"), "args");
        assertThat(run.status()).isZero();
        var env = CliRun.of("run", "--env", "GREETING=x", "--argv0", "prog", guest("traps.wasm"), "args");
        assertThat(env.stdout()).startsWith("argv[0]=prog\n");
        assertThat(path).isNotNull();
    }

    @Test
    void shorthandWithoutRunWorksLikeWasmtime() {
        var run = CliRun.of(guest("traps.wasm"), "exit", "0");
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).isEqualTo("exiting with 0\n");
    }

    @Test
    void guestExitCodePassesThrough() {
        var run = CliRun.of("run", guest("traps.wasm"), "exit", "42");
        assertThat(run.status()).isEqualTo(42);
        assertThat(run.stdout()).isEqualTo("exiting with 42\n");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void divideByZeroIsATrapWithANamedBacktrace() {
        var run = CliRun.of("run", guest("traps.wasm"), "divide");
        assertThat(run.status()).isEqualTo(ExitCode.TRAP);
        assertThat(run.stderr()).startsWith("error: guest trapped: integer divide by zero\n");
        assertThat(run.stderr()).contains("#0 divide (func ");
        assertThat(run.stderr()).doesNotContain("at dev.wasmhost").doesNotContain("Exception");
    }

    @Test
    void abortIsAnUnreachableTrapAfterTheGuestsOwnOutput() {
        var run = CliRun.of("run", guest("traps.wasm"), "abort");
        assertThat(run.status()).isEqualTo(ExitCode.TRAP);
        assertThat(run.stderr()).startsWith("about to abort\nerror: guest trapped: unreachable instruction executed\n");
    }

    @Test
    void outOfBoundsAccessIsATrap() {
        var run = CliRun.of("run", guest("traps.wasm"), "oob");
        assertThat(run.status()).isEqualTo(ExitCode.TRAP);
        assertThat(run.stderr()).startsWith("error: guest trapped: out of bounds memory access");
    }

    @Test
    void runawayRecursionIsAStackOverflowTrapOnBothEngines() {
        for (String engine : new String[] {"compiler", "interpreter"}) {
            var run = CliRun.of("run", "--engine", engine, guest("traps.wasm"), "recurse");
            assertThat(run.status()).as(engine).isEqualTo(ExitCode.TRAP);
            assertThat(run.stderr()).as(engine).startsWith("error: guest trapped: call stack exhausted");
        }
    }

    @Test
    void timeoutStopsAnEndlessLoop() {
        var run = CliRun.of("run", "--timeout", "300ms", guest("traps.wasm"), "loop");
        assertThat(run.status()).isEqualTo(ExitCode.TIMEOUT);
        assertThat(run.stderr()).isEqualTo(
                "error: the guest ran longer than --timeout 300ms and was stopped:"
                        + " raise the timeout or look for a loop in the guest\n");
    }

    @Test
    void memoryLimitStopsGrowthAndIsReported() {
        var run = CliRun.of("run", "--max-memory", "8MiB", guest("traps.wasm"), "grow");
        assertThat(run.status()).isEqualTo(ExitCode.MEMORY_LIMIT);
        assertThat(run.stdout()).matches("allocated [0-7] MiB\n");
        assertThat(run.stderr()).contains("reaching the memory limit of 8388608 bytes").contains("raise --max-memory");
    }

    @Test
    void memoryLimitBelowTheInitialSizeFailsBeforeRunning() {
        var run = CliRun.of("run", "--max-memory", "64KiB", guest("traps.wasm"), "args");
        assertThat(run.status()).isEqualTo(ExitCode.MEMORY_LIMIT);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).startsWith("error: the module needs ").endsWith("raise --max-memory\n");
    }

    @Test
    void interpreterGivesTheSameOutput() {
        var run = CliRun.of("run", "--engine", "interpreter", "--env", "GREETING=x", guest("traps.wasm"), "args", "a");
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).isEqualTo("argv[0]=traps.wasm\nargv[1]=args\nargv[2]=a\nGREETING=x\n");
    }

    @Test
    void invokeCallsAnExportWithTypedArguments() {
        assertThat(CliRun.of("run", "--invoke", "add", guest("add.wasm"), "40", "2").stdout()).isEqualTo("42\n");
        assertThat(CliRun.of("run", "--invoke", "add(-1, 5)", guest("add.wasm")).stdout()).isEqualTo("4\n");
        assertThat(CliRun.of("run", "--invoke", "scale", guest("add.wasm"), "1.5", "3").stdout()).isEqualTo("4.5\n");
    }

    @Test
    void invokeWithWrongArgumentsIsAUsageError() {
        var run = CliRun.of("run", "--invoke", "add", guest("add.wasm"), "1");
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stderr()).isEqualTo("error: export 'add' takes 2 argument(s) [i32, i32], but 1 were given\n");
        var missing = CliRun.of("run", "--invoke", "nope", guest("add.wasm"));
        assertThat(missing.stderr()).isEqualTo("error: the module has no exported function 'nope'\n");
        var notNumber = CliRun.of("run", "--invoke", "add", guest("add.wasm"), "1", "two");
        assertThat(notNumber.stderr()).isEqualTo("error: argument 2 'two' is not a valid i32\n");
    }

    @Test
    void preopenedDirectoryIsVisibleUnderItsGuestName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("note.txt"), "hello");
        var run = CliRun.of("run", "--dir", dir + "::/data", guest("traps.wasm"), "args");
        assertThat(run.status()).isZero();
    }
}
