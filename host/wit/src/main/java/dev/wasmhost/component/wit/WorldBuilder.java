package dev.wasmhost.component.wit;

import dev.wasmhost.component.wit.Resolver.Ctx;
import dev.wasmhost.component.wit.Syntax.*;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolves the flattened members of one world into a {@link World}. */
final class WorldBuilder {
  private final Resolver resolver;
  private final PackageName pkg;
  private final String name;
  private final Map<UsePath, Ctx> useContexts = new IdentityHashMap<>();
  private final Map<String, WorldItem> imports = new LinkedHashMap<>();
  private final Map<String, WorldItem> exports = new LinkedHashMap<>();

  WorldBuilder(Resolver resolver, PackageName pkg, String name) {
    this.resolver = resolver;
    this.pkg = pkg;
    this.name = name;
  }

  World build(WorldDecl decl, List<WorldFlattener.Entry> entries) {
    TypeScope scope = new TypeScope(new TypeOwner.OfWorld(pkg, name), "world '" + name + "'",
        p -> resolver.iface(p, useContexts.get(p)));
    for (WorldFlattener.Entry e : entries) {
      switch (e.member()) {
        case Use u -> {
          useContexts.put(u.path(), e.ctx());
          scope.declare(u);
        }
        case TypeDecl t -> scope.declare(t);
        default -> { }
      }
    }
    Map<String, TypeDef> types = scope.resolveAll();
    for (WorldFlattener.Entry e : entries) {
      switch (e.member()) {
        case Use u -> {
          Interface iface = resolver.iface(u.path(), e.ctx());
          add(imports, iface.qualifiedName(), new WorldItem.InterfaceItem(iface, false), u.pos(),
              "imports");
          for (UseName n : u.names()) {
            add(imports, n.localName(), new WorldItem.TypeItem(types.get(n.localName())),
                n.pos(), "imports");
          }
        }
        case TypeDecl t -> {
          add(imports, t.name(), new WorldItem.TypeItem(types.get(t.name())), t.pos(),
              "imports");
          // A world-level resource's methods are imported beside it.
          scope.functions(List.of(t)).forEach((key, fn) ->
              add(imports, key, new WorldItem.FunctionItem(fn), t.pos(), "imports"));
        }
        case Extern x -> extern(x, e, scope);
        default -> throw new IllegalStateException("includes are flattened before building");
      }
    }
    return new World(name, pkg, decl.docs(), decl.gate(), elaborated(decl.pos()), exports);
  }

  /**
   * A world implicitly imports every interface whose types its imported or exported interfaces
   * use (unless it exports that interface itself); they are listed before their users.
   */
  private Map<String, WorldItem> elaborated(Pos pos) {
    Map<String, WorldItem> out = new LinkedHashMap<>();
    for (Map.Entry<String, WorldItem> e : imports.entrySet()) {
      if (e.getValue() instanceof WorldItem.InterfaceItem(Interface iface, boolean inline)) {
        dependencies(iface, out, pos);
      }
      out.putIfAbsent(e.getKey(), e.getValue());
    }
    for (WorldItem item : exports.values()) {
      if (item instanceof WorldItem.InterfaceItem(Interface iface, boolean inline)) {
        dependencies(iface, out, pos);
      }
    }
    return out;
  }

  private void dependencies(Interface iface, Map<String, WorldItem> out, Pos pos) {
    for (TypeDef def : iface.types().values()) {
      if (def.kind() instanceof TypeDef.Alias(Type.Named(TypeDef target))
          && target.owner() instanceof TypeOwner.OfInterface(PackageName p, String n)
          && !target.owner().equals(def.owner())) {
        Interface dep = resolver.iface(p, n, pos);
        String key = dep.qualifiedName();
        if (!out.containsKey(key) && !exports.containsKey(key)) {
          dependencies(dep, out, pos);
          out.put(key, new WorldItem.InterfaceItem(dep, false));
        }
      }
    }
  }

  private void extern(Extern x, WorldFlattener.Entry e, TypeScope scope) {
    Map<String, WorldItem> target = x.export() ? exports : imports;
    String verb = x.export() ? "exports" : "imports";
    switch (x.kind()) {
      case ExternPath p -> {
        Interface iface = resolver.iface(p.path(), e.ctx());
        add(target, iface.qualifiedName(), new WorldItem.InterfaceItem(iface, false), x.pos(),
            verb);
      }
      case ExternFunc f -> {
        Function fn = scope.function(e.name(), new Function.Freestanding(), f.sig(), x.docs(),
            x.gate());
        add(target, e.name(), new WorldItem.FunctionItem(fn), x.pos(), verb);
      }
      case ExternInline i -> {
        ExternInline renamed = new ExternInline(e.name(), i.members());
        Interface iface = resolver.inline(pkg, name, renamed, x.docs(), x.gate(), e.ctx());
        add(target, e.name(), new WorldItem.InterfaceItem(iface, true), x.pos(), verb);
      }
    }
  }

  private void add(Map<String, WorldItem> items, String key, WorldItem item, Pos pos,
      String verb) {
    WorldItem existing = items.putIfAbsent(key, item);
    if (existing != null && !existing.equals(item)) {
      throw new WitException(pos.at("world '" + name + "' already " + verb + " '" + key
          + "'; rename one of them (for an include: 'include w with { " + key
          + " as other-name }')"));
    }
  }
}
