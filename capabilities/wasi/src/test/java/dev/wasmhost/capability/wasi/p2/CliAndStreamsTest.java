package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.capability.wasi.WasiConfig;
import static dev.wasmhost.capability.wasi.p2.Guest.borrow;
import static dev.wasmhost.capability.wasi.p2.Guest.bytes;
import static dev.wasmhost.capability.wasi.p2.Guest.err;
import static dev.wasmhost.capability.wasi.p2.Guest.ok;
import static dev.wasmhost.capability.wasi.p2.Guest.toBytes;
import static dev.wasmhost.capability.wasi.p2.Guest.toLong;
import static dev.wasmhost.capability.wasi.p2.Guest.u64;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.abi.Value;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CliAndStreamsTest {
    private static final String STREAMS = "wasi:io/streams";

    @Test
    void stdoutWritesArriveBeforeTheCallReturns() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Guest g = new Guest(WasiConfig.builder().stdout(out).build());
        Value stdout = g.get("wasi:cli/stdout", "get-stdout");

        ok(g.get(STREAMS, "[method]output-stream.blocking-write-and-flush", borrow(stdout), bytes("hello ".getBytes(UTF_8))));
        assertThat(out.toString(UTF_8)).isEqualTo("hello ");
        ok(g.get(STREAMS, "[method]output-stream.write", borrow(stdout), bytes("world".getBytes(UTF_8))));
        assertThat(out.toString(UTF_8)).isEqualTo("hello world");
        ok(g.get(STREAMS, "[method]output-stream.blocking-write-zeroes-and-flush", borrow(stdout), u64(2)));
        assertThat(out.toByteArray()).endsWith(0, 0);
    }

    @Test
    void stderrIsSeparateFromStdout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Guest g = new Guest(WasiConfig.builder().stdout(out).stderr(err).build());
        Value stderr = g.get("wasi:cli/stderr", "get-stderr");
        ok(g.get(STREAMS, "[method]output-stream.blocking-write-and-flush", borrow(stderr), bytes("oops".getBytes(UTF_8))));
        assertThat(err.toString(UTF_8)).isEqualTo("oops");
        assertThat(out.size()).isZero();
    }

    @Test
    void checkWriteGrantsABudgetAndFlushSucceeds() {
        Guest g = new Guest(WasiConfig.builder().build());
        Value stdout = g.get("wasi:cli/stdout", "get-stdout");
        assertThat(toLong(ok(g.get(STREAMS, "[method]output-stream.check-write", borrow(stdout))))).isPositive();
        ok(g.get(STREAMS, "[method]output-stream.flush", borrow(stdout)));
        ok(g.get(STREAMS, "[method]output-stream.blocking-flush", borrow(stdout)));
    }

    @Test
    void failingOutputReportsLastOperationFailedThenClosed() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk on fire");
            }
        };
        Guest g = new Guest(WasiConfig.builder().stdout(broken).build());
        Value stdout = g.get("wasi:cli/stdout", "get-stdout");

        Value.VariantValue first = (Value.VariantValue) err(
                g.get(STREAMS, "[method]output-stream.blocking-write-and-flush", borrow(stdout), bytes(new byte[] {1})));
        assertThat(first.caseIndex()).as("last-operation-failed").isZero();
        Value error = first.payload().orElseThrow();
        Value text = g.get("wasi:io/error", "[method]error.to-debug-string", borrow(error));
        assertThat(((Value.StringValue) text).value()).contains("disk on fire");
        assertThat(g.get("wasi:filesystem/types", "filesystem-error-code", borrow(error)))
                .isEqualTo(new Value.OptionValue(Optional.empty()));

        Value.VariantValue second = (Value.VariantValue) err(
                g.get(STREAMS, "[method]output-stream.write", borrow(stdout), bytes(new byte[] {1})));
        assertThat(second).isEqualTo(new Value.VariantValue(1, Optional.empty()));
        assertThat(((Value.VariantValue) err(g.get(STREAMS, "[method]output-stream.check-write", borrow(stdout)))).caseIndex())
                .isEqualTo(1);
    }

    @Test
    void stdinReadsTheConfiguredBytesThenReportsClosed() {
        Guest g = new Guest(WasiConfig.builder().stdin(new ByteArrayInputStream("abcdef".getBytes(UTF_8))).build());
        Value stdin = g.get("wasi:cli/stdin", "get-stdin");

        assertThat(toBytes(ok(g.get(STREAMS, "[method]input-stream.blocking-read", borrow(stdin), u64(4)))))
                .isEqualTo("abcd".getBytes(UTF_8));
        assertThat(toLong(ok(g.get(STREAMS, "[method]input-stream.skip", borrow(stdin), u64(1))))).isEqualTo(1);
        assertThat(toBytes(ok(g.get(STREAMS, "[method]input-stream.read", borrow(stdin), u64(10)))))
                .isEqualTo("f".getBytes(UTF_8));
        assertThat(err(g.get(STREAMS, "[method]input-stream.read", borrow(stdin), u64(10))))
                .isEqualTo(new Value.VariantValue(1, Optional.empty()));
    }

    @Test
    void spliceMovesStdinToStdout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Guest g = new Guest(WasiConfig.builder()
                .stdin(new ByteArrayInputStream("piped".getBytes(UTF_8))).stdout(out).build());
        Value stdin = g.get("wasi:cli/stdin", "get-stdin");
        Value stdout = g.get("wasi:cli/stdout", "get-stdout");
        long moved = toLong(ok(g.get(STREAMS, "[method]output-stream.blocking-splice", borrow(stdout), borrow(stdin), u64(100))));
        assertThat(moved).isEqualTo(5);
        assertThat(out.toString(UTF_8)).isEqualTo("piped");
        assertThat(err(g.get(STREAMS, "[method]output-stream.splice", borrow(stdout), borrow(stdin), u64(100))))
                .isEqualTo(new Value.VariantValue(1, Optional.empty()));
    }

    @Test
    void droppedStreamIsAnErrorNotAnotherObject() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Guest g = new Guest(WasiConfig.builder().stdout(out).build());
        Value stdout = g.get("wasi:cli/stdout", "get-stdout");
        g.wasi.drop(Guest.typeOf(stdout), Guest.rep(stdout));

        Value.VariantValue e = (Value.VariantValue) err(
                g.get(STREAMS, "[method]output-stream.write", borrow(stdout), bytes(new byte[] {'x'})));
        assertThat(e.caseIndex()).isZero();
        assertThat(out.size()).isZero();
        assertThatThrownBy(() -> g.wasi.drop(Guest.typeOf(stdout), Guest.rep(stdout)))
                .isInstanceOf(AbiTrap.class).hasMessageContaining("output-stream");
    }

    @Test
    void environmentAndArgumentsAreTheConfiguredOnes() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", "/home/guest");
        env.put("LANG", "C");
        Guest g = new Guest(WasiConfig.builder().args(List.of("prog", "a b", "c")).env(env).build());

        assertThat(g.get("wasi:cli/environment", "get-arguments")).isEqualTo(new Value.ListValue(
                List.of(Guest.str("prog"), Guest.str("a b"), Guest.str("c"))));
        assertThat(g.get("wasi:cli/environment", "get-environment")).isEqualTo(new Value.ListValue(List.of(
                new Value.TupleValue(List.of(Guest.str("HOME"), Guest.str("/home/guest"))),
                new Value.TupleValue(List.of(Guest.str("LANG"), Guest.str("C"))))));
        assertThat(g.get("wasi:cli/environment", "initial-cwd")).isEqualTo(new Value.OptionValue(Optional.empty()));
    }

    @Test
    void terminalsAreAbsent() {
        Guest g = new Guest(WasiConfig.builder().build());
        Value none = new Value.OptionValue(Optional.empty());
        assertThat(g.get("wasi:cli/terminal-stdin", "get-terminal-stdin")).isEqualTo(none);
        assertThat(g.get("wasi:cli/terminal-stdout", "get-terminal-stdout")).isEqualTo(none);
        assertThat(g.get("wasi:cli/terminal-stderr", "get-terminal-stderr")).isEqualTo(none);
    }

    @Test
    void exitThrowsWasiExitWithZeroForOkAndOneForErr() {
        Guest g = new Guest(WasiConfig.builder().build());
        assertThatThrownBy(() -> g.call("wasi:cli/exit", "exit", new Value.ResultValue(true, Optional.empty())))
                .isInstanceOfSatisfying(WasiExit.class, e -> assertThat(e.status()).isZero());
        assertThatThrownBy(() -> g.call("wasi:cli/exit", "exit", new Value.ResultValue(false, Optional.empty())))
                .isInstanceOfSatisfying(WasiExit.class, e -> assertThat(e.status()).isEqualTo(1));
    }

    @Test
    void invalidEnvironmentNameIsRefusedAtBuild() {
        assertThatThrownBy(() -> WasiConfig.builder().env(Map.of("A=B", "x")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A=B");
    }
}
