package dev.wasmhost.component.wit;

import dev.wasmhost.component.wit.Syntax.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Resolves gathered packages: interfaces, worlds and their cross-references. */
final class Resolver {
  /** Where an item was written: its package and the file-level {@code use} aliases in scope. */
  record Ctx(PackageName pkg, Map<String, TopUse> aliases) {}

  record Placed<T>(T decl, Ctx ctx) {}

  /** A package's declarations before resolution. */
  static final class PackageDecls {
    final PackageName name;
    String docs = "";
    final Map<String, Placed<InterfaceDecl>> interfaces = new LinkedHashMap<>();
    final Map<String, Placed<WorldDecl>> worlds = new LinkedHashMap<>();

    PackageDecls(PackageName name) {
      this.name = name;
    }
  }

  private final Map<PackageName, PackageDecls> packages;
  private final Map<String, Interface> interfaces = new HashMap<>();
  private final Map<String, World> worlds = new HashMap<>();
  private final Set<String> inProgress = new LinkedHashSet<>();

  Resolver(Map<PackageName, PackageDecls> packages) {
    this.packages = packages;
  }

  /** Resolves every package; dependencies come before the packages that use them. */
  List<Package> resolveAll() {
    List<Package> out = new ArrayList<>();
    Set<PackageName> done = new LinkedHashSet<>();
    for (PackageName name : packages.keySet()) {
      resolvePackage(name, done, out);
    }
    return out;
  }

  private void resolvePackage(PackageName name, Set<PackageName> done, List<Package> out) {
    if (!done.add(name)) {
      return;
    }
    PackageDecls decls = packages.get(name);
    // Emit the packages this one refers to first.
    for (PackageName dep : referencedPackages(decls)) {
      if (!dep.equals(name)) {
        resolvePackage(dep, done, out);
      }
    }
    Map<String, Interface> ifaces = new LinkedHashMap<>();
    for (var e : decls.interfaces.entrySet()) {
      ifaces.put(e.getKey(), iface(name, e.getKey(), e.getValue().decl().pos()));
    }
    Map<String, World> ws = new LinkedHashMap<>();
    for (var e : decls.worlds.entrySet()) {
      ws.put(e.getKey(), world(name, e.getKey(), e.getValue().decl().pos()));
    }
    out.add(new Package(name, decls.docs, ifaces, ws));
  }

  private Set<PackageName> referencedPackages(PackageDecls decls) {
    List<UsePath> paths = new ArrayList<>();
    for (Placed<InterfaceDecl> i : decls.interfaces.values()) {
      i.ctx().aliases().values().forEach(u -> paths.add(u.path()));
      memberPaths(i.decl().members(), paths);
    }
    for (Placed<WorldDecl> w : decls.worlds.values()) {
      w.ctx().aliases().values().forEach(u -> paths.add(u.path()));
      for (WorldMember m : w.decl().members()) {
        switch (m) {
          case Use u -> paths.add(u.path());
          case Include inc -> paths.add(inc.path());
          case Extern x when x.kind() instanceof ExternPath p -> paths.add(p.path());
          case Extern x when x.kind() instanceof ExternInline i -> memberPaths(i.members(), paths);
          default -> { }
        }
      }
    }
    Set<PackageName> out = new LinkedHashSet<>();
    for (UsePath p : paths) {
      if (p instanceof QualifiedPath q) {
        out.add(findPackage(q));
      }
    }
    return out;
  }

  private static void memberPaths(List<Member> members, List<UsePath> paths) {
    for (Member m : members) {
      if (m instanceof Use u) {
        paths.add(u.path());
      }
    }
  }

  // ---- paths ----

  private PackageName findPackage(QualifiedPath q) {
    List<PackageName> candidates = new ArrayList<>();
    for (PackageName n : packages.keySet()) {
      if (n.namespace().equals(q.namespace()) && n.name().equals(q.pkg())
          && (q.version() == null || q.version().equals(n.version()))) {
        candidates.add(n);
      }
    }
    String wanted = q.namespace() + ":" + q.pkg() + (q.version() == null ? "" : "@" + q.version());
    if (candidates.isEmpty()) {
      throw new WitException(q.pos().at("unknown package '" + wanted
          + "'; add it under deps/ next to the package that uses it"));
    }
    if (candidates.size() > 1) {
      throw new WitException(q.pos().at("package '" + wanted + "' is ambiguous between "
          + candidates + "; write the version"));
    }
    return candidates.get(0);
  }

