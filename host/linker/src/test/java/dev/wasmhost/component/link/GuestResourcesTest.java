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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** resources.wasm (src/test/resources/components): a resource defined by the guest, with a destructor. */
class GuestResourcesTest {
  private ComponentInstance instance;

  @BeforeEach
  void instantiate() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/components/resources.wasm"));
    instance = new Linker().instantiate(new ComponentEngine(new EndiveEngine(EngineKind.INTERPRETER, null)), bytes);
  }

  private static Value u32(long v) {
    return new Value.IntValue(Type.Primitive.U32, v);
  }

  private long destroyed() {
    return ((Value.IntValue) instance.call("destroyed", List.of()).orElseThrow()).value();
  }

  @Test
  void newRepAndDropInsideTheGuestRunTheDestructor() {
    assertThat(instance.call("roundtrip", List.of(u32(21)))).contains(u32(21));
    assertThat(destroyed()).isEqualTo(21);
  }

  @Test
  void ownHandlesTravelOutAndBackIn() {
    Value.HandleValue made = (Value.HandleValue) instance.call("make", List.of(u32(5))).orElseThrow();
    assertThat(made.own()).isTrue();
    assertThat(made.rep()).isEqualTo(5);
    var borrow = new Value.HandleValue(made.type(), made.rep(), false);
    assertThat(instance.call("get", List.of(borrow))).contains(u32(5));
    assertThat(destroyed()).isZero();
    instance.call("consume", List.of(made));
    assertThat(destroyed()).isEqualTo(5);
  }

  @Test
  void theHostDroppingAnOwnHandleRunsTheGuestDestructor() {
    Value.HandleValue made = (Value.HandleValue) instance.call("make", List.of(u32(7))).orElseThrow();
    instance.dropResource(made);
    assertThat(destroyed()).isEqualTo(7);
  }

  @Test
  void anOwnHandleMovedIntoTheComponentCannotBePassedAgain() {
    Value.HandleValue made = (Value.HandleValue) instance.call("make", List.of(u32(5))).orElseThrow();
    instance.call("consume", List.of(made));
    // Lowering carries only the rep: without the host's own bookkeeping the guest would be handed rep 5 again.
    assertThatThrownBy(() -> instance.call("consume", List.of(made)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("argument 1 (c) of consume: own handle of")
        .hasMessageContaining("(rep 5) is not held by the host");
    assertThatThrownBy(() -> instance.call("get", List.of(new Value.HandleValue(made.type(), 5, false))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not held by the host");
    assertThatThrownBy(() -> instance.dropResource(made))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot drop own handle");
    assertThat(destroyed()).isEqualTo(5);
    assertThat(instance.heldHandles()).isZero();
  }

  @Test
  void aHandleTheHostDroppedCannotBeUsedOrDroppedAgain() {
    Value.HandleValue made = (Value.HandleValue) instance.call("make", List.of(u32(9))).orElseThrow();
    assertThat(instance.heldHandles()).isEqualTo(1);
    instance.dropResource(made);
    assertThatThrownBy(() -> instance.dropResource(made)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> instance.call("get", List.of(new Value.HandleValue(made.type(), 9, false))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("borrow handle of");
    assertThat(destroyed()).isEqualTo(9);
  }

  @Test
  void aRepTheComponentNeverHandedOutIsRefused() {
    Value.HandleValue made = (Value.HandleValue) instance.call("make", List.of(u32(4))).orElseThrow();
    var forged = new Value.HandleValue(made.type(), 3, true);
    assertThatThrownBy(() -> instance.call("consume", List.of(forged)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never came from this instance");
    assertThat(destroyed()).isZero();
  }

  @Test
  void aDroppedHandleCannotBeUsed() {
    assertThatThrownBy(() -> instance.call("use-after-drop", List.of()))
        .hasStackTraceContaining("unknown or already dropped resource handle");
  }

  @Test
  void aTrappedInstanceIsNotEnteredAgain() {
    assertThatThrownBy(() -> instance.call("use-after-drop", List.of()));
    assertThatThrownBy(() -> instance.call("destroyed", List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the component instance trapped (AbiTrap: unknown or already dropped resource handle")
        .hasMessageEndingWith("cannot be entered again; instantiate the component anew");
  }

  @Test
  void aHandleOfAnotherResourceTypeIsRefused() {
    var foreign = new Value.HandleValue(new dev.wasmhost.component.abi.ResourceType("counter"), 5, true);
    assertThatThrownBy(() -> instance.call("consume", List.of(foreign)))
        .hasStackTraceContaining("counter");
  }

  @Test
  void callsWithTheWrongNumberOfArgumentsAreRefused() {
    assertThatThrownBy(() -> instance.call("get", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("get takes 1 argument(s), 0 given");
  }

  @Test
  void anOwnResultCarriesTheResourceTypeOfTheExportedFunction() {
    Optional<Value> made = instance.call("make", List.of(u32(3)));
    assertThat(instance.type("make").result()).hasValueSatisfying(t -> assertThat(t).isInstanceOf(Type.OwnType.class));
    assertThat(((Type.OwnType) instance.type("make").result().orElseThrow()).resource())
        .isSameAs(((Value.HandleValue) made.orElseThrow()).type());
  }
}
