package dev.wasmhost.component.binary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoundTripTest {
  @Test
  void modelBuiltComponentSurvivesEncodeDecode() {
    Component built = Fixtures.rich();
    byte[] bytes = ComponentEncoder.encode(built);
    Component decoded = ComponentDecoder.decode(bytes);
    assertThat(decoded).isEqualTo(built);
    assertThat(ComponentEncoder.encode(decoded)).isEqualTo(bytes);
  }

  @Test
  void indexSpacesFollowDefinitionOrder() {
    IndexSpaces spaces = ComponentDecoder.decode(ComponentEncoder.encode(Fixtures.rich())).indexSpaces();
    assertThat(spaces.size(Sort.CORE_TYPE)).isEqualTo(3);
    assertThat(spaces.size(Sort.CORE_MODULE)).isEqualTo(2); // the module and its export
    assertThat(spaces.size(Sort.CORE_INSTANCE)).isEqualTo(2);
    assertThat(spaces.size(Sort.TYPE)).isEqualTo(21);
    assertThat(spaces.size(Sort.INSTANCE)).isEqualTo(4); // import, instantiate, inline, export
    assertThat(spaces.size(Sort.COMPONENT)).isEqualTo(2);
    // func: alias, lift, alias, export
    assertThat(spaces.size(Sort.FUNC)).isEqualTo(4);
    assertThat(spaces.get(Sort.FUNC, 1)).isInstanceOf(Canon.Lift.class);
    assertThat(spaces.get(Sort.TYPE, 20)).isEqualTo(new Alias.InstanceExport(Sort.TYPE, 0, "res"));
    // core funcs: alias "run", lower, 3 resource ops, resource.drop of the import, 5 builtins
    assertThat(spaces.size(Sort.CORE_FUNC)).isEqualTo(11);
  }

  @Test
  void nameSectionDecodesToNamesPerSort() {
    Component c = ComponentDecoder.decode(ComponentEncoder.encode(Fixtures.rich()));
    ComponentNames names = c.names().orElseThrow();
    assertThat(names.componentName()).contains("fixture");
    assertThat(names.nameOf(Sort.FUNC, 1)).contains("run");
    assertThat(names.nameOf(Sort.TYPE, 1)).isEmpty();
  }

  @Test
  void exportNamesCarryTheirVersionAndSuffix() {
    Component c = ComponentDecoder.decode(ComponentEncoder.encode(Fixtures.rich()));
    ExternName api = c.exports().get(1).name();
    assertThat(api.withoutVersion()).isEqualTo("wasmhost:test/api");
    assertThat(api.version()).contains("0.1.0-rc.1");
    assertThat(c.imports().get(0).name().version()).contains("0.2.3");
  }
}
