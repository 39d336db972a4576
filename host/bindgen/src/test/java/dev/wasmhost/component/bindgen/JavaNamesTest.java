package dev.wasmhost.component.bindgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.wit.PackageName;
import org.junit.jupiter.api.Test;

class JavaNamesTest {
  private final JavaNames names = new JavaNames("dev.wasmhost.wit");

  @Test
  void interfacePackageDropsTheVersionAndTurnsHyphensIntoUnderscores() {
    assertThat(names.packageOf(new PackageName("wasi", "io", "0.2.0"), "streams"))
        .isEqualTo("dev.wasmhost.wit.wasi.io.streams");
    assertThat(names.packageOf(new PackageName("wasi", "clocks", "0.2.3"), "monotonic-clock"))
        .isEqualTo("dev.wasmhost.wit.wasi.clocks.monotonic_clock");
  }

  @Test
  void typesAreUpperCamelMembersLowerCamelAndCasesUpperSnake() {
    assertThat(JavaNames.type("descriptor-stat")).isEqualTo("DescriptorStat");
    assertThat(JavaNames.member("blocking-write-and-flush")).isEqualTo("blockingWriteAndFlush");
    assertThat(JavaNames.constant("would-block")).isEqualTo("WOULD_BLOCK");
  }

  @Test
  void javaKeywordsAndObjectMethodNamesGetATrailingUnderscore() {
    assertThat(JavaNames.member("short")).isEqualTo("short_");
    assertThat(JavaNames.member("to-string")).isEqualTo("toString_");
    assertThat(JavaNames.member("hash-code")).isEqualTo("hashCode_");
    assertThat(JavaNames.segment("import")).isEqualTo("import_");
    assertThat(JavaNames.constant("void")).isEqualTo("VOID");
  }

  @Test
  void namesStartingWithADigitArePrefixed() {
    assertThat(JavaNames.segment("2d")).isEqualTo("_2d");
  }
}
