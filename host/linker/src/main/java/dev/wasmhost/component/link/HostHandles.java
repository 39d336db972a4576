package dev.wasmhost.component.link;

import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The own handles the embedding host holds of resources a component defines, so that a handle the host has
 * already dropped or passed into the component (as an {@code own} argument) is refused with a clear message
 * instead of being lowered again: lowering only carries the rep, and the guest would otherwise be handed an
 * object it has destroyed, or still keeps, or (were reps reused) another object. The component-model host
 * side of {@code ComponentInstance}: the handle table a caller component would have.
 *
 * <p>Only resources defined inside the component are tracked; handles of host-defined resources (e.g. WASI
 * streams) are the host's own reps. A {@link Value.HandleValue} names its object by rep alone, so a guest
 * that reuses the rep of a destroyed object for a new one makes a stale value equal to the new one; the
 * tracking cannot tell those apart (componentize-js and wit-bindgen's Rust count reps up).
 */
final class HostHandles {
  private final Set<ResourceType> guestDefined;
  private final Map<ResourceType, Set<Integer>> held = new IdentityHashMap<>();
  private final Map<ResourceType, String> names = new IdentityHashMap<>();

  HostHandles(Set<ResourceType> guestDefined) {
    this.guestDefined = guestDefined;
  }

  /** Learns the WIT name of a resource from an export named {@code [constructor]R}, {@code [method]R.f}... */
  void learnName(String function, FuncType type) {
    String name = function.substring(function.indexOf('#') + 1);
    if (name.startsWith("[constructor]") && type.result().orElse(null) instanceof Type.OwnType o) {
      names.putIfAbsent(o.resource(), name.substring("[constructor]".length()));
    } else if (name.startsWith("[method]") && !type.params().isEmpty()
        && type.params().get(0).type() instanceof Type.BorrowType b) {
      int dot = name.indexOf('.');
      if (dot > 0) {
        names.putIfAbsent(b.resource(), name.substring("[method]".length(), dot));
      }
    }
  }

  /**
   * Checks the handles among {@code args} before a call: every own or borrow of a component-defined resource
   * must be held, of the right type, and an own must appear only once. Then the owns are given up (they move
   * into the component).
   *
   * @throws IllegalArgumentException naming the argument and the handle
   */
  void beforeCall(String export, FuncType type, List<Value> args) {
    List<Use> uses = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Type t = type.params().get(i).type();
      if (hasHandles(t)) {
        collect(t, args.get(i), "argument " + (i + 1) + " (" + type.params().get(i).name() + ") of " + export, uses);
      }
    }
    if (uses.isEmpty()) {
      return;
    }
    Map<Key, Use> owns = new HashMap<>();
    Set<Key> seen = new HashSet<>();
    for (Use u : uses) {
      Key k = new Key(u.handle.type(), u.handle.rep());
      Set<Integer> reps = held.get(u.handle.type());
      if (reps == null || !reps.contains(u.handle.rep())) {
        throw new IllegalArgumentException(u.where + ": " + describe(u.handle)
            + " is not held by the host: it was dropped, or moved into the component as an own argument of an"
            + " earlier call, or never came from this instance");
      }
      Use earlier = owns.get(k);
      if (earlier != null || (u.own && seen.contains(k))) {
        throw new IllegalArgumentException(u.where + ": " + describe(u.handle) + " is also passed as "
            + (earlier != null ? earlier.where : "another argument")
            + ", but an own handle moves into the component and cannot be passed twice in one call");
      }
      seen.add(k);
      if (u.own) {
        owns.put(k, u);
      }
    }
    for (Key k : owns.keySet()) {
      held.get(k.type).remove(k.rep);
    }
  }

  /** Records the own handles of component-defined resources that a call returned. */
  void afterCall(FuncType type, Optional<Value> result) {
    if (result.isEmpty() || type.result().isEmpty() || !hasHandles(type.result().get())) {
      return;
    }
    List<Use> uses = new ArrayList<>();
    collect(type.result().get(), result.get(), "result", uses);
    for (Use u : uses) {
      if (u.own) {
        held.computeIfAbsent(u.handle.type(), t -> new HashSet<>()).add(u.handle.rep());
      }
    }
  }

  /** Before the host drops {@code handle}: it must be an own handle the host holds; it is given up. */
  void beforeDrop(Value.HandleValue handle) {
    if (!guestDefined.contains(handle.type())) {
      return;
    }
    Set<Integer> reps = held.get(handle.type());
    if (reps == null || !reps.remove(handle.rep())) {
      throw new IllegalArgumentException("cannot drop " + describe(handle) + ": it is not held by the host (it"
          + " was already dropped, or moved into the component as an own argument, or never came from this"
          + " instance)");
    }
  }

  /** Number of own handles the host holds of component-defined resources. */
  int size() {
    return held.values().stream().mapToInt(Set::size).sum();
  }

  private record Key(ResourceType type, int rep) {}

  private record Use(Value.HandleValue handle, boolean own, String where) {}

  private String describe(Value.HandleValue h) {
    return (h.own() ? "own" : "borrow") + " handle of " + name(h.type()) + " (rep " + h.rep() + ")";
  }

  private String name(ResourceType t) {
    return names.getOrDefault(t, t.name());
  }

  /** The handles of component-defined resources in {@code v}, checked against {@code t}. */
  private void collect(Type t, Value v, String where, List<Use> out) {
    if (!hasHandles(t)) {
      return;
    }
    switch (t) {
      case Type.OwnType o -> handle(o.resource(), true, v, where, out);
      case Type.BorrowType b -> handle(b.resource(), false, v, where, out);
      case Type.ListType l when v instanceof Value.ListValue(List<Value> values) -> {
        for (int i = 0; i < values.size(); i++) {
          collect(l.element(), values.get(i), where + " [" + i + "]", out);
        }
      }
      case Type.RecordType r when v instanceof Value.RecordValue(List<Value> fields)
          && fields.size() == r.fields().size() -> {
        for (int i = 0; i < fields.size(); i++) {
          collect(r.fields().get(i).type(), fields.get(i), where + " ." + r.fields().get(i).name(), out);
        }
      }
      case Type.TupleType tt when v instanceof Value.TupleValue(List<Value> values)
          && values.size() == tt.types().size() -> {
        for (int i = 0; i < values.size(); i++) {
          collect(tt.types().get(i), values.get(i), where + " ." + i, out);
        }
      }
      case Type.OptionType o when v instanceof Value.OptionValue(Optional<Value> some) ->
          some.ifPresent(x -> collect(o.type(), x, where, out));
      case Type.ResultType r when v instanceof Value.ResultValue(boolean ok, Optional<Value> payload) ->
          payload.ifPresent(x -> (ok ? r.ok() : r.error()).ifPresent(pt -> collect(pt, x, where, out)));
      case Type.VariantType vt when v instanceof Value.VariantValue(int index, Optional<Value> payload)
          && index >= 0 && index < vt.cases().size() ->
          payload.ifPresent(x -> vt.cases().get(index).type().ifPresent(pt -> collect(pt, x, where, out)));
      default -> {} // a value that does not fit its type: lowering reports it
    }
  }

  private void handle(ResourceType expected, boolean own, Value v, String where, List<Use> out) {
    if (!(v instanceof Value.HandleValue h)) {
      return; // lowering reports the mismatch
    }
    if (h.type() != expected) {
      throw new IllegalArgumentException(where + ": " + describe(h) + " where " + (own ? "an own" : "a borrow")
          + " handle of " + name(expected) + " is expected");
    }
    if (own && !h.own()) {
      throw new IllegalArgumentException(where + ": a borrow handle of " + name(expected)
          + " (rep " + h.rep() + ") where an own is expected");
    }
    if (guestDefined.contains(expected)) {
      out.add(new Use(h, own, where));
    }
  }

  private static boolean hasHandles(Type t) {
    return switch (t) {
      case Type.OwnType o -> true;
      case Type.BorrowType b -> true;
      case Type.ListType l -> hasHandles(l.element());
      case Type.RecordType r -> r.fields().stream().anyMatch(f -> hasHandles(f.type()));
      case Type.TupleType tt -> tt.types().stream().anyMatch(HostHandles::hasHandles);
      case Type.OptionType o -> hasHandles(o.type());
      case Type.ResultType r -> r.ok().map(HostHandles::hasHandles).orElse(false)
          || r.error().map(HostHandles::hasHandles).orElse(false);
      case Type.VariantType vt -> vt.cases().stream().anyMatch(c -> c.type().map(HostHandles::hasHandles).orElse(false));
      default -> false;
    };
  }
}
