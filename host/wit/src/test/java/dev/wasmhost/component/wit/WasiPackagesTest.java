package dev.wasmhost.component.wit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WasiPackagesTest {
  private static final Path WIT = Path.of("../../wit");

  @Test
  void repositoryWitFolderResolvesWithAllWasiPackages() {
    Resolution wit = WitResolver.resolveDirectory(WIT);

    assertThat(wit.root().name().toString()).isEqualTo("wasmhost:host@0.1.0");
    assertThat(wit.packages()).extracting(p -> p.name().toString()).contains(
        "wasi:io@0.2.0", "wasi:clocks@0.2.0", "wasi:random@0.2.0", "wasi:filesystem@0.2.0",
        "wasi:cli@0.2.0", "wasmhost:host@0.1.0");
  }

  @Test
  void dependenciesComeBeforeThePackagesThatUseThem() {
    Resolution wit = WitResolver.resolveDirectory(WIT);
    var names = wit.packages().stream().map(p -> p.name().toString()).toList();

    assertThat(names.indexOf("wasi:io@0.2.0")).isLessThan(names.indexOf("wasi:clocks@0.2.0"));
    assertThat(names.indexOf("wasi:clocks@0.2.0"))
        .isLessThan(names.indexOf("wasi:filesystem@0.2.0"));
    assertThat(names.indexOf("wasi:filesystem@0.2.0"))
        .isLessThan(names.indexOf("wasi:cli@0.2.0"));
    assertThat(names.get(names.size() - 1)).isEqualTo("wasmhost:host@0.1.0");
  }

  @Test
  void filesystemDescriptorUsesTheStreamTypesOfWasiIo() {
    Resolution wit = WitResolver.resolveDirectory(WIT);
    Interface types = wit.find("wasi:filesystem@0.2.0").interfaces().get("types");
    Interface streams = wit.find("wasi:io@0.2.0").interfaces().get("streams");

    Function read = types.functions().get("[method]descriptor.read-via-stream");
    Type.ResultOf result = (Type.ResultOf) read.result();
    Type.Own own = (Type.Own) result.ok();
    assertThat(own.resource().unaliased()).isSameAs(streams.types().get("input-stream"));
    assertThat(types.types().get("descriptor-stat").kind())
        .isInstanceOfSatisfying(TypeDef.Record.class,
            r -> assertThat(r.fields().get(0).name()).isEqualTo("type"));
  }

  @Test
  void commandWorldImportsEveryWasiInterfaceAndExportsRun() {
    Resolution wit = WitResolver.resolveDirectory(WIT);
    World command = wit.root().worlds().get("command");

    assertThat(command.imports()).containsKeys("wasi:io/streams@0.2.0",
        "wasi:clocks/monotonic-clock@0.2.0", "wasi:random/random@0.2.0",
        "wasi:filesystem/preopens@0.2.0", "wasi:cli/environment@0.2.0",
        "wasi:cli/terminal-stderr@0.2.0");
    assertThat(command.exports()).containsOnlyKeys("wasi:cli/run@0.2.0");
  }

  @Test
  void printedWitFolderResolvesToAnEqualModel() throws Exception {
    Resolution wit = WitResolver.resolveDirectory(WIT);
    String text = WitPrinter.print(wit);

    Resolution again = WitResolver.resolveText("printed.wit", text);

    assertThat(again.packages()).containsExactlyInAnyOrderElementsOf(wit.packages());
    assertThat(again.root()).isEqualTo(wit.root());
    Path out = Path.of("target/wit-printed.wit");
    Files.writeString(out, text);
  }

  @Test
  void eachWasiPackagePrintsAndReparsesOnItsOwn() {
    Resolution wit = WitResolver.resolveDirectory(WIT);
    Package io = wit.find("wasi:io@0.2.0");

    Resolution again = WitResolver.resolveText("io.wit", WitPrinter.print(io));

    assertThat(again.root()).isEqualTo(io);
  }
}
