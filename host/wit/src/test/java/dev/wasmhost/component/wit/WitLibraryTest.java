package dev.wasmhost.component.wit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WitLibraryTest {
  @Test
  void bundledWitIsTheRepositoryWitFolder() {
    String bundled = WitPrinter.print(WitLibrary.host());
    String folder = WitPrinter.print(WitResolver.resolveDirectory(Path.of("../../wit")));
    assertThat(bundled).isEqualTo(folder);
  }

  @Test
  void commandWorldImportsTheWasiCliInterfacesAndExportsRun() {
    World command = WitLibrary.world("command");
    assertThat(command.imports()).containsKeys("wasi:cli/stdout@0.2.0", "wasi:io/streams@0.2.0",
        "wasi:filesystem/preopens@0.2.0");
    assertThat(command.exports()).containsOnlyKeys("wasi:cli/run@0.2.0");
  }

  @Test
  void unknownWorldsAreNamed() {
    assertThatThrownBy(() -> WitLibrary.world("server"))
        .isInstanceOf(WitException.class)
        .hasMessageStartingWith("wasmhost:host has no world 'server'; it has [command");
  }
}
