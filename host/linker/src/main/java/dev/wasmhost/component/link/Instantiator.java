package dev.wasmhost.component.link;

import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.binary.Alias;
import dev.wasmhost.component.binary.Component;
import dev.wasmhost.component.binary.CoreInstance;
import dev.wasmhost.component.binary.CoreType;
import dev.wasmhost.component.binary.DefType;
import dev.wasmhost.component.binary.ExternType;
import dev.wasmhost.component.binary.Instance;
import dev.wasmhost.component.binary.Section;
import dev.wasmhost.component.binary.Sort;
import dev.wasmhost.runtime.PreparedModule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Walks a component's definitions in binary order, building its index spaces ({@link Frame}) and creating what
 * they define: core instances on the engine, nested component instances, canonical functions, aliases, exports.
 */
final class Instantiator {
  private final ComponentEngine engine;
  private final Linker linker;
  private final HostImports host;
  private final Canons canons;
  /** Destructors of resources defined by guest components (host resources are dropped through the linker). */
  private final Map<ResourceType, IntConsumer> destructors = new IdentityHashMap<>();
  /** Every resource type a component (root or nested) defines, with or without a destructor. */
  private final Set<ResourceType> guestDefined = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<String> missing = new ArrayList<>();

  Instantiator(ComponentEngine engine, Linker linker) {
    this.engine = engine;
    this.linker = linker;
    this.host = new HostImports(linker, missing);
    this.canons = new Canons(this);
  }

  Frame instantiateRoot(Component component) {
    Frame root = new Frame(null, "component");
    run(root, component, null);
    return root;
  }

  /** The resource types defined inside the component (not by the host). */
  Set<ResourceType> guestDefined() {
    return guestDefined;
  }

  /** Runs the host's or the defining component's cleanup for a dropped own handle. */
  void destroy(ResourceType type, int rep) {
    IntConsumer d = destructors.get(type);
    if (d != null) {
      d.accept(rep);
    } else {
      linker.dropHostResource(type, rep);
    }
  }

  /** @param args what the instantiation passes for each import by name; null for the root (the host supplies it) */
  private void run(Frame f, Component component, Map<String, Object> args) {
    for (Section section : component.sections()) {
      switch (section) {
        case Section.Custom c -> {}
        case Section.CoreModule m -> f.add(Sort.CORE_MODULE, m);
        case Section.CoreInstances ci -> {
          requireLinked();
          for (CoreInstance i : ci.instances()) {
            f.add(Sort.CORE_INSTANCE, coreInstance(f, i));
          }
        }
        case Section.CoreTypes ct -> {
          for (CoreType t : ct.types()) {
            int n = t instanceof CoreType.Gc gc ? gc.typeCount() : 1;
            for (int k = 0; k < n; k++) {
              f.add(Sort.CORE_TYPE, t);
            }
          }
        }
        case Section.NestedComponent nc -> f.add(Sort.COMPONENT, new Frame.ComponentDef(nc.component(), f));
        case Section.Instances in -> {
          requireLinked();
          for (Instance i : in.instances()) {
            f.add(Sort.INSTANCE, instance(f, i));
          }
        }
        case Section.Aliases a -> {
          for (Alias x : a.aliases()) {
            f.add(x.sort(), alias(f, x));
          }
        }
        case Section.Types t -> {
          for (DefType d : t.types()) {
            f.add(Sort.TYPE, typeEntry(f, d));
          }
        }
        case Section.Canons cs -> {
          requireLinked();
          for (var c : cs.canons()) {
            f.add(c.definedSort(), canons.define(f, c));
          }
        }
        case Section.Start s -> {
          requireLinked();
          start(f, s);
        }
        case Section.Imports im -> {
          for (Section.Import i : im.imports()) {
            f.add(i.type().sort(), importValue(f, i, args));
          }
        }
        case Section.Exports ex -> {
          for (Section.Export e : ex.exports()) {
            Object value = f.get(e.sort(), e.index(), "export \"" + e.name() + "\"");
            f.exports.put(e.name().name(), value);
            f.add(e.sort(), value);
          }
        }
        case Section.Values v -> throw LinkException.unsupported(f.path + ": value definitions");
      }
    }
    requireLinked();
  }

  /** Host imports are resolved as they are met; report every missing one before anything runs. */
  private void requireLinked() {
    if (!missing.isEmpty()) {
      String more = missing.size() > 1 ? " (and " + (missing.size() - 1) + " more missing)" : "";
      throw LinkException.unresolved(missing.get(0) + more);
    }
  }

  /** A component start function; value definitions are not supported, so only one without arguments or results. */
  private void start(Frame f, Section.Start s) {
    if (!s.args().isEmpty() || s.results() != 0) {
      throw LinkException.unsupported(f.path + ": a component start function with value arguments or results");
    }
    f.get(Sort.FUNC, s.func(), Func.class, "start function").call(java.util.List.of());
  }

