package dev.wasmhost.component.wit;

import dev.wasmhost.component.wit.Resolver.Ctx;
import dev.wasmhost.component.wit.Resolver.PackageDecls;
import dev.wasmhost.component.wit.Resolver.Placed;
import dev.wasmhost.component.wit.Syntax.*;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Resolves WIT packages: every name becomes a reference to the declaration it means.
 *
 * <pre>{@code
 * Resolution wit = WitResolver.resolveDirectory(Path.of("wit"));
 * World command = wit.find("wasi:cli@0.2.0").worlds().get("command");
 * }</pre>
 *
 * <p>A directory holds one package spread over its {@code *.wit} files; its {@code deps/}
 * folder holds dependencies, each a directory (one package) or a single {@code .wit} file.
 */
public final class WitResolver {
  private WitResolver() {}

  /** Resolves the package in {@code dir} together with everything under {@code dir/deps}. */
  public static Resolution resolveDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new WitException(dir + ": not a directory; pass the folder that holds the .wit files");
    }
    List<WitSource> root = WitParser.parseAll(witFiles(dir));
    if (root.isEmpty()) {
      throw new WitException(dir + ": no .wit files found");
    }
    List<List<WitSource>> deps = new ArrayList<>();
    Path depsDir = dir.resolve("deps");
    if (Files.isDirectory(depsDir)) {
      for (Path dep : list(depsDir)) {
        if (Files.isDirectory(dep)) {
          List<Path> files = witFiles(dep);
          if (files.isEmpty()) {
            throw new WitException(dep + ": dependency folder has no .wit files");
          }
          deps.add(WitParser.parseAll(files));
        } else if (dep.toString().endsWith(".wit")) {
          deps.add(List.of(WitParser.parseFile(dep)));
        }
      }
    }
    return resolve(root, deps);
  }

  /** Resolves one file; its nested packages may serve as its dependencies. */
  public static Resolution resolveFile(Path file) {
    return resolve(List.of(WitParser.parseFile(file)), List.of());
  }

  /** Resolves text held in memory (e.g. from {@link WitPrinter#print(Resolution)}). */
  public static Resolution resolveText(String sourceName, String text) {
    return resolve(List.of(WitParser.parse(sourceName, text)), List.of());
  }

  /**
   * Resolves parsed sources: {@code root} are the files of the main package, each element of
   * {@code deps} the files of one dependency package.
   */
  public static Resolution resolve(List<WitSource> root, List<List<WitSource>> deps) {
    Map<PackageName, PackageDecls> packages = new LinkedHashMap<>();
    List<PackageName> rootNames = new ArrayList<>();
    for (List<WitSource> dep : deps) {
      gather(dep, packages, new ArrayList<>());
    }
    PackageName rootName = gather(root, packages, rootNames);
    List<Package> resolved = new Resolver(packages).resolveAll();
    Package rootPackage = resolved.stream()
        .filter(p -> p.name().equals(rootName))
        .findFirst()
        .orElseThrow();
    return new Resolution(rootPackage, resolved);
  }

  /** Adds the packages of one group of files; returns the group's main package. */
  private static PackageName gather(List<WitSource> sources, Map<PackageName, PackageDecls> out,
      List<PackageName> nestedNames) {
    PackageDecl main = null;
    java.util.Set<PackageName> before = java.util.Set.copyOf(out.keySet());
    for (WitSource s : sources) {
      PackageDecl decl = s.syntax().pkg();
      if (decl != null && main != null && !decl.name().equals(main.name())) {
        throw new WitException(decl.pos().at("package '" + decl.name() + "' differs from '"
            + main.name() + "' declared at " + main.pos().source() + "; all files of a folder"
            + " form one package"));
      }
      if (main == null) {
        main = decl;
      }
    }
    PackageName mainName = main == null ? null : main.name();
    for (WitSource s : sources) {
      File file = s.syntax();
      for (NestedPackage nested : file.nested()) {
        PackageDecls decls = declsFor(out, nested.decl(), before);
        decls.docs = nested.decl().docs();
        addItems(decls, nested.items());
        nestedNames.add(nested.decl().name());
      }
      if (file.items().isEmpty()) {
        continue;
      }
      if (main == null) {
        throw new WitException(file.source() + ":1:1: no package declaration; start the file"
            + " with 'package namespace:name;'");
      }
      PackageDecls decls = declsFor(out, main, before);
      if (file.pkg() != null && !file.pkg().docs().isEmpty()) {
        decls.docs = file.pkg().docs();
      }
      addItems(decls, file.items());
    }
    if (mainName == null) {
      if (nestedNames.isEmpty()) {
        throw new WitException(sources.get(0).sourceName()
            + ":1:1: no package declaration; start the file with 'package namespace:name;'");
      }
      return nestedNames.get(0);
    }
    if (before.contains(mainName)) {
      throw new WitException(main.pos().at("package '" + mainName
          + "' is defined more than once; keep one copy"));
    }
    out.computeIfAbsent(mainName, PackageDecls::new);
    return mainName;
  }

  private static PackageDecls declsFor(Map<PackageName, PackageDecls> out, PackageDecl decl,
      java.util.Set<PackageName> before) {
    if (before.contains(decl.name())) {
      throw new WitException(decl.pos().at("package '" + decl.name()
          + "' is defined more than once; keep one copy"));
    }
    return out.computeIfAbsent(decl.name(), PackageDecls::new);
  }

  private static void addItems(PackageDecls decls, List<Top> items) {
    Map<String, TopUse> aliases = new LinkedHashMap<>();
    for (Top t : items) {
      if (t instanceof TopUse u) {
        String alias = u.alias() != null ? u.alias()
            : u.path() instanceof QualifiedPath q ? q.iface() : ((LocalPath) u.path()).name();
        if (aliases.put(alias, u) != null) {
          throw new WitException(u.pos().at("'" + alias + "' is already used as a name here"));
        }
      }
    }
    Ctx ctx = new Ctx(decls.name, aliases);
    for (Top t : items) {
      switch (t) {
        case InterfaceDecl i -> {
          checkUnique(decls, i.name(), i.pos());
          decls.interfaces.put(i.name(), new Placed<>(i, ctx));
        }
        case WorldDecl w -> {
          checkUnique(decls, w.name(), w.pos());
          decls.worlds.put(w.name(), new Placed<>(w, ctx));
        }
        case TopUse u -> { }
      }
    }
  }

  private static void checkUnique(PackageDecls decls, String name, Pos pos) {
    if (decls.interfaces.containsKey(name) || decls.worlds.containsKey(name)) {
      throw new WitException(pos.at("'" + name + "' is already defined in package '"
          + decls.name + "'; rename one of them"));
    }
  }

  private static List<Path> witFiles(Path dir) {
    return list(dir).stream()
        .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".wit"))
        .toList();
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new WitException(dir + ": cannot list directory (" + e.getMessage() + ")", e);
    }
  }
}
