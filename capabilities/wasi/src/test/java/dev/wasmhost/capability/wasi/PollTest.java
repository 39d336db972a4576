package dev.wasmhost.capability.wasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PollTest {
    @Test
    void pollOneoffFiresRelativeAndAbsoluteClocks() {
        Map<String, String> v = Probe.run(null, "poll").values();
        assertThat(v).containsEntry("poll_clock", "0").containsEntry("poll_clock_events", "1");
        assertThat(v).containsEntry("poll_clock_userdata", "42").containsEntry("poll_clock_type", "0");
        assertThat(v).containsEntry("poll_clock_error", "0");
        assertThat(v).containsEntry("poll_abstime", "0").containsEntry("poll_abstime_userdata", "42");
    }

    @Test
    void pollOneoffReturnsAReadyStdoutWithoutWaitingForALongClock() {
        Map<String, String> v = Probe.run(null, "poll").values();
        assertThat(v).containsEntry("poll_stdout", "0").containsEntry("poll_stdout_events", "1");
        assertThat(v).containsEntry("poll_stdout_userdata", "7").containsEntry("poll_stdout_type", "2");
    }

    @Test
    void pollOneoffFailsWithBadfForAnUnknownDescriptorAndRejectsNoSubscriptions() {
        Map<String, String> v = Probe.run(null, "poll").values();
        assertThat(v).containsEntry("poll_badfd", "8");
        assertThat(v).containsEntry("poll_none", "28");
    }

    @Test
    void pollOneoffOnStdinWaitsForBytesAndReportsHangupAtEndOfStream() {
        // one byte at a time, so the stream is readable but not yet ended when poll runs first
        InputStream stdin = new InputStream() {
            private final byte[] data = "hi".getBytes(StandardCharsets.UTF_8);
            private int at;

            @Override
            public int read() {
                return at < data.length ? data[at++] : -1;
            }

            @Override
            public int available() {
                return data.length - at;
            }
        };
        var result = Probe.run(WasiConfig.builder(), null, stdin, "poll_stdin");
        Map<String, String> v = result.values();
        assertThat(v).containsEntry("poll", "0").containsEntry("events", "1").containsEntry("userdata", "5");
        assertThat(v).containsEntry("type", "1").containsEntry("nbytes_positive", "1").containsEntry("hangup", "0");
        assertThat(v).containsEntry("data", "hi");
        assertThat(v).containsEntry("poll_at_end", "0").containsEntry("hangup_at_end", "1");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang guard only: the clock in the guest is an hour
    void pollOneoffReportsAnEndedStdinBeforeALongClock() {
        var v = Probe.run(WasiConfig.builder(), null, InputStream.nullInputStream(), "poll_stdin_clock").values();
        assertThat(v).containsEntry("poll", "0").containsEntry("events", "1");
        assertThat(v).containsEntry("userdata", "5").containsEntry("hangup", "1");
    }
}