  /** The package and interface name a path refers to, from the given context. */
  private Map.Entry<PackageName, String> target(UsePath path, Ctx ctx) {
    if (path instanceof LocalPath l) {
      TopUse alias = ctx.aliases().get(l.name());
      if (alias != null) {
        return target(alias.path(), new Ctx(ctx.pkg(), Map.of()));
      }
      return Map.entry(ctx.pkg(), l.name());
    }
    QualifiedPath q = (QualifiedPath) path;
    return Map.entry(findPackage(q), q.iface());
  }

  Interface iface(UsePath path, Ctx ctx) {
    var t = target(path, ctx);
    return iface(t.getKey(), t.getValue(), path.pos());
  }

  // ---- interfaces ----

  Interface iface(PackageName pkg, String name, Pos from) {
    String key = pkg.interfaceId(name);
    Interface done = interfaces.get(key);
    if (done != null) {
      return done;
    }
    Placed<InterfaceDecl> placed = packages.get(pkg).interfaces.get(name);
    if (placed == null) {
      throw new WitException(from.at("package '" + pkg + "' has no interface '" + name + "'"));
    }
    enter(key, from);
    InterfaceDecl decl = placed.decl();
    TypeOwner owner = new TypeOwner.OfInterface(pkg, name);
    Interface iface = body(name, owner, "interface '" + key + "'", decl.docs(), decl.gate(),
        decl.members(), placed.ctx());
    inProgress.remove(key);
    interfaces.put(key, iface);
    return iface;
  }

  private Interface body(String name, TypeOwner owner, String description, String docs,
      Gate gate, List<Member> members, Ctx ctx) {
    TypeScope scope = new TypeScope(owner, description, p -> iface(p, ctx));
    for (Member m : members) {
      switch (m) {
        case Use u -> scope.declare(u);
        case TypeDecl t -> scope.declare(t);
        case FuncDecl f -> scope.claim(f.name(), f.pos());
      }
    }
    Map<String, TypeDef> types = scope.resolveAll();
    return new Interface(name, owner, docs, gate, types, scope.functions(members));
  }

  private void enter(String key, Pos from) {
    if (!inProgress.add(key)) {
      List<String> cycle = new ArrayList<>(inProgress);
      cycle = cycle.subList(cycle.indexOf(key), cycle.size());
      throw new WitException(from.at("'" + key + "' depends on itself ("
          + String.join(" -> ", cycle) + " -> " + key + "); break the cycle"));
    }
  }

  // ---- worlds ----

  private World world(PackageName pkg, String name, Pos from) {
    String key = pkg + "#" + name;
    World done = worlds.get(key);
    if (done != null) {
      return done;
    }
    Placed<WorldDecl> placed = packages.get(pkg).worlds.get(name);
    WorldDecl decl = placed.decl();
    List<WorldFlattener.Entry> entries =
        new WorldFlattener(this).flatten(placed, pkg, from, new LinkedHashSet<>());
    World world = new WorldBuilder(this, pkg, name).build(decl, entries);
    worlds.put(key, world);
    return world;
  }

  /** The unresolved world a path (local name or qualified {@code ns:pkg/world}) refers to. */
  Placed<WorldDecl> worldDecl(UsePath path, Ctx ctx) {
    var t = target(path, ctx);
    Placed<WorldDecl> placed = packages.get(t.getKey()).worlds.get(t.getValue());
    if (placed == null) {
      throw new WitException(path.pos().at("package '" + t.getKey() + "' has no world '"
          + t.getValue() + "'"));
    }
    return placed;
  }

  /** Resolves an inline interface of a world. */
  Interface inline(PackageName pkg, String world, ExternInline inline, String docs, Gate gate,
      Ctx ctx) {
    TypeOwner owner = new TypeOwner.OfInlineInterface(pkg, world, inline.name());
    return body(inline.name(), owner, "interface '" + inline.name() + "' of world '" + world
        + "'", docs, gate, inline.members(), ctx);
  }
}
