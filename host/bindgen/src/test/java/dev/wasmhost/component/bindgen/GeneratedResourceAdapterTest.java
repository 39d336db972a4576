package dev.wasmhost.component.bindgen;

import static dev.wasmhost.component.bindgen.runtime.Values.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.bindgen.runtime.Resources;
import dev.wasmhost.wit.wasmhost.bindgen_test.counters.CountersAdapter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Host-defined resources through the generated adapter: own, borrow, transfer and drop. */
class GeneratedResourceAdapterTest {
  private static final String IFACE = "wasmhost:bindgen-test/counters";

  private final CounterHost host = new CounterHost();
  private final Resources resources = new Resources();
  private final Map<String, Function<List<Value>, Optional<Value>>> functions =
      CountersAdapter.functions(host, resources);
  private final ResourceType counter = resources.type(IFACE, "counter");

  private Value call(String name, Value... args) {
    return functions.get(name).apply(List.of(args)).orElse(null);
  }

  private static Value borrowOf(Value own) {
    return handle(((Value.HandleValue) own).type(), handleRep(own), false);
  }

  @Test
  void constructorHandsOutAnOwnHandleAndMethodsReachTheSameObject() {
    Value c = call("[constructor]counter", s64(5));
    assertThat(c).isEqualTo(handle(counter, handleRep(c), true));
    assertThat(resources.live(IFACE, "counter")).isEqualTo(1);
    assertThat(call("[method]counter.add", borrowOf(c), s64(3))).isEqualTo(s64(8));
    assertThat(call("[method]counter.get", borrowOf(c))).isEqualTo(s64(8));
    assertThat(call("[method]counter.position", borrowOf(c))).isEqualTo(record(s32(8), s32(-8)));
  }

  @Test
  void eachOwnHandleGetsAFreshRep() {
    Value pair = call("make-pair", s64(1));
    List<Value> items = asTuple(pair, 2);
    assertThat(handleRep(items.get(0))).isNotEqualTo(handleRep(items.get(1)));
    assertThat(call("total", list(items, h -> borrowOf(h)))).isEqualTo(s64(3));
    assertThat(call("[static]counter.merge", borrowOf(items.get(0)), borrowOf(items.get(1))))
        .satisfies(merged -> assertThat(call("[method]counter.get", borrowOf(merged))).isEqualTo(s64(3)));
    assertThat(resources.live(IFACE, "counter")).isEqualTo(3);
  }

  @Test
  void ownArgumentMovesTheObjectOutOfTheTable() {
    Value a = call("[constructor]counter", s64(10));
    Value b = call("[constructor]counter", s64(32));
    assertThat(call("[method]counter.absorb", borrowOf(a), b)).isNull();
    assertThat(call("[method]counter.get", borrowOf(a))).isEqualTo(s64(42));
    assertThat(resources.live(IFACE, "counter")).isEqualTo(1);
    assertThatThrownBy(() -> call("[method]counter.get", borrowOf(b)))
        .isInstanceOf(AbiTrap.class)
        .hasMessage("no live wasmhost:bindgen-test/counters#counter with rep " + handleRep(b)
            + " in the host's resource table (dropped or never created)");
  }

  @Test
  void droppingTheLastHandleClosesTheHostObjectAndItsRepIsNeverReused() {
    Value c = call("[constructor]counter", s64(1));
    int rep = handleRep(c);
    resources.drop(counter, rep);
    assertThat(host.closed).hasSize(1);
    assertThat(resources.live(IFACE, "counter")).isZero();
    Value next = call("[constructor]counter", s64(2));
    assertThat(handleRep(next)).isNotEqualTo(rep);
    assertThatThrownBy(() -> call("[method]counter.get", borrowOf(c)))
        .isInstanceOf(AbiTrap.class);
  }
}
