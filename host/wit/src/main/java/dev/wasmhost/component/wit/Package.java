package dev.wasmhost.component.wit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A resolved package: its interfaces and worlds by name, in declaration order. */
public record Package(
    PackageName name, String docs, Map<String, Interface> interfaces, Map<String, World> worlds) {
  public Package {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(docs, "docs");
    interfaces = Collections.unmodifiableMap(new LinkedHashMap<>(interfaces));
    worlds = Collections.unmodifiableMap(new LinkedHashMap<>(worlds));
  }
}
