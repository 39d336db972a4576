package dev.wasmhost.capability.wasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class StreamsTest {
    @Test
    void stdinIsReadToEndOfStream() {
        byte[] input = new byte[300_000];
        Arrays.fill(input, (byte) 'x');
        input[input.length - 1] = 'y';
        var result = Probe.run(WasiConfig.builder(), null, new ByteArrayInputStream(input), "stdin");
        assertThat(result.stdout()).hasSize(input.length).endsWith("xy");
        assertThat(result.stderr()).contains("stdin_bytes=300000");
    }

    @Test
    void fiveMegabytesWrittenToStdoutArriveWhole() {
        var result = Probe.run(null, "big");
        assertThat(result.exitCode()).isZero();
        String out = result.stdout();
        assertThat(out).hasSize(5 * 1024 * 1024);
        assertThat(out).startsWith("abcdefghijklmnopqrstuvwxyzabc");
        assertThat(out.charAt(out.length() - 1)).isEqualTo((char) ('a' + (5 * 1024 * 1024 - 1) % 26));
    }

    @Test
    void stdoutReachesTheHostWhileTheGuestIsStillRunning() {
        // stdin only answers once "ready" has arrived on stdout: if output were held back until
        // the guest exits, the guest would wait for stdin forever.
        CountDownLatch seen = new CountDownLatch(1);
        ByteArrayOutputStream collected = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public synchronized void write(int b) {
                collected.write(b);
                check();
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                collected.write(b, off, len);
                check();
            }

            private void check() {
                if (collected.toString(StandardCharsets.UTF_8).contains("ready\n")) {
                    seen.countDown();
                }
            }
        };
        InputStream in = new InputStream() {
            private final byte[] reply = "go".getBytes(StandardCharsets.UTF_8);
            private int at;

            @Override
            public int read() throws IOException {
                try {
                    seen.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                return at < reply.length ? reply[at++] : -1;
            }
        };
        int code = Probe.run(WasiConfig.builder(), null, in, out, OutputStream.nullOutputStream(), "stream");
        assertThat(code).isZero();
        assertThat(collected.toString(StandardCharsets.UTF_8)).isEqualTo("ready\ngot=go\n");
    }
}
