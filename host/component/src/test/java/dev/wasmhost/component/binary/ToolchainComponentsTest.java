package dev.wasmhost.component.binary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Components built by jco (conformance/components/build.sh) decode, validate and re-encode byte for byte. */
class ToolchainComponentsTest {
  private static List<String> names(List<ExternName> names) {
    return names.stream().map(ExternName::name).toList();
  }

  @Test
  void commandComponentImportsWasiCliAndExportsRun() {
    Component c = ComponentDecoder.decode(Fixtures.built("hello-command.wasm"));
    List<String> imports = names(c.imports().stream().map(Section.Import::name).toList());
    List<String> exports = names(c.exports().stream().map(Section.Export::name).toList());
    assertThat(imports).anyMatch(n -> n.matches("wasi:cli/environment@0\\.2\\.\\d+"));
    assertThat(exports).singleElement().satisfies(n -> assertThat(n).matches("wasi:cli/run@0\\.2\\.\\d+"));
    assertThat(c.imports()).allSatisfy(i -> assertThat(i.type()).isInstanceOf(ExternType.Instance.class));
    assertThat(c.indexSpaces().size(Sort.CORE_MODULE)).isGreaterThanOrEqualTo(2); // app + adapter (+ shims)
  }

  @Test
  void commandComponentReencodesToIdenticalBytes() {
    byte[] bytes = Fixtures.built("hello-command.wasm");
    Component c = ComponentDecoder.decode(bytes);
    assertThat(ComponentEncoder.encode(c)).isEqualTo(bytes);
    assertThat(ComponentDecoder.decode(ComponentEncoder.encode(c))).isEqualTo(c);
  }

  @Test
  void javascriptComponentExportsItsWorld() {
    Component c = ComponentDecoder.decode(Fixtures.built("js-shapes.wasm"));
    List<String> exports = names(c.exports().stream().map(Section.Export::name).toList());
    assertThat(exports).contains("wasmhost:conformance/shapes@0.1.0", "greet");
    Section.Export shapes = c.exports().stream()
        .filter(e -> e.name().name().equals("wasmhost:conformance/shapes@0.1.0")).findFirst().orElseThrow();
    assertThat(shapes.sort()).isEqualTo(Sort.INSTANCE);
    assertThat(shapes.name().version()).contains("0.1.0");
    assertThat(c.imports()).isNotEmpty()
        .allSatisfy(i -> assertThat(i.name().name()).startsWith("wasi:"));
    assertThat(c.imports()).extracting(i -> i.name().withoutVersion()).contains("wasi:cli/stdout", "wasi:random/random");
    // componentize wraps its engine into a nested component, instantiated once.
    assertThat(c.indexSpaces().size(Sort.COMPONENT)).isEqualTo(1);
  }

  @Test
  void javascriptComponentReencodesToIdenticalBytes() {
    byte[] bytes = Fixtures.built("js-shapes.wasm");
    Component c = ComponentDecoder.decode(bytes);
    assertThat(ComponentEncoder.encode(c)).isEqualTo(bytes);
  }

  @Test
  void reportsDecodeTimeOfTheJavascriptComponent() {
    byte[] bytes = Fixtures.built("js-shapes.wasm");
    long cold = System.nanoTime();
    ComponentDecoder.decode(bytes); // also the warm-up
    cold = System.nanoTime() - cold;
    int runs = 5;
    long best = Long.MAX_VALUE;
    Component c = null;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      c = ComponentDecoder.decode(bytes);
      best = Math.min(best, System.nanoTime() - t0);
    }
    System.out.printf("decode+validate of js-shapes.wasm (%d bytes): first %.1f ms, best of %d warm runs %.2f ms%n",
        bytes.length, cold / 1e6, runs, best / 1e6);
    assertThat(c.exports()).isNotEmpty();
  }
}
