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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Export calls (canon lift) into p2-exports.wasm: records, enums, variants and strings, no imports. */
class ComponentExportsTest {
  private static final String SHAPES = "wasmhost:test/shapes@0.1.0#";
  private static ComponentInstance shapes;

  @BeforeAll
  static void instantiate() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("../../conformance/components/wasm/p2-exports.wasm"));
    var engine = new ComponentEngine(new EndiveEngine(EngineKind.INTERPRETER, null));
    shapes = new Linker().instantiate(engine, bytes);
  }

  private static Value point(int x, int y) {
    return new Value.RecordValue(List.of(new Value.IntValue(Type.Primitive.S32, x),
        new Value.IntValue(Type.Primitive.S32, y)));
  }

  private static long area(Value shape) {
    Optional<Value> r = shapes.call(SHAPES + "area", List.of(shape));
    return ((Value.IntValue) r.orElseThrow()).value();
  }

  @Test
  void areaOfEachVariantCase() {
    assertThat(area(new Value.VariantValue(1, Optional.of(point(3, 4))))).isEqualTo(12);
    assertThat(area(new Value.VariantValue(0, Optional.of(new Value.IntValue(Type.Primitive.U32, 2)))))
        .isEqualTo(12);
    assertThat(area(new Value.VariantValue(2, Optional.empty()))).isZero();
  }

  @Test
  void mirrorReturnsARecord() {
    assertThat(shapes.call(SHAPES + "mirror", List.of(point(5, -7)))).contains(point(-5, 7));
  }

  @Test
  void flipMapsEnumCases() {
    assertThat(shapes.call(SHAPES + "flip", List.of(new Value.EnumValue(0)))).contains(new Value.EnumValue(2));
    assertThat(shapes.call(SHAPES + "flip", List.of(new Value.EnumValue(1)))).contains(new Value.EnumValue(1));
  }

  @Test
  void describeReturnsAStringFromGuestMemory() {
    var r = shapes.call("wasmhost:test/shapes#describe",
        List.of(new Value.EnumValue(2), new Value.IntValue(Type.Primitive.U32, 42)));
    assertThat(r).contains(new Value.StringValue("blue x42"));
  }

  @Test
  void stringArgumentsAreLoweredThroughTheGuestsRealloc() {
    var p = shapes.call(SHAPES + "parse-point", List.of(new Value.StringValue("-3,42")));
    assertThat(p).contains(new Value.RecordValue(List.of(
        new Value.IntValue(Type.Primitive.S32, -3), new Value.IntValue(Type.Primitive.S32, 42))));
  }

  @Test
  void exportedFunctionsAreListedWithTheirTypes() {
    assertThat(shapes.functions()).containsExactlyInAnyOrder(SHAPES + "area", SHAPES + "mirror", SHAPES + "flip",
        SHAPES + "describe", SHAPES + "parse-point");
    assertThat(shapes.type(SHAPES + "flip").result())
        .contains(new Type.EnumType(List.of("red", "green", "blue")));
  }

  @Test
  void unknownExportIsReportedWithWhatExists() {
    assertThatThrownBy(() -> shapes.call(SHAPES + "perimeter", List.of()))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("no function " + SHAPES + "perimeter")
        .hasMessageContaining(SHAPES + "area");
  }
}
