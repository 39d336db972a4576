package dev.wasmhost.component.bindgen.runtime;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Value;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The resources generated bindings exchange with one component instance.
 *
 * <p>A resource the host defines (its implementation is a Java object) is kept here under a
 * <em>rep</em>, the integer the component's handle table points at: handing it out as
 * {@code own} stores it, receiving it back as {@code own} takes it out (the Java code owns it
 * again), a {@code borrow} only looks it up. When the component drops its last handle, the linker
 * calls {@link #drop}, which forgets the object and closes it if it is {@link AutoCloseable}.
 * Reps are never reused, so a stale rep finds nothing (an {@link AbiTrap}) rather than another
 * object. A {@code borrow} of a host object that was never handed out stores it until dropped.
 *
 * <p>A host whose interface answers a stale handle with its own error value (WASI's
 * {@code bad-descriptor}) registers {@link #whenUnknown}: a rep with no live object then lifts as
 * the object it makes, instead of trapping.
 *
 * <p>A resource the component defines (registered by a generated proxy with
 * {@link #registerGuest}) comes to Java as a {@link GuestResource} wrapping its handle.
 *
 * <p>Resource types are identified by versionless interface id and resource name
 * ({@code "wasi:io/streams", "output-stream"}); {@code types} maps them to the
 * {@link ResourceType} objects the linker uses.
 */
public final class Resources {
  private final BiFunction<String, String, ResourceType> typeLookup;
  private final Map<String, ResourceType> types = new ConcurrentHashMap<>();
  private final Map<ResourceType, Table> tables = new HashMap<>();
  private final Map<ResourceType, Function<Value, GuestResource>> guests = new HashMap<>();
  private final Map<ResourceType, IntFunction<?>> unknown = new HashMap<>();

  /** Resource types are made here, one per interface and name. */
  public Resources() {
    this((iface, name) -> new ResourceType(name));
  }

  /** Resource types come from {@code types} (e.g. the linker's, built from the same WIT). */
  public Resources(BiFunction<String, String, ResourceType> types) {
    this.typeLookup = Objects.requireNonNull(types, "types");
  }

  /** The resource type of {@code name} in interface {@code iface} (versionless id). */
  public ResourceType type(String iface, String name) {
    return types.computeIfAbsent(iface + "#" + name, k -> {
      ResourceType t = typeLookup.apply(iface, name);
      if (t == null) {
        throw new IllegalArgumentException("no resource type for " + iface + "#" + name
            + "; the type lookup given to Resources must know every resource of the WIT");
      }
      return t;
    });
  }

  /** Marks a resource type as the component's: its handles lift to {@code factory}'s objects. */
  public synchronized void registerGuest(String iface, String name,
      Function<Value, GuestResource> factory) {
    guests.put(type(iface, name), factory);
  }

  /**
   * A host resource type whose unknown reps (dropped, or never handed out) lift as
   * {@code fallback.apply(rep)} rather than trapping, so the resource's methods can answer with
   * the interface's own error. The fallback object is not stored.
   */
  public synchronized void whenUnknown(String iface, String name, IntFunction<?> fallback) {
    unknown.put(type(iface, name), Objects.requireNonNull(fallback, "fallback"));
  }

  /** Lowers a resource passed as {@code own}: a host object is stored under a fresh rep. */
  public synchronized Value lowerOwn(String iface, String name, Object resource) {
    ResourceType type = type(iface, name);
    if (resource instanceof GuestResource g) {
      return Values.handle(type, Values.handleRep(g.guestHandle()), true);
    }
    return Values.handle(type, table(type).insert(Objects.requireNonNull(resource, name)), true);
  }

  /** Lowers a resource passed as {@code borrow}: a host object keeps (or gets) its rep. */
  public synchronized Value lowerBorrow(String iface, String name, Object resource) {
    ResourceType type = type(iface, name);
    if (resource instanceof GuestResource g) {
      return Values.handle(type, Values.handleRep(g.guestHandle()), false);
    }
    Table table = table(type);
    Integer rep = table.repOf(Objects.requireNonNull(resource, name));
    return Values.handle(type, rep != null ? rep : table.insert(resource), false);
  }

  /** Lifts a resource received as {@code own}: a host object leaves the table. */
  public synchronized <T> T liftOwn(String iface, String name, Value handle, Class<T> cls) {
    return lift(iface, name, handle, cls, true);
  }

  /** Lifts a resource received as {@code borrow}. */
  public synchronized <T> T liftBorrow(String iface, String name, Value handle, Class<T> cls) {
    return lift(iface, name, handle, cls, false);
  }

  private <T> T lift(String iface, String name, Value handle, Class<T> cls, boolean take) {
    ResourceType type = type(iface, name);
    Function<Value, GuestResource> guest = guests.get(type);
    Object object;
    if (guest != null) {
      object = guest.apply(handle);
    } else {
      int rep = Values.handleRep(handle);
      Table table = table(type);
      object = take ? table.remove(rep) : table.get(rep);
      IntFunction<?> fallback = unknown.get(type);
      if (object == null && fallback != null) {
        object = fallback.apply(rep);
      }
      if (object == null) {
        throw new AbiTrap("no live " + iface + "#" + name + " with rep " + rep
            + " in the host's resource table (dropped or never created)");
      }
    }
    return cls.cast(object);
  }

  /**
   * The component dropped its last handle to a host resource: forget it, and close it when it is
   * {@link AutoCloseable}. Unknown reps are ignored (the object was already taken back).
   *
   * @return whether {@code rep} held an object of {@code type}
   */
  public boolean drop(ResourceType type, int rep) {
    Object object;
    boolean stillHeld;
    synchronized (this) {
      Table table = tables.get(type);
      object = table == null ? null : table.remove(rep);
      stillHeld = object != null && table.holds(object);
    }
    if (!stillHeld && object instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("closing dropped " + type.name() + " failed: "
            + e.getMessage(), e);
      }
    }
    return object != null;
  }

  /** How many host objects of this type are live (held by the component). */
  public synchronized int live(String iface, String name) {
    Table table = tables.get(type(iface, name));
    return table == null ? 0 : table.objects.size();
  }

  /** How many host objects are live (held by the component), over every resource type. */
  public synchronized int live() {
    return tables.values().stream().mapToInt(t -> t.objects.size()).sum();
  }

  /** The host object a rep stands for, or {@code null}. */
  public synchronized Object hostObject(ResourceType type, int rep) {
    Table table = tables.get(type);
    return table == null ? null : table.get(rep);
  }

  private Table table(ResourceType type) {
    return tables.computeIfAbsent(type, t -> new Table());
  }

  /**
   * The host objects of one resource type by rep. One object handed out twice as {@code own} gets
   * two reps; it is closed only when the last of them is dropped.
   */
  private static final class Table {
    private final Map<Integer, Object> objects = new HashMap<>();
    /** Per object: {latest rep, number of reps}. */
    private final Map<Object, int[]> reps = new IdentityHashMap<>();
    private int next = 1;

    int insert(Object object) {
      if (next == Integer.MAX_VALUE) {
        throw new IllegalStateException("resource table exhausted: 2^31 reps handed out");
      }
      int rep = next++;
      objects.put(rep, object);
      int[] entry = reps.computeIfAbsent(object, o -> new int[2]);
      entry[0] = rep;
      entry[1]++;
      return rep;
    }

    Integer repOf(Object object) {
      int[] entry = reps.get(object);
      return entry == null ? null : entry[0];
    }

    Object get(int rep) {
      return objects.get(rep);
    }

    /** Removes a rep; returns its object, or null when unknown. */
    Object remove(int rep) {
      Object o = objects.remove(rep);
      if (o != null) {
        int[] entry = reps.get(o);
        if (--entry[1] == 0) {
          reps.remove(o);
        } else if (entry[0] == rep) {
          entry[0] = objects.entrySet().stream().filter(e -> e.getValue() == o)
              .mapToInt(Map.Entry::getKey).findFirst().orElseThrow();
        }
      }
      return o;
    }

    /** Whether the object still has a rep in this table. */
    boolean holds(Object object) {
      return reps.containsKey(object);
    }
  }
}
