package dev.wasmhost.component.build;

import dev.wasmhost.component.binary.Canon;
import dev.wasmhost.component.binary.CanonOption;
import dev.wasmhost.component.binary.ComponentEncoder;
import dev.wasmhost.component.binary.CoreInstance;
import dev.wasmhost.component.binary.Decl;
import dev.wasmhost.component.binary.DefType;
import dev.wasmhost.component.binary.ExternName;
import dev.wasmhost.component.binary.ExternType;
import dev.wasmhost.component.binary.Instance;
import dev.wasmhost.component.binary.Sort;
import dev.wasmhost.component.wit.Function;
import dev.wasmhost.component.wit.Interface;
import dev.wasmhost.component.wit.Type;
import dev.wasmhost.component.wit.TypeDef;
import dev.wasmhost.component.wit.World;
import dev.wasmhost.component.wit.WorldItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes a component from a core module and the WIT world it targets, as {@code wasm-tools component new} does for
 * modules that follow the component model's core naming convention:
 * <ul>
 *   <li>imports: module {@code ns:pkg/iface@version}, name the function's canonical name
 *       ({@code get-stdout}, {@code [method]output-stream.write}), or {@code [resource-drop]name};</li>
 *   <li>exports: {@code ns:pkg/iface@version#function} for exported interfaces, the plain name for functions the
 *       world exports, {@code memory}, {@code cabi_realloc}, and {@code cabi_post_<export>} for post-return.</li>
 * </ul>
 * Imports whose lowering needs the module's memory or allocator go through a shim table filled after the module is
 * instantiated (the usual shim and fixup modules). Exported interfaces may use types of imported interfaces but not
 * define their own yet.
 */
public final class ComponentBuilder {
  private final CoreModuleInfo core;
  private final World world;
  private final Assembly out = new Assembly();
  /** Component-level type index of every named type of an imported interface. */
  private final Map<TypeDef, Integer> componentTypes = new HashMap<>();
  private final Map<String, Integer> importedInstances = new HashMap<>();

  private ComponentBuilder(byte[] module, World world) {
    this.core = CoreModuleInfo.read(module);
    this.world = world;
  }

  /** The component binary for {@code module} in {@code world}. */
  public static byte[] wrap(byte[] module, World world) {
    ComponentBuilder b = new ComponentBuilder(module, world);
    b.build(module);
    return ComponentEncoder.encode(b.out.component());
  }

  private void build(byte[] module) {
    Map<String, List<CoreModuleInfo.FuncImport>> byModule = new LinkedHashMap<>();
    for (CoreModuleInfo.FuncImport i : core.imports()) {
      byModule.computeIfAbsent(i.module(), k -> new ArrayList<>()).add(i);
    }
    Map<String, Interface> used = new LinkedHashMap<>();
    for (String name : byModule.keySet()) {
      used.put(name, importedInterface(name));
    }
    for (Interface iface : ordered(used.values())) {
      importInterface(iface, byModule.getOrDefault(iface.qualifiedName(), List.of()));
    }
    int main = out.coreModule(module);
    List<Shimmed> shimmed = new ArrayList<>();
    Map<String, Integer> coreImports = new LinkedHashMap<>();
    int shimInstance = -1;
    List<CoreModuleInfo.FuncType> shimTypes = new ArrayList<>();
    Map<String, List<CoreInstance.InlineExport>> pending = new LinkedHashMap<>();
    for (var entry : byModule.entrySet()) {
      Interface iface = used.get(entry.getKey());
      for (CoreModuleInfo.FuncImport imp : entry.getValue()) {
        if (needsShim(iface, imp)) {
          shimTypes.add(imp.type());
        }
      }
    }
    if (!shimTypes.isEmpty()) {
      int shimModule = out.coreModule(CoreModuleWriter.shim(shimTypes));
      shimInstance = out.instantiateCore(shimModule, List.of());
    }
    for (var entry : byModule.entrySet()) {
      Interface iface = used.get(entry.getKey());
      int instance = importedInstances.get(iface.qualifiedName());
      List<CoreInstance.InlineExport> exports = new ArrayList<>();
      for (CoreModuleInfo.FuncImport imp : entry.getValue()) {
        int coreFunc;
        if (imp.name().startsWith("[resource-drop]")) {
          TypeDef resource = iface.types().get(imp.name().substring("[resource-drop]".length()));
          if (resource == null || !(resource.unaliased().kind() instanceof TypeDef.Resource)) {
            throw new ComponentBuildException("the core module imports " + imp.module() + "." + imp.name()
                + ", but " + iface.qualifiedName() + " has no such resource");
          }
          coreFunc = out.canon(new Canon.ResourceDrop(componentTypes.get(resource)));
        } else {
          int func = out.aliasExport(Sort.FUNC, instance, imp.name());
          if (needsShim(iface, imp)) {
            int slot = shimmed.size();
            coreFunc = out.aliasCoreExport(Sort.CORE_FUNC, shimInstance, Integer.toString(slot));
            shimmed.add(new Shimmed(func, slot, function(iface, imp)));
          } else {
            coreFunc = out.canon(new Canon.Lower(func, List.of()));
          }
        }
        exports.add(new CoreInstance.InlineExport(imp.name(), Sort.CORE_FUNC, coreFunc));
      }
      pending.put(entry.getKey(), exports);
    }
    List<CoreInstance.Arg> args = new ArrayList<>();
    for (var entry : pending.entrySet()) {
      args.add(new CoreInstance.Arg(entry.getKey(), out.coreInstance(entry.getValue())));
    }
    int mainInstance = out.instantiateCore(main, args);
    Integer memory = core.exports("memory", 2) ? out.aliasCoreExport(Sort.CORE_MEMORY, mainInstance, "memory") : null;
    Integer realloc = core.exports("cabi_realloc", 0)
        ? out.aliasCoreExport(Sort.CORE_FUNC, mainInstance, "cabi_realloc") : null;
    if (!shimmed.isEmpty()) {
      fixup(shimmed, shimTypes, shimInstance, memory, realloc);
    }
    exports(mainInstance, memory, realloc);
  }

  private record Shimmed(int func, int slot, Function function) {}

  private void fixup(List<Shimmed> shimmed, List<CoreModuleInfo.FuncType> types, int shimInstance, Integer memory,
      Integer realloc) {
    if (memory == null) {
      throw new ComponentBuildException("the core module imports functions that pass strings or lists but exports"
          + " no memory named \"memory\"");
    }
    List<CoreInstance.InlineExport> exports = new ArrayList<>();
    for (Shimmed s : shimmed) {
      List<CanonOption> options = new ArrayList<>();
      options.add(CanonOption.of(CanonOption.Kind.UTF8));
      options.add(new CanonOption(CanonOption.Kind.MEMORY, memory));
      if (TypeEncoder.usesMemory(s.function().result())) {
        if (realloc == null) {
          throw new ComponentBuildException("the core module imports " + s.function().canonicalName()
              + ", whose results need an allocator, but exports no cabi_realloc");
        }
        options.add(new CanonOption(CanonOption.Kind.REALLOC, realloc));
      }
      int lowered = out.canon(new Canon.Lower(s.func(), options));
      exports.add(new CoreInstance.InlineExport(Integer.toString(s.slot()), Sort.CORE_FUNC, lowered));
    }
    int table = out.aliasCoreExport(Sort.CORE_TABLE, shimInstance, CoreModuleWriter.TABLE);
    exports.add(new CoreInstance.InlineExport(CoreModuleWriter.TABLE, Sort.CORE_TABLE, table));
    int fixupModule = out.coreModule(CoreModuleWriter.fixup(types));
    out.instantiateCore(fixupModule, List.of(new CoreInstance.Arg("", out.coreInstance(exports))));
  }

  private void exports(int mainInstance, Integer memory, Integer realloc) {
    Map<String, List<Instance.InlineExport>> interfaces = new LinkedHashMap<>();
    for (CoreModuleInfo.Export e : core.exports()) {
      if (e.kind() != 0 || e.name().equals("cabi_realloc") || e.name().startsWith("cabi_post_")
          || e.name().startsWith("_")) {
        continue;
      }
      int hash = e.name().indexOf('#');
      String itemName = hash < 0 ? e.name() : e.name().substring(0, hash);
      WorldItem item = world.exports().get(itemName);
      Function f;
      if (hash < 0 && item instanceof WorldItem.FunctionItem fi) {
        f = fi.function();
      } else if (hash >= 0 && item instanceof WorldItem.InterfaceItem ii
          && ii.iface().functions().get(e.name().substring(hash + 1)) != null) {
        f = ii.iface().functions().get(e.name().substring(hash + 1));
      } else {
        throw new ComponentBuildException("the core module exports \"" + e.name() + "\", which world "
            + world.name() + " does not export");
      }
      int type = new TypeEncoder(exportScope()).function(f);
      int coreFunc = out.aliasCoreExport(Sort.CORE_FUNC, mainInstance, e.name());
      List<CanonOption> options = new ArrayList<>();
      boolean memoryUsed = f.params().stream().anyMatch(p -> TypeEncoder.usesMemory(p.type()))
          || TypeEncoder.usesMemory(f.result());
      if (memoryUsed && memory != null) {
        options.add(CanonOption.of(CanonOption.Kind.UTF8));
        options.add(new CanonOption(CanonOption.Kind.MEMORY, memory));
        if (realloc != null) {
          options.add(new CanonOption(CanonOption.Kind.REALLOC, realloc));
        }
      }
      if (core.exports("cabi_post_" + e.name(), 0)) {
        options.add(new CanonOption(CanonOption.Kind.POST_RETURN,
            out.aliasCoreExport(Sort.CORE_FUNC, mainInstance, "cabi_post_" + e.name())));
      }
      int func = out.canon(new Canon.Lift(coreFunc, options, type));
      if (hash < 0) {
        out.export(itemName, Sort.FUNC, func);
      } else {
        interfaces.computeIfAbsent(itemName, k -> new ArrayList<>())
            .add(new Instance.InlineExport(ExternName.of(f.canonicalName()), Sort.FUNC, func));
      }
    }
    interfaces.forEach((name, funcs) -> out.export(name, Sort.INSTANCE, out.instance(funcs)));
  }

  /** Types of exported functions live at the component level and may only use imported interfaces' types. */
  private TypeEncoder.Scope exportScope() {
    return new TypeEncoder.Scope() {
      public int define(DefType type) {
        return out.type(type);
      }

      public int name(TypeDef def, int definition) {
        throw ownTypes(def);
      }

      public int resource(TypeDef def) {
        throw ownTypes(def);
      }

      public int foreign(TypeDef def) {
        Integer index = componentTypes.get(def);
        if (index == null) {
          throw ownTypes(def);
        }
        return index;
      }

      public boolean owns(TypeDef def) {
        return !componentTypes.containsKey(def);
      }
    };
  }

  private static ComponentBuildException ownTypes(TypeDef def) {
    return new ComponentBuildException("an exported function uses type " + def.name()
        + ", defined by the exported interface or world itself; the builder supports exported types only from"
        + " imported interfaces so far");
  }

  private Interface importedInterface(String module) {
    if (world.imports().get(module) instanceof WorldItem.InterfaceItem item) {
      return item.iface();
    }
    throw new ComponentBuildException("the core module imports from \"" + module + "\", which world "
        + world.name() + " does not import (imports are named ns:pkg/interface@version)");
  }

  private Function function(Interface iface, CoreModuleInfo.FuncImport imp) {
    for (Function f : iface.functions().values()) {
      if (f.canonicalName().equals(imp.name())) {
        return f;
      }
    }
    throw new ComponentBuildException("the core module imports " + imp.module() + "." + imp.name()
        + ", but " + iface.qualifiedName() + " has no such function");
  }

  private boolean needsShim(Interface iface, CoreModuleInfo.FuncImport imp) {
    if (imp.name().startsWith("[resource-drop]")) {
      return false;
    }
    Function f = function(iface, imp);
    boolean retptr = (f.result() != null || f.kind() instanceof Function.Constructor) && imp.type().results().isEmpty();
    return retptr || TypeEncoder.usesMemory(f.result()) || f.params().stream().anyMatch(p -> TypeEncoder.usesMemory(p.type()));
  }

  /** The interfaces to import: the used ones and those whose types they use, each after its dependencies. */
  private List<Interface> ordered(Iterable<Interface> used) {
    Set<Interface> done = new LinkedHashSet<>();
    for (Interface i : used) {
      visit(i, done, new LinkedHashSet<>());
    }
    return List.copyOf(done);
  }

  private void visit(Interface iface, Set<Interface> done, Set<Interface> visiting) {
    if (done.contains(iface) || !visiting.add(iface)) {
      return;
    }
    for (TypeDef def : iface.types().values()) {
      if (def.kind() instanceof TypeDef.Alias(Type.Named(TypeDef target)) && !target.owner().equals(iface.owner())) {
        visit(owner(target), done, visiting);
      }
    }
    done.add(iface);
  }

  private Interface owner(TypeDef def) {
    for (WorldItem item : world.imports().values()) {
      if (item instanceof WorldItem.InterfaceItem ii && ii.iface().owner().equals(def.owner())) {
        return ii.iface();
      }
    }
    throw new ComponentBuildException("type " + def.name() + " comes from an interface world " + world.name()
        + " does not import");
  }

  /** Declares the interface as an instance type (all its types, the functions the module uses) and imports it. */
  private void importInterface(Interface iface, List<CoreModuleInfo.FuncImport> imports) {
    List<Decl> decls = new ArrayList<>();
    int[] count = {0};
    TypeEncoder encoder = new TypeEncoder(new TypeEncoder.Scope() {
      public int define(DefType type) {
        decls.add(new Decl.TypeDecl(type));
        return count[0]++;
      }

      public int name(TypeDef def, int definition) {
        decls.add(new Decl.ExportDecl(ExternName.of(def.name()), new ExternType.TypeEq(definition)));
        return count[0]++;
      }

      public int resource(TypeDef def) {
        decls.add(new Decl.ExportDecl(ExternName.of(def.name()), new ExternType.TypeSubResource()));
        return count[0]++;
      }

      public int foreign(TypeDef def) {
        Integer outer = componentTypes.get(def);
        if (outer == null) {
          throw new ComponentBuildException("type " + def.name() + " is used by " + iface.qualifiedName()
              + " before its interface is imported");
        }
        decls.add(new Decl.AliasDecl(new dev.wasmhost.component.binary.Alias.Outer(Sort.TYPE, 1, outer)));
        return count[0]++;
      }

      public boolean owns(TypeDef def) {
        return def.owner().equals(iface.owner());
      }
    });
    for (TypeDef def : iface.types().values()) {
      encoder.named(def);
    }
    Set<String> declared = new LinkedHashSet<>();
    for (CoreModuleInfo.FuncImport imp : imports) {
      if (!imp.name().startsWith("[resource-drop]") && declared.add(imp.name())) {
        int type = encoder.function(function(iface, imp));
        decls.add(new Decl.ExportDecl(ExternName.of(imp.name()), new ExternType.Func(type)));
      }
    }
    int instanceType = out.type(new DefType.InstanceType(decls));
    int instance = out.importInstance(iface.qualifiedName(), instanceType);
    importedInstances.put(iface.qualifiedName(), instance);
    for (TypeDef def : iface.types().values()) {
      componentTypes.put(def, out.aliasExport(Sort.TYPE, instance, def.name()));
    }
  }
}
