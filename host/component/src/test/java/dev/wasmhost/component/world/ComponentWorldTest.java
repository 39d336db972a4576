package dev.wasmhost.component.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.binary.ComponentDecoder;
import dev.wasmhost.component.wit.Interface;
import dev.wasmhost.component.wit.Resolution;
import dev.wasmhost.component.wit.WitPrinter;
import dev.wasmhost.component.wit.WitResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ComponentWorldTest {
  private static final Path BUILT = Path.of("../../conformance/components/wasm");
  private static final Path SOURCES = Path.of("../../conformance/components/src");

  private static ComponentWorld world(String file) throws IOException {
    return ComponentWorld.of(ComponentDecoder.decode(Files.readAllBytes(BUILT.resolve(file))));
  }

  @Test
  void helloCommandImportsTheWasiInterfacesTheAdapterUsesAndExportsRun() throws IOException {
    ComponentWorld w = world("hello-command.wasm");
    assertThat(w.imports()).containsExactly(
        "wasi:cli/environment@0.2.12", "wasi:cli/exit@0.2.12", "wasi:io/error@0.2.12", "wasi:io/streams@0.2.12",
        "wasi:cli/stdin@0.2.12", "wasi:cli/stdout@0.2.12", "wasi:cli/stderr@0.2.12",
        "wasi:clocks/wall-clock@0.2.12", "wasi:filesystem/types@0.2.12", "wasi:filesystem/preopens@0.2.12");
    assertThat(w.exports()).containsExactly("wasi:cli/run@0.2.12");
  }

  @Test
  void printedWorldIsWitThatResolvesAndPrintsTheSameAgain() throws IOException {
    for (String file : new String[] {"hello-command.wasm", "js-shapes.wasm"}) {
      String text = world(file).toWit();
      Resolution once = WitResolver.resolveText(file + ".wit", text);
      String printed = WitPrinter.print(once);
      Resolution twice = WitResolver.resolveText(file + ".reprinted.wit", printed);
      assertThat(WitPrinter.print(twice)).as(file).isEqualTo(printed);
      assertThat(once.root().worlds().get("root").imports().keySet())
          .as(file).containsExactlyElementsOf(world(file).imports());
    }
  }

  @Test
  void keywordNamesAreEscapedAndTypesAreUsedFromTheirOwnInterface() throws IOException {
    String text = world("hello-command.wasm").toWit();
    assertThat(text).contains("%type: descriptor-type,");
    assertThat(text).contains("use wasi:io/error@0.2.12.{error};");
    assertThat(text).contains("exit: func(status: result);");
  }

  @Test
  void exportedInterfaceEqualsTheWitTheComponentWasBuiltFrom() throws IOException {
    Resolution fromBinary = WitResolver.resolveText("js-shapes.wit", world("js-shapes.wasm").toWit());
    Resolution fromSource = WitResolver.resolveDirectory(SOURCES.resolve("js-shapes/wit"));
    String pkg = "wasmhost:conformance@0.1.0";
    Interface built = fromBinary.find(pkg).interfaces().get("shapes");
    Interface source = fromSource.find(pkg).interfaces().get("shapes");
    assertThat(built).isNotNull();
    assertThat(built).isEqualTo(source);
  }
}
