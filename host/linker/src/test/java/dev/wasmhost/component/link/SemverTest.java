package dev.wasmhost.component.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SemverTest {
  private static boolean compatible(String wanted, String offered) {
    return Semver.compatible(Optional.ofNullable(wanted), Optional.ofNullable(offered));
  }

  @Test
  void zeroMajorVersionsMatchOnMinor() {
    assertThat(compatible("0.2.12", "0.2.0")).isTrue();
    assertThat(compatible("0.2.0", "0.2.3")).isTrue();
    assertThat(compatible("0.2.0", "0.3.0")).isFalse();
  }

  @Test
  void laterMajorVersionsMatchOnMajor() {
    assertThat(compatible("1.4.0", "1.0.2")).isTrue();
    assertThat(compatible("2.0.0", "1.9.9")).isFalse();
  }

  @Test
  void preReleasesAndUnversionedNamesMatchOnlyExactly() {
    assertThat(compatible("0.3.0-rc-2025-09-16", "0.3.0-rc-2025-09-16")).isTrue();
    assertThat(compatible("0.3.0-rc-2025-09-16", "0.3.0")).isFalse();
    assertThat(compatible(null, null)).isTrue();
    assertThat(compatible(null, "0.2.0")).isFalse();
    assertThat(compatible("0.2.0", null)).isFalse();
  }
}
