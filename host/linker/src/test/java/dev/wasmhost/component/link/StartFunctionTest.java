package dev.wasmhost.component.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** start.wasm (src/test/resources/components): a component start function calling a world-level import. */
class StartFunctionTest {
  private static final ComponentEngine ENGINE = new ComponentEngine(new EndiveEngine(EngineKind.INTERPRETER, null));

  private static byte[] bytes() throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/components/start.wasm"));
  }

  @Test
  void theStartFunctionRunsOnceDuringInstantiation() throws Exception {
    AtomicInteger ticks = new AtomicInteger();
    Linker linker = new Linker().define("", "tick", (cx, a) -> {
      ticks.incrementAndGet();
      return Optional.of(new Value.IntValue(Type.Primitive.U32, 40));
    });
    ComponentInstance instance = linker.instantiate(ENGINE, bytes());
    assertThat(ticks).hasValue(1);
    assertThat(instance.call("count", List.of())).contains(new Value.IntValue(Type.Primitive.U32, 40));
  }

  @Test
  void aMissingWorldLevelImportIsNamed() {
    assertThatThrownBy(() -> new Linker().instantiate(ENGINE, bytes()))
        .isInstanceOf(LinkException.class)
        .hasMessage("component imports tick, which the host does not provide: the host defines no interfaces");
  }
}
