package dev.wasmhost.component.wit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitRobustnessTest {
  private static final String NOISE = "{}()<>,;:.=-@/*%_ \nafuncrecord0123";

  @Property(tries = 500)
  void damagedTextEitherResolvesOrFailsWithAPlacedWitException(@ForAll long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(RandomWit.generate(random));
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(3)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
        default -> text.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
      }
    }
    try {
      WitResolver.resolveText("damaged.wit", text.toString());
    } catch (WitException e) {
      assertThat(e.getMessage()).matches("damaged\\.wit:\\d+:\\d+: .+").doesNotContain("\n");
    }
  }

  @Test
  void parseFileChecksSyntaxAndReportsDeclaredPackages(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.wit");
    Files.writeString(file, "package a:b@1.0.0;\ninterface i { f: func(x: undefined-type); }\n"
        + "package c:d { }\n");

    WitSource source = WitParser.parseFile(file);

    assertThat(source.sourceName()).isEqualTo(file.toString());
    assertThat(source.declaredPackage()).isEqualTo(new PackageName("a", "b", "1.0.0"));
    assertThat(source.nestedPackages()).containsExactly(new PackageName("c", "d", null));
  }

  @Test
  void unreadableFileIsReportedWithItsPath(@TempDir Path dir) {
    Path missing = dir.resolve("missing.wit");

    assertThatThrownBy(() -> WitParser.parseFile(missing))
        .isInstanceOf(WitException.class)
        .hasMessageStartingWith(missing + ": cannot read WIT file (");
  }

  @Test
  void nonAsciiCharacterIsUnexpected() {
    assertThatThrownBy(() -> Wit.resolve("package a:b;\ninterface é {}"))
        .hasMessage("test.wit:2:11: unexpected character 'é'");
  }
}
