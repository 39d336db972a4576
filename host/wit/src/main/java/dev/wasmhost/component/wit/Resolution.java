package dev.wasmhost.component.wit;

import java.util.List;
import java.util.Objects;

/**
 * The result of resolving a WIT directory or file.
 *
 * @param root the package the directory (or file) itself declares
 * @param packages every resolved package, dependencies first, {@code root} included
 */
public record Resolution(Package root, List<Package> packages) {
  public Resolution {
    Objects.requireNonNull(root, "root");
    packages = List.copyOf(packages);
  }

  /** The package with the given name, e.g. {@code wasi:io@0.2.0}, or {@code null}. */
  public Package find(String qualifiedName) {
    return packages.stream()
        .filter(p -> p.name().toString().equals(qualifiedName))
        .findFirst()
        .orElse(null);
  }
}
