package dev.wasmhost.component.wit;

import java.util.ArrayList;
import java.util.List;

/** One parsed, not yet resolved, WIT file. Pass it to {@link WitResolver#resolve}. */
public final class WitSource {
  private final Syntax.File file;

  WitSource(Syntax.File file) {
    this.file = file;
  }

  Syntax.File syntax() {
    return file;
  }

  /** The name error messages use for this file. */
  public String sourceName() {
    return file.source();
  }

  /** The file's own {@code package} declaration, or {@code null} if it has none. */
  public PackageName declaredPackage() {
    return file.pkg() == null ? null : file.pkg().name();
  }

  /** The packages declared with nested {@code package a:b { ... }} blocks. */
  public List<PackageName> nestedPackages() {
    List<PackageName> names = new ArrayList<>();
    file.nested().forEach(n -> names.add(n.decl().name()));
    return names;
  }
}
