package dev.wasmhost.component.bindgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.abi.CallContext;
import dev.wasmhost.component.abi.CanonicalAbi;
import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.GuestMemory;
import dev.wasmhost.component.abi.HandleTable;
import dev.wasmhost.component.abi.Realloc;
import dev.wasmhost.component.abi.StringEncoding;
import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.abi.WitTypes;
import dev.wasmhost.component.bindgen.runtime.Invoker;
import dev.wasmhost.component.bindgen.runtime.Resources;
import dev.wasmhost.component.bindgen.runtime.Result;
import dev.wasmhost.component.bindgen.runtime.Tuple;
import dev.wasmhost.component.wit.Interface;
import dev.wasmhost.component.wit.WitResolver;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Color;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Permissions;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Point;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Problem;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Scalars;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Shape;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.ShapesAdapter;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.ShapesProxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The values generated code produces are values of the WIT types as the canonical ABI (host/abi)
 * understands them: every argument and result of a proxy-to-adapter call is stored to linear
 * memory with the function's ABI type (from WitTypes) and loaded back before it goes on.
 */
class AbiConformanceTest {
  private final Interface shapes = WitResolver.resolveFile(Path.of("src/test/wit/kitchen-sink.wit"))
      .root().interfaces().get("shapes");
  private final WitTypes witTypes = new WitTypes();
  private final Memory memory = new Memory(1 << 16);
  private final CallContext cx =
      new CallContext(memory, memory, StringEncoding.UTF8, new HandleTable());
  private final List<String> checked = new ArrayList<>();

  /** Sends a value through guest memory as a value of {@code type}. */
  private Value throughMemory(Type type, Value value) {
    int addr = memory.realloc(0, 0, CanonicalAbi.alignment(type), CanonicalAbi.size(type));
    CanonicalAbi.store(type, value, addr, cx);
    Value back = CanonicalAbi.load(type, addr, cx);
    assertThat(back).as("%s through memory", type).isEqualTo(value);
    return back;
  }

  private Invoker checkedAdapter() {
    var functions = ShapesAdapter.functions(new RecordingShapes(), new Resources());
    return (name, args) -> {
      FuncType ft = witTypes.function(shapes, name);
      List<Value> lifted = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        lifted.add(throughMemory(ft.params().get(i).type(), args.get(i)));
      }
      Optional<Value> result = functions.get(name).apply(lifted);
      assertThat(result.isPresent()).as("%s returns a value", name).isEqualTo(ft.result().isPresent());
      checked.add(name);
      return result.map(v -> throughMemory(ft.result().orElseThrow(), v));
    };
  }

  @Test
  void everyValueTheBindingsProduceIsAValidAbiValueOfItsWitType() {
    ShapesProxy proxy = new ShapesProxy(checkedAdapter(), new Resources());
    assertThat(proxy.translate(new Point(-1, Integer.MAX_VALUE), 1, -1))
        .isEqualTo(new Point(0, Integer.MAX_VALUE - 1));
    Scalars extremes = new Scalars(true, Byte.MIN_VALUE, (byte) 0xFF, Short.MIN_VALUE, (short) 0xFFFF,
        Integer.MIN_VALUE, -1, Long.MIN_VALUE, -1L, Float.NaN, -0.0, 0x10FFFF, new byte[] {-128, 127});
    assertThat(proxy.describe(extremes)).startsWith("true -128 255 -32768 65535 -2147483648 4294967295");
    assertThat(proxy.mix(Color.BLUE, Color.RED)).containsExactly(Color.BLUE, Color.RED, Color.GREEN);
    assertThat(proxy.grant(EnumSet.of(Permissions.EXECUTE), EnumSet.of(Permissions.READ)))
        .containsExactlyInAnyOrder(Permissions.READ, Permissions.EXECUTE);
    assertThat(proxy.area(new Shape.Rectangle(new Tuple.Of2<>(new Point(1, 1), new Point(4, 5)))))
        .isEqualTo(12.0);
    assertThat(proxy.largest(List.of(new Shape.Circle(1), new Shape.Shape_(), new Shape.Empty())))
        .contains(new Shape.Circle(1));
    assertThat(proxy.lookup("nope")).isEqualTo(Result.err(new Problem.NotFound("nope")));
    assertThat(proxy.check("ok")).isEqualTo(Result.ok());
    assertThat(proxy.maybeMaybe(Optional.of(Optional.of(-2)))).contains(Optional.of(-1));
    assertThat(proxy.swap(new Tuple.Of2<>("\uD83D\uDE00 \u00e9", -1L)))
        .isEqualTo(new Tuple.Of2<>(-1L, "\uD83D\uDE00 \u00e9"));
    Tuple.Of2<byte[], byte[]> split = proxy.split(new byte[] {5, 6, 7}, 0);
    assertThat(split.v0()).isEmpty();
    assertThat(split.v1()).containsExactly(5, 6, 7);
    List<Optional<byte[]>> nested = proxy.nested(List.of(List.of(), List.of("a", "b")));
    assertThat(nested.get(0)).isEmpty();
    assertThat(nested.get(1).map(Arrays::toString)).contains("[97, 98]");
    proxy.nothing();
    assertThat(checked).containsExactly("translate", "describe", "mix", "grant", "area", "largest",
        "lookup", "check", "maybe-maybe", "swap", "split", "nested", "nothing");
  }

  /** Little-endian byte[] memory with a bump allocator as realloc. */
  private static final class Memory implements GuestMemory, Realloc {
    private final byte[] bytes;
    private int next = 8;

    Memory(int size) {
      bytes = new byte[size];
    }

    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public byte[] read(int addr, int length) {
      return Arrays.copyOfRange(bytes, addr, addr + length);
    }

    @Override
    public void write(int addr, byte[] data) {
      System.arraycopy(data, 0, bytes, addr, data.length);
    }

    @Override
    public int realloc(int oldPtr, int oldSize, int align, int newSize) {
      int ptr = (next + align - 1) / align * align;
      next = ptr + Math.max(newSize, 1);
      return ptr;
    }
  }
}
