package dev.wasmhost.component.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.binary.Component;
import dev.wasmhost.component.binary.ComponentDecoder;
import dev.wasmhost.component.binary.Decl;
import dev.wasmhost.component.binary.DefType;
import dev.wasmhost.component.binary.ExternType;
import dev.wasmhost.component.binary.Sort;
import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * js-shapes.wasm: JavaScript (StarlingMonkey, about 12 MB) made a component by componentize-js. It imports
 * WASI 0.2.12 and wasi:http; this test serves the monotonic clock and random bytes, and links every other
 * import to a function that records the call (the calls below must not reach them). Interpreted, so that the
 * test does not spend minutes compiling; instantiation takes a while all the same.
 */
class JsShapesTest {
  private static final String SHAPES = "wasmhost:conformance/shapes@0.1.0#";
  private static final Set<String> unexpected = ConcurrentHashMap.newKeySet();
  private static ComponentInstance js;

  @BeforeAll
  static void instantiate() throws Exception {
    Component c = ComponentDecoder.decode(
        Files.readAllBytes(Path.of("../../conformance/components/wasm/js-shapes.wasm")));
    Linker linker = new Linker();
    for (var imp : c.imports()) {
      if (imp.type() instanceof ExternType.Instance i
          && c.indexSpaces().get(Sort.TYPE, i.type()) instanceof DefType.InstanceType type) {
        for (Decl d : type.decls()) {
          if (d instanceof Decl.ExportDecl e && e.type() instanceof ExternType.Func) {
            String qualified = imp.name().name() + "#" + e.name().name();
            linker.define(imp.name().name(), e.name().name(), (cx, a) -> {
              unexpected.add(qualified);
              throw new IllegalStateException("not served by this test: " + qualified);
            });
          }
        }
      }
    }
    long start = System.nanoTime();
    linker.define("wasi:clocks/monotonic-clock@0.2.12", "now",
        (cx, a) -> Optional.of(new Value.IntValue(Type.Primitive.U64, System.nanoTime() - start)));
    linker.define("wasi:random/random@0.2.12", "get-random-bytes", (cx, a) -> {
      List<Value> bytes = new ArrayList<>();
      for (long k = ((Value.IntValue) a.get(0)).value(); k > 0; k--) {
        bytes.add(new Value.IntValue(Type.Primitive.U8, (long) (Math.random() * 256)));
      }
      return Optional.of(new Value.ListValue(bytes));
    });
    js = linker.instantiate(new ComponentEngine(new EndiveEngine(EngineKind.INTERPRETER, null)), c);
  }

  private static Value rect(int x, int y) {
    return new Value.VariantValue(1, Optional.of(new Value.RecordValue(List.of(
        new Value.IntValue(Type.Primitive.S32, x), new Value.IntValue(Type.Primitive.S32, y)))));
  }

  @Test
  void greetReturnsAJavaScriptString() {
    assertThat(js.call("greet", List.of(new Value.StringValue("java")))).contains(new Value.StringValue("hello java"));
    assertThat(unexpected).isEmpty();
  }

  @Test
  void areaReturnsOkOrTheThrownStringAsErr() {
    assertThat(js.call(SHAPES + "area", List.of(rect(3, 4))))
        .contains(new Value.ResultValue(true, Optional.of(new Value.IntValue(Type.Primitive.U64, 12))));
    assertThat(js.call(SHAPES + "area", List.of(rect(-3, 4))))
        .contains(new Value.ResultValue(false, Optional.of(new Value.StringValue("negative area"))));
    assertThat(unexpected).isEmpty();
  }

  @Test
  void paintTakesFlagsAndReturnsAnOptionalList() {
    BitSet write = new BitSet();
    write.set(1);
    assertThat(js.call(SHAPES + "paint", List.of(new Value.EnumValue(1), new Value.FlagsValue(write))))
        .contains(new Value.OptionValue(Optional.of(new Value.ListValue(List.of(
            new Value.IntValue(Type.Primitive.U8, 2))))));
    assertThat(js.call(SHAPES + "paint", List.of(new Value.EnumValue(0), new Value.FlagsValue(new BitSet()))))
        .contains(new Value.OptionValue(Optional.empty()));
  }

  @Test
  void aCounterResourceKeepsStateAcrossMethodCalls() {
    var counter = (Value.HandleValue) js.call(SHAPES + "[constructor]counter",
        List.of(new Value.IntValue(Type.Primitive.U32, 41))).orElseThrow();
    var self = new Value.HandleValue(counter.type(), counter.rep(), false);
    assertThat(js.call(SHAPES + "[method]counter.incr", List.of(self)))
        .contains(new Value.IntValue(Type.Primitive.U32, 42));
    assertThat(js.call(SHAPES + "[method]counter.incr", List.of(self)))
        .contains(new Value.IntValue(Type.Primitive.U32, 43));
    js.dropResource(counter);
    assertThat(unexpected).isEmpty();
  }
}
