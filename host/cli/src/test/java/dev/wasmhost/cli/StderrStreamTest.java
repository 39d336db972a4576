package dev.wasmhost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StderrStreamTest {
    @Test
    void knowsWhetherTheLastLineWasEnded() throws IOException {
        var sink = new ByteArrayOutputStream();
        var err = new StderrStream(sink);
        assertThat(err.midLine()).isFalse();
        err.write("panicked at x".getBytes(StandardCharsets.UTF_8));
        assertThat(err.midLine()).isTrue();
        err.write('\n');
        assertThat(err.midLine()).isFalse();
        err.write("a\nb\n".getBytes(StandardCharsets.UTF_8), 0, 2);
        assertThat(err.midLine()).isFalse();
        err.write(new byte[0]);
        assertThat(err.midLine()).isFalse();
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("panicked at x\na\n");
    }
}
