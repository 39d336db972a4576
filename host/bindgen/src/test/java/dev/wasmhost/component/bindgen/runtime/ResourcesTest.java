package dev.wasmhost.component.bindgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesTest {
  private static final String IFACE = "test:x/files";
  private final Resources resources = new Resources();
  private final List<String> closed = new ArrayList<>();

  private final class File implements AutoCloseable {
    final String name;

    File(String name) {
      this.name = name;
    }

    @Override
    public void close() {
      closed.add(name);
    }
  }

  @Test
  void resourceTypesAreOnePerInterfaceAndNameAndComeFromTheLookup() {
    ResourceType shared = new ResourceType("file");
    Resources linked = new Resources((iface, name) -> iface.equals(IFACE) ? shared : null);
    assertThat(linked.type(IFACE, "file")).isSameAs(shared).isSameAs(linked.type(IFACE, "file"));
    assertThat(resources.type(IFACE, "file")).isSameAs(resources.type(IFACE, "file"))
        .isNotSameAs(resources.type("test:x/other", "file"));
    assertThatThrownBy(() -> linked.type("test:x/other", "file"))
        .hasMessage("no resource type for test:x/other#file; the type lookup given to Resources"
            + " must know every resource of the WIT");
  }

  @Test
  void anObjectHandedOutTwiceIsClosedOnlyWhenBothHandlesAreDropped() {
    File f = new File("a");
    Value first = resources.lowerOwn(IFACE, "file", f);
    Value second = resources.lowerOwn(IFACE, "file", f);
    ResourceType type = resources.type(IFACE, "file");
    resources.drop(type, Values.handleRep(first));
    assertThat(closed).isEmpty();
    assertThat(resources.liftBorrow(IFACE, "file", second, File.class)).isSameAs(f);
    resources.drop(type, Values.handleRep(second));
    assertThat(closed).containsExactly("a");
    assertThat(resources.live(IFACE, "file")).isZero();
  }

  @Test
  void borrowOfAnObjectAlreadyHandedOutReusesItsRep() {
    File f = new File("b");
    Value own = resources.lowerOwn(IFACE, "file", f);
    Value borrow = resources.lowerBorrow(IFACE, "file", f);
    assertThat(Values.handleRep(borrow)).isEqualTo(Values.handleRep(own));
    assertThat(borrow).isEqualTo(Values.handle(resources.type(IFACE, "file"), Values.handleRep(own), false));
  }

  @Test
  void liftingOwnGivesTheObjectBackAndForgetsItWithoutClosing() {
    File f = new File("c");
    Value own = resources.lowerOwn(IFACE, "file", f);
    assertThat(resources.liftOwn(IFACE, "file", own, File.class)).isSameAs(f);
    assertThat(closed).isEmpty();
    assertThatThrownBy(() -> resources.liftBorrow(IFACE, "file", own, File.class))
        .isInstanceOf(AbiTrap.class)
        .hasMessageContaining("no live test:x/files#file with rep");
  }

  @Test
  void droppingAnUnknownRepIsHarmlessAndReported() {
    assertThat(resources.drop(resources.type(IFACE, "file"), 77)).isFalse();
    assertThat(closed).isEmpty();
    Value own = resources.lowerOwn(IFACE, "file", new File("d"));
    assertThat(resources.live()).isEqualTo(1);
    assertThat(resources.drop(resources.type(IFACE, "file"), Values.handleRep(own))).isTrue();
    assertThat(resources.live()).isZero();
  }

  @Test
  void unknownRepsLiftAsTheFallbackWhenOneIsRegistered() {
    resources.whenUnknown(IFACE, "file", rep -> new File("stale " + rep));
    Value own = resources.lowerOwn(IFACE, "file", new File("e"));
    int rep = Values.handleRep(own);
    resources.drop(resources.type(IFACE, "file"), rep);
    File stale = resources.liftBorrow(IFACE, "file", own, File.class);
    assertThat(stale.name).isEqualTo("stale " + rep);
    assertThat(resources.live()).as("the fallback is not stored").isZero();
    assertThatThrownBy(() -> resources.liftBorrow("test:x/other", "file", own, File.class))
        .as("other types still trap").isInstanceOf(AbiTrap.class);
  }

  @Test
  void guestResourcesLiftThroughTheRegisteredFactory() {
    record Remote(Value guestHandle) implements GuestResource {
      @Override
      public void dropGuestHandle() {}
    }
    resources.registerGuest(IFACE, "file", Remote::new);
    Value handle = Values.handle(resources.type(IFACE, "file"), 5, true);
    Remote r = resources.liftOwn(IFACE, "file", handle, Remote.class);
    assertThat(r.guestHandle()).isEqualTo(handle);
    assertThat(resources.lowerBorrow(IFACE, "file", r))
        .isEqualTo(Values.handle(resources.type(IFACE, "file"), 5, false));
    assertThat(resources.live(IFACE, "file")).isZero();
  }
}
