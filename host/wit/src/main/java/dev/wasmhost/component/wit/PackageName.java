package dev.wasmhost.component.wit;

import java.util.Objects;

/**
 * A package identity such as {@code wasi:io@0.2.0}.
 *
 * @param namespace the namespace before the colon, e.g. {@code wasi}
 * @param name the package name after the colon, e.g. {@code io}
 * @param version the semver version, or {@code null} when the package is unversioned
 */
public record PackageName(String namespace, String name, String version) {
  public PackageName {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  /** The name without version, e.g. {@code wasi:io}. */
  public String unversioned() {
    return namespace + ":" + name;
  }

  /** The qualified name of an interface of this package, e.g. {@code wasi:io/streams@0.2.0}. */
  public String interfaceId(String interfaceName) {
    return unversioned() + "/" + interfaceName + (version == null ? "" : "@" + version);
  }

  @Override
  public String toString() {
    return unversioned() + (version == null ? "" : "@" + version);
  }
}
