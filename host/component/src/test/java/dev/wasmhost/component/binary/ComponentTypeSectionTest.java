package dev.wasmhost.component.binary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentTypeSectionTest {
  @Test
  void embeddedWorldOfACoreModuleDecodesAsAComponent() {
    byte[] core = Fixtures.built("js-shapes-embedded.core.wasm");
    assertThat(WasmBinary.kind(core)).isEqualTo(WasmBinary.Kind.CORE_MODULE);
    List<Component> worlds = ComponentTypeSection.inCoreModule(core);
    assertThat(worlds).hasSize(1);
    Component world = worlds.get(0);
    // wit-component encodes the world as a type export: a component type wrapping the world's component type.
    assertThat(world.exports()).singleElement().satisfies(e -> {
      assertThat(e.name().name()).isEqualTo("js-shapes");
      assertThat(e.sort()).isEqualTo(Sort.TYPE);
    });
    var outer = (DefType.ComponentType) world.indexSpaces().get(Sort.TYPE, 0);
    var inner = (DefType.ComponentType) ((Decl.TypeDecl) outer.decls().get(0)).type();
    List<String> worldExports = inner.decls().stream()
        .filter(d -> d instanceof Decl.ExportDecl).map(d -> ((Decl.ExportDecl) d).name().name()).toList();
    assertThat(worldExports).containsExactlyInAnyOrder("greet", "wasmhost:conformance/shapes@0.1.0");
    assertThat(ComponentDecoder.decode(ComponentEncoder.encode(world))).isEqualTo(world);
  }
}
