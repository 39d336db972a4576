package dev.wasmhost.capability.wasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WasiConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsGrantNothing() {
        WasiConfig config = WasiConfig.builder().build();
        assertThat(config.args()).isEmpty();
        assertThat(config.env()).isEmpty();
        assertThat(config.preopens()).isEmpty();
    }

    @Test
    void environmentNameWithEqualsSignIsRejectedWithAMessage() {
        assertThatThrownBy(() -> WasiConfig.builder().env(Map.of("A=B", "c")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A=B");
    }

    @Test
    void missingPreopenDirectoryIsRejectedWithAMessage() {
        Path missing = dir.resolve("missing");
        var config = WasiConfig.builder().preopen(missing, "/data").build();
        assertThatThrownBy(() -> WasiP1.create(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void configIsACopyThatLaterBuilderCallsDoNotChange() {
        var builder = WasiConfig.builder().args(List.of("a")).preopen(dir, "/d");
        WasiConfig first = builder.build();
        builder.args(List.of("b")).preopen(dir, "/e");
        assertThat(first.args()).containsExactly("a");
        assertThat(first.preopens()).hasSize(1);
    }
}
