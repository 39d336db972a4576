package dev.wasmhost.component.link;

import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.binary.Component;
import dev.wasmhost.component.binary.ComponentDecoder;
import dev.wasmhost.component.binary.ExternName;
import dev.wasmhost.runtime.MemoryLimit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Host implementations of component imports, registered per WIT interface (with its version) and function
 * name, and the instantiation of components against them. An import of {@code wasi:cli/stdout@0.2.3} is
 * served by a host interface {@code wasi:cli/stdout@0.2.0}: same major and minor for 0.x, same major otherwise.
 *
 * <pre>{@code
 * Linker linker = new Linker()
 *     .define("wasi:cli/environment@0.2.0", "get-arguments", (cx, args) -> Optional.of(argList));
 * ComponentInstance instance = linker.instantiate(engine, ComponentDecoder.decode(bytes));
 * instance.call("wasi:cli/run@0.2.0#run", List.of());
 * }</pre>
 *
 * A missing host function is reported by {@link #instantiate} as one line naming {@code interface#function}.
 * Functions and resources a world imports directly (not through an interface) are defined under interface
 * {@code ""}.
 */
public final class Linker {
  /** One host function with its type if the host states one (then the import's type must equal it). */
  record HostEntry(HostFunction function, FuncType type) {}

  /** A host interface at one version. */
  static final class Iface {
    final String name;
    final String versionless;
    final Optional<String> version;
    final Map<String, HostEntry> functions = new LinkedHashMap<>();
    final Map<String, ResourceType> resources = new LinkedHashMap<>();
    BiFunction<String, String, ResourceType> resourceLookup;

    Iface(String name) {
      ExternName n = ExternName.of(name);
      this.name = name;
      this.versionless = n.withoutVersion();
      this.version = n.version();
    }

    ResourceType resource(String resourceName) {
      ResourceType t = resources.get(resourceName);
      if (t == null && resourceLookup != null) {
        t = resourceLookup.apply(versionless, resourceName);
      }
      if (t == null) {
        // The host does not model this resource: a fresh type, which no host function accepts.
        t = new ResourceType(resourceName);
      }
      resources.put(resourceName, t);
      return t;
    }
  }

  private final Map<String, Iface> interfaces = new LinkedHashMap<>();
  private final Map<ResourceType, IntConsumer> drops = new IdentityHashMap<>();
  private BiConsumer<ResourceType, Integer> fallbackDrop;
  private MemoryLimit memoryLimit = MemoryLimit.UNLIMITED;

  /** Defines {@code function} of interface {@code iface} (e.g. {@code wasi:cli/stdout@0.2.0}). */
  public Linker define(String iface, String function, HostFunction implementation) {
    return define(iface, function, null, implementation);
  }

  /**
   * Defines {@code function} with its type: an import whose type differs is a link error naming the function.
   *
   * @param type the function's type, or {@code null} to accept the type the component declares
   */
  public Linker define(String iface, String function, FuncType type, HostFunction implementation) {
    iface(iface).functions.put(function, new HostEntry(implementation, type));
    return this;
  }

  /**
   * Binds resource {@code name} of {@code iface} to the host's type {@code type}; {@code onDrop} receives the
   * rep when a guest drops its last own handle.
   */
  public Linker defineResource(String iface, String name, ResourceType type, IntConsumer onDrop) {
    iface(iface).resources.put(name, type);
    drops.put(type, onDrop);
    return this;
  }

  /**
   * Defines a whole host in one call, in the shape a WASI-style host exposes: {@code functions} by versionless
   * interface name then function name, all at {@code version}; {@code types} gives each function's type (or
   * throws/returns null if unknown); {@code resources} the host's resource types by interface and name; {@code
   * drop} is told when a guest drops an own handle of one of them.
   */
  public Linker defineAll(String version,
      Map<String, Map<String, Function<List<Value>, Optional<Value>>>> functions,
      BiFunction<String, String, FuncType> types,
      BiFunction<String, String, ResourceType> resources,
      BiConsumer<ResourceType, Integer> drop) {
    functions.forEach((ifaceName, fns) -> {
      Iface iface = iface(ifaceName + "@" + version);
      iface.resourceLookup = (i, r) -> {
        try {
          return resources.apply(i, r);
        } catch (RuntimeException e) {
          return null;
        }
      };
      fns.forEach((fn, impl) -> {
        FuncType type;
        try {
          type = types.apply(ifaceName, fn);
        } catch (RuntimeException e) {
          type = null;
        }
        iface.functions.put(fn, new HostEntry((cx, args) -> impl.apply(args), type));
      });
    });
    this.fallbackDrop = drop;
    return this;
  }

  /** Caps the linear memory of every core instance a component creates. */
  public Linker withMemoryLimit(MemoryLimit limit) {
    this.memoryLimit = limit;
    return this;
  }

  /** Instantiates {@code component}: creates its core instances, runs their start functions and links imports. */
  public ComponentInstance instantiate(ComponentEngine engine, Component component) {
    Instantiator in = new Instantiator(engine, this);
    Frame root = in.instantiateRoot(component);
    return new ComponentInstance(root, in);
  }

  /** Decodes and instantiates. */
  public ComponentInstance instantiate(ComponentEngine engine, byte[] component) {
    return instantiate(engine, ComponentDecoder.decode(component));
  }

  MemoryLimit memoryLimit() {
    return memoryLimit;
  }

  private Iface iface(String name) {
    return interfaces.computeIfAbsent(name, Iface::new);
  }

  /** The host interface serving an import named {@code importName}, preferring an exact version, else the newest compatible. */
  Optional<Iface> find(String importName) {
    ExternName wanted = ExternName.of(importName);
    Iface exact = interfaces.get(importName);
    if (exact != null) {
      return Optional.of(exact);
    }
    return interfaces.values().stream()
        .filter(i -> i.versionless.equals(wanted.withoutVersion()))
        .filter(i -> Semver.compatible(wanted.version(), i.version))
        .max(Comparator.comparing(i -> i.version.flatMap(Semver::parse).orElse(new Semver(0, 0, 0, ""))));
  }

  /** What the host offers for the interface of {@code importName}, for messages. */
  String offered(String importName) {
    String versionless = ExternName.of(importName).withoutVersion();
    List<String> same = new ArrayList<>();
    for (Iface i : interfaces.values()) {
      if (i.versionless.equals(versionless)) {
        same.add(i.name + " (" + String.join(", ", i.functions.keySet()) + ")");
      }
    }
    if (!same.isEmpty()) {
      return "the host offers " + String.join("; ", same);
    }
    if (interfaces.isEmpty()) {
      return "the host defines no interfaces";
    }
    return "the host has no " + versionless + "; it offers " + String.join(", ", interfaces.keySet());
  }

  /** Runs the host's cleanup for a host resource whose last own handle the guest dropped. */
  void dropHostResource(ResourceType type, int rep) {
    IntConsumer d = drops.get(type);
    if (d != null) {
      d.accept(rep);
    } else if (fallbackDrop != null) {
      fallbackDrop.accept(type, rep);
    }
  }
}
