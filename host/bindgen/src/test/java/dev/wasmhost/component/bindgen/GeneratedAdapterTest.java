package dev.wasmhost.component.bindgen;

import static dev.wasmhost.component.bindgen.runtime.Values.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.bindgen.runtime.Resources;
import dev.wasmhost.component.bindgen.runtime.Tuple;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Color;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Permissions;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Point;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Scalars;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Shape;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.ShapesAdapter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Calls the adapter generated (at build time, by the exec plugin) from src/test/wit with
 * canonical-ABI values, as the linker would, and checks the typed host call and the values back.
 */
class GeneratedAdapterTest {
  private final RecordingShapes host = new RecordingShapes();
  private final Map<String, Function<List<Value>, Optional<Value>>> functions =
      ShapesAdapter.functions(host, new Resources());

  private Optional<Value> call(String name, Value... args) {
    return functions.get(name).apply(List.of(args));
  }

  private static Value some(Value v) {
    return option(Optional.of(v), x -> x);
  }

  private static Value none() {
    return option(Optional.<Value>empty(), x -> x);
  }

  private static Value point(int x, int y) {
    return record(s32(x), s32(y));
  }

  @Test
  void recordArgumentIsLiftedAndRecordResultLowered() {
    assertThat(call("translate", point(1, 2), s32(10), s32(-20))).contains(point(11, -18));
    assertThat(host.received).containsExactly(new Point(1, 2));
  }

  @Test
  void everyScalarKeepsItsBitsIncludingUnsignedAndNonBmpChars() {
    Value scalars = record(bool(true), s8((byte) -128), u8((byte) 200), s16((short) -32768),
        u16((short) 65535), s32(Integer.MIN_VALUE), u32((int) 4_000_000_000L), s64(Long.MIN_VALUE),
        u64(-1L), f32(-0.0f), f64(Double.NaN), chr(0x1F600), bytes(new byte[] {0, (byte) 255}));
    assertThat(call("describe", scalars)).contains(string(
        "true -128 200 -32768 65535 -2147483648 4000000000 -9223372036854775808"
            + " 18446744073709551615 -0.0 NaN \uD83D\uDE00 [0, -1]"));
    Scalars got = (Scalars) host.received.get(0);
    assertThat(got.smallUnsigned()).isEqualTo((byte) 200);
    assertThat(got.wordUnsigned()).isEqualTo((int) 4_000_000_000L);
    assertThat(got.letter()).isEqualTo(0x1F600);
    assertThat(got.bytes()).containsExactly(0, 255);
  }

  @Test
  void enumsTravelAsCaseIndexes() {
    assertThat(call("mix", enumCase(0), enumCase(2)))
        .contains(list(List.of(0, 2, 1), i -> enumCase(i)));
    assertThat(host.received).containsExactly(List.of(Color.RED, Color.BLUE));
  }

  @Test
  void flagsBecomeEnumSets() {
    Value read = flags(EnumSet.of(Permissions.READ), 3);
    Value execute = flags(EnumSet.of(Permissions.EXECUTE), 3);
    assertThat(call("grant", read, execute))
        .contains(flags(EnumSet.of(Permissions.READ, Permissions.EXECUTE), 3));
    assertThat(host.received).containsExactly(EnumSet.of(Permissions.READ));
  }

  @Test
  void variantCasesBecomeRecordsOfTheSealedInterface() {
    Value rectangle = variant(1, tuple(point(0, 0), point(2, 3)));
    assertThat(call("area", rectangle)).contains(f64(6.0));
    assertThat(call("area", variant(3, null))).contains(f64(-1.0));
    assertThat(host.received).containsExactly(
        new Shape.Rectangle(new Tuple.Of2<>(new Point(0, 0), new Point(2, 3))), new Shape.Shape_());
  }

  @Test
  void optionOfVariantComesBackLowered() {
    Value shapes = list(List.of(variant(0, f64(1.0)), variant(4, null)), v -> v);
    assertThat(call("largest", shapes)).contains(some(variant(0, f64(1.0))));
    assertThat(call("largest", list(List.<Value>of(), v -> v))).contains(none());
  }

  @Test
  void resultsCarryOkAndErrorPayloads() {
    assertThat(call("lookup", string("a"))).contains(result(
        dev.wasmhost.component.bindgen.runtime.Result.ok(point(3, -7)), v -> v, null));
    assertThat(call("lookup", string("nope"))).contains(result(
        dev.wasmhost.component.bindgen.runtime.Result.err(variant(0, string("nope"))), null, v -> v));
    assertThat(call("check", string("public"))).contains(result(
        dev.wasmhost.component.bindgen.runtime.Result.ok(), null, null));
    assertThat(call("check", string("secret-x"))).contains(result(
        dev.wasmhost.component.bindgen.runtime.Result.err(variant(1, null)), null, v -> v));
  }

  @Test
  void nestedOptionsKeepSomeNoneApartFromNone() {
    Value someNone = some(none());
    Value none = none();
    Value someSome = some(some(u32(41)));
    assertThat(call("maybe-maybe", someNone)).contains(someNone);
    assertThat(call("maybe-maybe", none)).contains(none);
    assertThat(call("maybe-maybe", someSome))
        .contains(some(some(u32(42))));
    assertThat(host.received).containsExactly(Optional.of(Optional.empty()), Optional.empty(),
        Optional.of(Optional.of(41)));
  }

  @Test
  void tuplesAndByteListsRoundTrip() {
    assertThat(call("swap", tuple(string("x"), u64(7)))).contains(tuple(u64(7), string("x")));
    assertThat(call("split", bytes(new byte[] {1, 2, 3}), u32(1)))
        .contains(tuple(bytes(new byte[] {1}), bytes(new byte[] {2, 3})));
  }

  @Test
  void nestedListsAndOptionalBytes() {
    Value in = list(List.of(List.of("h", "i"), List.<String>of()),
        l -> list(l, s -> string(s)));
    assertThat(call("nested", in)).contains(list(
        List.of(Optional.of(new byte[] {'h', 'i'}), Optional.<byte[]>empty()),
        o -> option(o, b -> bytes(b))));
    assertThat(host.received).containsExactly(List.of(List.of("h", "i"), List.of()));
  }

  @Test
  void functionWithoutResultReturnsNoValue() {
    assertThat(call("nothing")).isEmpty();
    assertThat(host.received).containsExactly("nothing");
  }

  @Test
  void wrongArgumentCountOrShapeIsAOneLineError() {
    assertThatThrownBy(() -> call("translate", point(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("translate takes 3 argument(s), got 1");
    assertThatThrownBy(() -> call("translate", string("p"), s32(1), s32(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a record value, got StringValue");
    assertThatThrownBy(() -> call("area", variant(9, null)))
        .hasMessage("variant case 9 is out of range (the variant has 5 cases)");
    assertThat(host.received).isEmpty();
  }
}
