package dev.wasmhost.component.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.binary.Component;
import dev.wasmhost.component.binary.ComponentDecoder;
import dev.wasmhost.component.binary.CoreInstance;
import dev.wasmhost.component.binary.Section;
import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import dev.wasmhost.runtime.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Components broken on purpose (by editing a decoded real one): the error names the definition and the problem. */
class InstantiationErrorsTest {
  private static final ComponentEngine ENGINE = new ComponentEngine(new EndiveEngine(EngineKind.INTERPRETER, null));

  private static Component resources() throws Exception {
    return ComponentDecoder.decode(Files.readAllBytes(Path.of("src/test/resources/components/resources.wasm")));
  }

  /** {@code component} with every core instance passed through {@code edit}. */
  private static Component editCoreInstances(Component component, UnaryOperator<CoreInstance> edit) {
    List<Section> sections = new ArrayList<>();
    for (Section s : component.sections()) {
      if (s instanceof Section.CoreInstances ci) {
        sections.add(new Section.CoreInstances(ci.instances().stream().map(edit).toList()));
      } else {
        sections.add(s);
      }
    }
    return new Component(sections);
  }

  @Test
  void aMissingInstantiateArgumentNamesTheCoreInstanceAndTheImport() throws Exception {
    Component broken = editCoreInstances(resources(), i -> i instanceof CoreInstance.Instantiate inst
        ? new CoreInstance.Instantiate(inst.module(), inst.args().stream().filter(a -> !a.name().equals("d")).toList())
        : i);
    assertThatThrownBy(() -> new Linker().instantiate(ENGINE, broken))
        .isInstanceOf(LinkException.class)
        .hasMessage("component: core instance 2 (instantiating core module 1): import \"d\" \"destroyed\" is not"
            + " provided: no instance is passed as \"d\" (passed: res)");
  }

  @Test
  void anArgumentOfTheWrongKindIsNamed() throws Exception {
    // Pass the instance of resource built-ins as "d": its "destroyed" is missing.
    Component broken = editCoreInstances(resources(), i -> i instanceof CoreInstance.Instantiate inst
        && !inst.args().isEmpty()
        ? new CoreInstance.Instantiate(inst.module(), List.of(inst.args().get(0),
            new CoreInstance.Arg("d", inst.args().get(0).coreInstance())))
        : i);
    assertThatThrownBy(() -> new Linker().instantiate(ENGINE, broken))
        .isInstanceOf(LinkException.class)
        .hasMessage("component: core instance 2 (instantiating core module 1): import \"d\" \"destroyed\" is not"
            + " provided: the instance passed as \"d\" exports only new, rep, drop")
        .satisfies(e -> assertThat(((LinkException) e).exitCode()).isEqualTo(ExitCode.INVALID_MODULE));
  }

  @Test
  void anUnsupportedBuiltinIsReportedByName() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("../../conformance/components/wasm/p2-exports.wasm"));
    Component ok = ComponentDecoder.decode(bytes);
    List<Section> sections = new ArrayList<>(ok.sections());
    sections.add(new Section.Canons(List.of(new dev.wasmhost.component.binary.Canon.Builtin(
        dev.wasmhost.component.binary.CanonOp.BACKPRESSURE_INC, List.of(), java.util.Optional.empty(), List.of()))));
    assertThatThrownBy(() -> new Linker().instantiate(ENGINE, new Component(sections)))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("canon backpressure.inc")
        .hasMessageStartingWith("unsupported: component: core func");
  }
}
