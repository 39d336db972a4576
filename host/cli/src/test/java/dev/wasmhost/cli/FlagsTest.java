package dev.wasmhost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FlagsTest {
    @Test
    void sizesUseBinaryUnits() {
        assertThat(Flags.size("65536")).isEqualTo(65536);
        assertThat(Flags.size("64KiB")).isEqualTo(64 * 1024);
        assertThat(Flags.size("16MiB")).isEqualTo(16L << 20);
        assertThat(Flags.size("1G")).isEqualTo(1L << 30);
        assertThat(Flags.size("2gb")).isEqualTo(2L << 30);
        assertThatThrownBy(() -> Flags.size("-1")).hasMessageStartingWith("invalid size '-1'");
    }

    @Test
    void durationsDefaultToSeconds() {
        assertThat(Flags.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Flags.duration("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Flags.duration("2")).isEqualTo(Duration.ofSeconds(2));
        assertThat(Flags.duration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> Flags.duration("0")).hasMessageContaining("must be positive");
    }

    @Test
    void dirGrantsSplitOnDoubleColon() {
        assertThat(Flags.DirGrant.parse("/tmp/x::/data")).isEqualTo(new Flags.DirGrant("/tmp/x", "/data"));
        assertThat(Flags.DirGrant.parse("rel")).isEqualTo(new Flags.DirGrant("rel", "rel"));
        assertThatThrownBy(() -> Flags.DirGrant.parse("::/data")).hasMessageStartingWith("invalid --dir");
    }
}
