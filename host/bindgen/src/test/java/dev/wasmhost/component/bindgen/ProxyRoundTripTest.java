package dev.wasmhost.component.bindgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.bindgen.runtime.GuestResource;
import dev.wasmhost.component.bindgen.runtime.Invoker;
import dev.wasmhost.component.bindgen.runtime.Resources;
import dev.wasmhost.component.bindgen.runtime.Result;
import dev.wasmhost.component.bindgen.runtime.Tuple;
import dev.wasmhost.component.bindgen.runtime.Values;
import dev.wasmhost.wit.wasmhost.bindgen_test.counters.Counter;
import dev.wasmhost.wit.wasmhost.bindgen_test.counters.CountersAdapter;
import dev.wasmhost.wit.wasmhost.bindgen_test.counters.CountersProxy;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Color;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Permissions;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Point;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Problem;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Scalars;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Shape;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.ShapesAdapter;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.ShapesProxy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A typed proxy whose invoker stands in for a component by serving the calls with a generated
 * adapter: Java -> Values -> Java -> Values -> Java, so both directions of every conversion run.
 */
class ProxyRoundTripTest {
  private final List<String> invoked = new ArrayList<>();

  private Invoker through(Map<String, Function<List<Value>, Optional<Value>>> functions,
      Resources componentSide) {
    return (name, args) -> {
      invoked.add(name);
      if (name.startsWith("[resource-drop]")) {
        // What the linker does when the last own handle of a resource is dropped.
        Value.HandleValue h = (Value.HandleValue) args.get(0);
        componentSide.drop(h.type(), Values.handleRep(h));
        return Optional.empty();
      }
      return functions.get(name).apply(args);
    };
  }

  @Test
  void typedCallsRoundTripEveryTypeFamily() {
    RecordingShapes impl = new RecordingShapes();
    Resources resources = new Resources();
    ShapesProxy proxy = new ShapesProxy(through(ShapesAdapter.functions(impl, resources), resources),
        resources);

    assertThat(proxy.translate(new Point(1, 1), 2, 3)).isEqualTo(new Point(3, 4));
    Scalars s = new Scalars(false, (byte) 1, (byte) -1, (short) 2, (short) -2, 3, -3, 4L, -4L,
        1.5f, Double.NEGATIVE_INFINITY, '\u00e9', new byte[] {9});
    assertThat(proxy.describe(s))
        .isEqualTo("false 1 255 2 65534 3 4294967293 4 18446744073709551612 1.5 -Infinity \u00e9 [9]");
    assertThat(impl.received).last().isEqualTo(s);
    assertThat(proxy.mix(Color.GREEN, Color.GREEN)).containsExactly(Color.GREEN);
    assertThat(proxy.grant(EnumSet.noneOf(Permissions.class), EnumSet.of(Permissions.WRITE)))
        .containsExactly(Permissions.WRITE);
    Shape polygon = new Shape.Polygon(List.of(new Point(0, 0), new Point(1, 0), new Point(0, 1)));
    assertThat(proxy.largest(List.of(new Shape.Empty(), polygon))).contains(polygon);
    assertThat(proxy.lookup("origin")).isEqualTo(Result.ok(new Point(0, 0)));
    assertThat(proxy.lookup("zz")).isEqualTo(Result.err(new Problem.NotFound("zz")));
    assertThat(proxy.check("secret")).isEqualTo(Result.err(new Problem.Denied()));
    assertThat(proxy.check("open").isOk()).isTrue();
    assertThat(proxy.maybeMaybe(Optional.of(Optional.empty()))).contains(Optional.empty());
    assertThat(proxy.maybeMaybe(Optional.of(Optional.of(-1)))).contains(Optional.of(0));
    assertThat(proxy.swap(new Tuple.Of2<>("k", Long.MIN_VALUE)))
        .isEqualTo(new Tuple.Of2<>(Long.MIN_VALUE, "k"));
    Tuple.Of2<byte[], byte[]> halves = proxy.split(new byte[] {1, 2, 3, 4}, 3);
    assertThat(halves.v0()).containsExactly(1, 2, 3);
    assertThat(halves.v1()).containsExactly(4);
    proxy.nothing();
    assertThat(invoked).containsExactly("translate", "describe", "mix", "grant", "largest",
        "lookup", "lookup", "check", "check", "maybe-maybe", "maybe-maybe", "swap", "split", "nothing");
  }

  @Test
  void componentResourcesComeBackAsRemoteObjectsThatCallThroughTheInvoker() {
    CounterHost impl = new CounterHost();
    Resources componentSide = new Resources();
    // The proxy's side shares the resource types (as a linker would) but tracks its own handles.
    Resources hostSide = new Resources(componentSide::type);
    CountersProxy proxy = new CountersProxy(
        through(CountersAdapter.functions(impl, componentSide), componentSide), hostSide);

    Counter a = proxy.newCounter(40);
    assertThat(a).isInstanceOf(CountersProxy.CounterRemote.class).isInstanceOf(GuestResource.class);
    assertThat(a.add(2)).isEqualTo(42);
    assertThat(a.position()).isEqualTo(new Point(42, -42));

    Tuple.Of2<Counter, Counter> pair = proxy.makePair(0);
    assertThat(proxy.total(List.of(a, pair.v0(), pair.v1()))).isEqualTo(43);
    Counter merged = proxy.counterMerge(a, pair.v1());
    assertThat(merged.get()).isEqualTo(43);

    a.absorb(pair.v0());
    assertThat(a.get()).isEqualTo(42);
    assertThat(componentSide.live("wasmhost:bindgen-test/counters", "counter")).isEqualTo(3);

    ((GuestResource) merged).dropGuestHandle();
    assertThat(impl.closed).hasSize(1);
    assertThat(componentSide.live("wasmhost:bindgen-test/counters", "counter")).isEqualTo(2);
    assertThat(invoked).contains("[constructor]counter", "[method]counter.absorb",
        "[resource-drop]counter");
  }
}
