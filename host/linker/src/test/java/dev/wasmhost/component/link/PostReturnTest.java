package dev.wasmhost.component.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** post-return.wasm (src/test/resources/components): post-return after exports with and without a result. */
class PostReturnTest {
  private static Value u32(long v) {
    return new Value.IntValue(Type.Primitive.U32, v);
  }

  @Test
  void anExportWithoutResultRunsItsPostReturnWithNoArguments() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/components/post-return.wasm"));
    ComponentInstance instance =
        new Linker().instantiate(new ComponentEngine(new EndiveEngine(EngineKind.INTERPRETER, null)), bytes);
    assertThat(instance.call("set", List.of(u32(7)))).isEmpty();
    assertThat(instance.call("get", List.of())).contains(u32(7));
    assertThat(instance.call("posts", List.of())).contains(u32(2));
  }
}
