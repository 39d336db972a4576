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
import java.util.Optional;
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
 * instantiated (the usual shim and fixup modules). Exported interfaces keep their type names by passing their
 * functions through a nested component, as wit-component does. A resource of an exported interface is defined by
 * the component itself ({@code (resource (rep i32) (dtor ...))}, the destructor being the core export
 * {@code ns:pkg/iface#[dtor]name} if there is one, called through the shim table); the core module gets its
 * {@code resource.new}, {@code resource.rep} and {@code resource.drop} as the imports {@code [export]ns:pkg/iface}
 * {@code [resource-new]name} (likewise {@code -rep}, {@code -drop}).
 */
public final class ComponentBuilder {
  private final CoreModuleInfo core;
  private final World world;
  private final Assembly out = new Assembly();
  /** Component-level type index of every named type of an imported interface. */
  private final Map<TypeDef, Integer> componentTypes = new HashMap<>();
  private final Map<String, Integer> importedInstances = new HashMap<>();
  /** Component-level type index of every resource an exported interface defines. */
  private final Map<TypeDef, Integer> exportedResources = new HashMap<>();

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
      if (!name.startsWith(EXPORT_PREFIX)) {
        used.put(name, importedInterface(name));
      }
    }
    // interfaces whose types the exported functions name are imported even if no function of theirs is
    for (WorldItem item : world.exports().values()) {
      if (item instanceof WorldItem.FunctionItem fi) {
        List<TypeDef> named = new ArrayList<>();
        fi.function().params().forEach(p -> namedTypes(p.type(), named));
        namedTypes(fi.function().result(), named);
        for (TypeDef def : named) {
          if (def.owner() instanceof dev.wasmhost.component.wit.TypeOwner.OfInterface) {
            Interface owner = owner(def);
            used.putIfAbsent(owner.qualifiedName(), owner);
          }
        }
      }
    }
    for (Interface iface : ordered(used.values())) {
      importInterface(iface, byModule.getOrDefault(iface.qualifiedName(), List.of()));
    }
    importWorldTypes();
    int main = out.coreModule(module);
    List<Shimmed> shimmed = new ArrayList<>();
    Map<String, Integer> coreImports = new LinkedHashMap<>();
    int shimInstance = -1;
    List<CoreModuleInfo.FuncType> shimTypes = new ArrayList<>();
    Map<String, List<CoreInstance.InlineExport>> pending = new LinkedHashMap<>();
    for (var entry : byModule.entrySet()) {
      Interface iface = used.get(entry.getKey());
      if (iface == null) {
        continue;
      }
      for (CoreModuleInfo.FuncImport imp : entry.getValue()) {
        if (needsShim(iface, imp)) {
          shimTypes.add(imp.type());
        }
      }
    }
    // destructors of exported resources: core exports called through the shim table (defined before the module)
    List<Destructor> destructors = new ArrayList<>();
    for (WorldItem item : world.exports().values()) {
      if (item instanceof WorldItem.InterfaceItem ii) {
        for (TypeDef def : ii.iface().types().values()) {
          if (def.kind() instanceof TypeDef.Resource) {
            String dtor = ii.iface().qualifiedName() + "#[dtor]" + def.name();
            if (core.exports(dtor, 0)) {
              destructors.add(new Destructor(def, dtor, shimTypes.size()));
              shimTypes.add(new CoreModuleInfo.FuncType(List.of(0x7F), List.of()));
            } else {
              destructors.add(new Destructor(def, null, -1));
            }
          }
        }
      }
    }
    if (!shimTypes.isEmpty()) {
      int shimModule = out.coreModule(CoreModuleWriter.shim(shimTypes));
      shimInstance = out.instantiateCore(shimModule, List.of());
    }
    for (Destructor d : destructors) {
      java.util.OptionalInt dtor = d.slot() < 0 ? java.util.OptionalInt.empty()
          : java.util.OptionalInt.of(out.aliasCoreExport(Sort.CORE_FUNC, shimInstance, Integer.toString(d.slot())));
      exportedResources.put(d.resource(), out.type(new DefType.Resource(0x7F, dtor)));
    }
    for (var entry : byModule.entrySet()) {
      Interface iface = used.get(entry.getKey());
      if (iface == null) {
        pending.put(entry.getKey(), resourceIntrinsics(entry.getKey(), entry.getValue()));
        continue;
      }
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
    if (!shimTypes.isEmpty()) {
      fixup(shimmed, destructors, mainInstance, shimTypes, shimInstance, memory, realloc);
    }
    exports(mainInstance, memory, realloc);
  }

  private record Shimmed(int func, int slot, Function function) {}

  /** An exported resource and its destructor: a core export put in shim slot {@code slot}, or none (null, -1). */
  private record Destructor(TypeDef resource, String coreName, int slot) {}

  private static final String EXPORT_PREFIX = "[export]";

  /** The core functions {@code [resource-new]r}, {@code [resource-rep]r}, {@code [resource-drop]r} of exported resources. */
  private List<CoreInstance.InlineExport> resourceIntrinsics(String module, List<CoreModuleInfo.FuncImport> imports) {
    String ifaceName = module.substring(EXPORT_PREFIX.length());
    Interface iface = world.exports().get(ifaceName) instanceof WorldItem.InterfaceItem ii ? ii.iface() : null;
    if (iface == null) {
      throw new ComponentBuildException("the core module imports from \"" + module + "\", but world " + world.name()
          + " exports no interface " + ifaceName);
    }
    List<CoreInstance.InlineExport> exports = new ArrayList<>();
    for (CoreModuleInfo.FuncImport imp : imports) {
      int bracket = imp.name().indexOf(']');
      TypeDef def = bracket < 0 ? null : iface.types().get(imp.name().substring(bracket + 1));
      Integer type = def == null ? null : exportedResources.get(def);
      if (type == null) {
        throw new ComponentBuildException("the core module imports " + module + "." + imp.name() + ", but "
            + ifaceName + " has no such resource");
      }
      Canon canon = switch (imp.name().substring(0, bracket + 1)) {
        case "[resource-new]" -> new Canon.ResourceNew(type);
        case "[resource-rep]" -> new Canon.ResourceRep(type);
        case "[resource-drop]" -> new Canon.ResourceDrop(type);
        default -> throw new ComponentBuildException("the core module imports " + module + "." + imp.name()
            + "; an exported interface gives only [resource-new], [resource-rep] and [resource-drop]");
      };
      exports.add(new CoreInstance.InlineExport(imp.name(), Sort.CORE_FUNC, out.canon(canon)));
    }
    return exports;
  }

  private static void namedTypes(Type type, List<TypeDef> out) {
    switch (type) {
      case null -> { }
      case Type.Named n -> out.add(n.def());
      case Type.ListOf l -> namedTypes(l.element(), out);
      case Type.FixedListOf l -> namedTypes(l.element(), out);
      case Type.OptionOf o -> namedTypes(o.some(), out);
      case Type.ResultOf r -> {
        namedTypes(r.ok(), out);
        namedTypes(r.err(), out);
      }
      case Type.TupleOf t -> t.elements().forEach(e -> namedTypes(e, out));
      default -> { }
    }
  }

  /**
   * The types the world itself declares ({@code type}, {@code record}, {@code enum}... items, which a world only
   * imports): each is defined and imported with that definition as its bound, as wit-component does, so that the
   * world's exported functions can name them.
   */
  private void importWorldTypes() {
    TypeEncoder encoder = new TypeEncoder(new TypeEncoder.Scope() {
      public int define(DefType type) {
        return out.type(type);
      }

      public int name(TypeDef def, int definition) {
        return out.importExtern(def.name(), new ExternType.TypeEq(definition));
      }

      public int resource(TypeDef def) {
        throw new ComponentBuildException("world " + world.name() + " declares resource " + def.name()
            + "; resources declared by a world are not supported yet");
      }

      public int foreign(TypeDef def) {
        Integer index = componentTypes.get(def);
        if (index == null) {
          throw new ComponentBuildException("type " + def.name() + " comes from an interface world " + world.name()
              + " does not import");
        }
        return index;
      }

      public boolean owns(TypeDef def) {
        return !componentTypes.containsKey(def);
      }
    });
    for (WorldItem item : world.imports().values()) {
      if (item instanceof WorldItem.TypeItem t && !componentTypes.containsKey(t.type())) {
        componentTypes.put(t.type(), encoder.named(t.type()));
      }
    }
  }

  private void fixup(List<Shimmed> shimmed, List<Destructor> destructors, int mainInstance,
      List<CoreModuleInfo.FuncType> types, int shimInstance, Integer memory, Integer realloc) {
    if (memory == null && !shimmed.isEmpty()) {
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
    for (Destructor d : destructors) {
      if (d.slot() >= 0) {
        exports.add(new CoreInstance.InlineExport(Integer.toString(d.slot()), Sort.CORE_FUNC,
            out.aliasCoreExport(Sort.CORE_FUNC, mainInstance, d.coreName())));
      }
    }
    int table = out.aliasCoreExport(Sort.CORE_TABLE, shimInstance, CoreModuleWriter.TABLE);
    exports.add(new CoreInstance.InlineExport(CoreModuleWriter.TABLE, Sort.CORE_TABLE, table));
    int fixupModule = out.coreModule(CoreModuleWriter.fixup(types));
    out.instantiateCore(fixupModule, List.of(new CoreInstance.Arg("", out.coreInstance(exports))));
  }

  /** A core export that lifts to a function of the world or of an exported interface. */
  private record Lifted(Function function, String coreName) {}

  private void exports(int mainInstance, Integer memory, Integer realloc) {
    Map<String, List<Lifted>> interfaces = new LinkedHashMap<>();
    for (CoreModuleInfo.Export e : core.exports()) {
      if (e.kind() != 0 || e.name().equals("cabi_realloc") || e.name().startsWith("cabi_post_")
          || e.name().startsWith("_") || e.name().contains("#[dtor]")) {
        continue;
      }
      int hash = e.name().indexOf('#');
      String itemName = hash < 0 ? e.name() : e.name().substring(0, hash);
      WorldItem item = world.exports().get(itemName);
      if (hash < 0 && item instanceof WorldItem.FunctionItem fi) {
        int type = new TypeEncoder(exportScope()).function(fi.function());
        out.export(itemName, Sort.FUNC, lift(new Lifted(fi.function(), e.name()), type, mainInstance, memory, realloc));
      } else if (hash >= 0 && item instanceof WorldItem.InterfaceItem ii
          && exported(ii.iface(), e.name().substring(hash + 1)) != null) {
        interfaces.computeIfAbsent(itemName, k -> new ArrayList<>())
            .add(new Lifted(exported(ii.iface(), e.name().substring(hash + 1)), e.name()));
      } else {
        throw new ComponentBuildException("the core module exports \"" + e.name() + "\", which world "
            + world.name() + " does not export");
      }
    }
    interfaces.forEach((name, funcs) -> {
      Interface iface = ((WorldItem.InterfaceItem) world.exports().get(name)).iface();
      out.export(name, Sort.INSTANCE, exportInterface(iface, funcs, mainInstance, memory, realloc));
    });
  }

  private static Function exported(Interface iface, String canonicalName) {
    for (Function f : iface.functions().values()) {
      if (f.canonicalName().equals(canonicalName)) {
        return f;
      }
    }
    return null;
  }

  /** Lifts a core export to a component function of component-level type {@code type}. */
  private int lift(Lifted l, int type, int mainInstance, Integer memory, Integer realloc) {
    Function f = l.function();
    int coreFunc = out.aliasCoreExport(Sort.CORE_FUNC, mainInstance, l.coreName());
    List<CanonOption> options = new ArrayList<>();
    boolean memoryUsed = f.params().stream().anyMatch(p -> TypeEncoder.usesMemory(p.type()))
        || TypeEncoder.usesMemory(f.result()) || TypeEncoder.flatCount(f.result()) > 1
        || f.params().stream().mapToInt(p -> TypeEncoder.flatCount(p.type())).sum() > 16;
    if (memoryUsed && memory != null) {
      options.add(CanonOption.of(CanonOption.Kind.UTF8));
      options.add(new CanonOption(CanonOption.Kind.MEMORY, memory));
      if (realloc != null && f.params().stream().anyMatch(p -> TypeEncoder.usesMemory(p.type()))) {
        options.add(new CanonOption(CanonOption.Kind.REALLOC, realloc));
      }
    }
    if (core.exports("cabi_post_" + l.coreName(), 0)) {
      options.add(new CanonOption(CanonOption.Kind.POST_RETURN,
          out.aliasCoreExport(Sort.CORE_FUNC, mainInstance, "cabi_post_" + l.coreName())));
    }
    return out.canon(new Canon.Lift(coreFunc, options, type));
  }

  /**
   * Exports an interface as an instance whose types carry the interface's names: the functions are lifted with
   * component-level types, then passed through a nested component that imports them (and the types they use) and
   * exports them again under their WIT names, as wit-component does.
   */
  private int exportInterface(Interface iface, List<Lifted> funcs, int mainInstance, Integer memory,
      Integer realloc) {
    TypeEncoder outer = new TypeEncoder(new TypeEncoder.Scope() {
      public int define(DefType type) {
        return out.type(type);
      }

      public int name(TypeDef def, int definition) {
        return definition;
      }

      public int resource(TypeDef def) {
        return exportedResources.get(def);
      }

      public int foreign(TypeDef def) {
        Integer index = componentTypes.get(def);
        if (index == null) {
          throw new ComponentBuildException("exported interface " + iface.qualifiedName() + " uses type "
              + def.name() + " of an interface the module does not import");
        }
        return index;
      }

      public boolean owns(TypeDef def) {
        return def.owner().equals(iface.owner());
      }
    });
    List<Integer> lifted = new ArrayList<>();
    for (Lifted l : funcs) {
      lifted.add(lift(l, outer.function(l.function()), mainInstance, memory, realloc));
    }
    Assembly nested = new Assembly();
    List<Instance.Arg> args = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    TypeEncoder imports = new TypeEncoder(new TypeEncoder.Scope() {
      public int define(DefType type) {
        return nested.type(type);
      }

      public int name(TypeDef def, int definition) {
        return importType(def, new ExternType.TypeEq(definition));
      }

      public int resource(TypeDef def) {
        return importType(def, new ExternType.TypeSubResource());
      }

      private int importType(TypeDef def, ExternType type) {
        String name = unique(names, "import-type-" + def.name());
        boolean own = def.owner().equals(iface.owner());
        args.add(new Instance.Arg(name, Sort.TYPE, own ? outer.known(def) : componentTypes.get(def)));
        return nested.importExtern(name, type);
      }

      public int foreign(TypeDef def) {
        throw new IllegalStateException("every type is imported into the export shim");
      }

      public boolean owns(TypeDef def) {
        return true;
      }
    });
    List<Integer> importedFuncs = new ArrayList<>();
    for (int i = 0; i < funcs.size(); i++) {
      int type = imports.function(funcs.get(i).function());
      String name = unique(names, "import-func-" + funcs.get(i).function().name());
      args.add(new Instance.Arg(name, Sort.FUNC, lifted.get(i)));
      importedFuncs.add(nested.importExtern(name, new ExternType.Func(type)));
    }
    TypeEncoder exports = new TypeEncoder(new TypeEncoder.Scope() {
      public int define(DefType type) {
        return nested.type(type);
      }

      public int name(TypeDef def, int definition) {
        return nested.export(def.name(), Sort.TYPE, definition);
      }

      public int resource(TypeDef def) {
        return nested.export(def.name(), Sort.TYPE, imports.known(def));
      }

      public int foreign(TypeDef def) {
        return imports.known(def);
      }

      public boolean owns(TypeDef def) {
        return def.owner().equals(iface.owner());
      }
    });
    for (TypeDef def : iface.types().values()) {
      if (imports.known(def) != null && def.owner().equals(iface.owner())) {
        exports.named(def);
      }
    }
    for (int i = 0; i < funcs.size(); i++) {
      Function f = funcs.get(i).function();
      int type = exports.function(f);
      nested.export(f.canonicalName(), Sort.FUNC, importedFuncs.get(i), Optional.of(new ExternType.Func(type)));
    }
    return out.instantiate(out.nestedComponent(nested.component()), args);
  }

  /** {@code base}, or {@code base-b}, {@code base-c}... if taken: names must be unique kebab labels. */
  private static String unique(Set<String> taken, String base) {
    String name = base;
    for (char c = 'b'; !taken.add(name); c++) {
      name = base + "-" + c;
    }
    return name;
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