  private Map<String, CoreExtern> coreInstance(Frame f, CoreInstance i) {
    int index = f.size(Sort.CORE_INSTANCE);
    return switch (i) {
      case CoreInstance.Instantiate inst -> {
        String where = f.path + ": core instance " + index + " (instantiating core module " + inst.module() + ")";
        var module = f.get(Sort.CORE_MODULE, inst.module(), Section.CoreModule.class, "core instance " + index);
        Map<String, Map<String, CoreExtern>> args = new LinkedHashMap<>();
        for (CoreInstance.Arg a : inst.args()) {
          @SuppressWarnings("unchecked")
          Map<String, CoreExtern> exports = (Map<String, CoreExtern>) f.get(Sort.CORE_INSTANCE, a.coreInstance(),
              Map.class, where + ", argument \"" + a.name() + "\"");
          args.put(a.name(), exports);
        }
        PreparedModule prepared = engine.prepare(module);
        var imports = CoreWiring.importsFor(prepared.module(), args, where);
        // false: Endive always runs the start section; the flag is for calling an exported "_start", which in a
        // component is an ordinary export (the adapter calls the main module's "_start" from run).
        yield CoreWiring.exportsOf(prepared.instantiate(imports, linker.memoryLimit(), false));
      }
      case CoreInstance.FromExports fe -> {
        Map<String, CoreExtern> out = new LinkedHashMap<>();
        for (CoreInstance.InlineExport e : fe.exports()) {
          out.put(e.name(), f.get(e.sort(), e.index(), CoreExtern.class,
              "core instance " + index + " export \"" + e.name() + "\""));
        }
        yield out;
      }
    };
  }

  private Frame.InstanceValue instance(Frame f, Instance i) {
    int index = f.size(Sort.INSTANCE);
    return switch (i) {
      case Instance.Instantiate inst -> {
        String what = "instance " + index;
        var def = f.get(Sort.COMPONENT, inst.component(), Frame.ComponentDef.class, what);
        Map<String, Object> args = new LinkedHashMap<>();
        for (Instance.Arg a : inst.args()) {
          args.put(a.name(), f.get(a.sort(), a.index(), what + " argument \"" + a.name() + "\""));
        }
        Frame child = new Frame(def.definedIn(), f.path + " > " + what + " (component " + inst.component() + ")");
        run(child, def.component(), args);
        yield new Frame.InstanceValue(child.path, child.exports);
      }
      case Instance.FromExports fe -> {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Instance.InlineExport e : fe.exports()) {
          out.put(e.name().name(), f.get(e.sort(), e.index(), "instance " + index + " export \"" + e.name() + "\""));
        }
        yield new Frame.InstanceValue(f.path + " instance " + index, out);
      }
    };
  }

  private Object alias(Frame f, Alias a) {
    return switch (a) {
      case Alias.InstanceExport x -> {
        String what = "alias of export \"" + x.name() + "\" of instance " + x.instance();
        var inst = f.get(Sort.INSTANCE, x.instance(), Frame.InstanceValue.class, what);
        Object v = inst.exports().get(x.name());
        if (v == null && !inst.exports().containsKey(x.name())) { // null: a missing host function, reported later
          throw LinkException.invalid(f.path + ": " + what + ": the instance exports only "
              + String.join(", ", inst.exports().keySet()));
        }
        yield v;
      }
      case Alias.CoreInstanceExport x -> {
        String what = "alias of core export \"" + x.name() + "\" of core instance " + x.coreInstance();
        @SuppressWarnings("unchecked")
        Map<String, CoreExtern> inst = (Map<String, CoreExtern>) f.get(Sort.CORE_INSTANCE, x.coreInstance(),
            Map.class, what);
        CoreExtern v = inst.get(x.name());
        if (v == null) {
          throw LinkException.invalid(f.path + ": " + what + ": the core instance exports only "
              + String.join(", ", inst.keySet()));
        }
        yield v;
      }
      case Alias.Outer x -> {
        String what = "outer alias of " + x.sort() + " " + x.index();
        yield f.outer(x.count(), what).get(x.sort(), x.index(), what);
      }
    };
  }

  private TypeScope.Entry typeEntry(Frame f, DefType d) {
    if (d instanceof DefType.Resource r) {
      int index = f.types.size();
      ResourceType type = new ResourceType("resource (type " + index + " of " + f.path + ")");
      f.handles.defineLocal(type);
      guestDefined.add(type);
      if (r.destructor().isPresent()) {
        var dtor = f.get(Sort.CORE_FUNC, r.destructor().getAsInt(), CoreExtern.Func.class, "resource destructor");
        destructors.put(type, rep -> dtor.call(rep));
      }
      return new TypeScope.Resource(type);
    }
    return new TypeScope.Defined(d, f.types);
  }

  private Object importValue(Frame f, Section.Import i, Map<String, Object> args) {
    String name = i.name().name();
    if (args == null) {
      return host.resolve(f, i);
    }
    Object v = args.get(name);
    if (v == null) {
      throw LinkException.invalid(f.path + ": import \"" + name + "\" is not given by the instantiation (given: "
          + String.join(", ", args.keySet()) + ")");
    }
    if (i.type() instanceof ExternType.TypeEq || i.type() instanceof ExternType.TypeSubResource) {
      if (!(v instanceof TypeScope.Entry)) {
        throw LinkException.invalid(f.path + ": import \"" + name + "\" expects a type");
      }
    }
    return v;
  }
}
