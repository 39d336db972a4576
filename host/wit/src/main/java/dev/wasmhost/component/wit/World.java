package dev.wasmhost.component.wit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A resolved world. {@code include}s are already merged in (with their renames), so the maps
 * list everything the world imports and exports.
 *
 * @param imports keyed by item name or qualified interface name, in declaration order
 * @param exports keyed the same way
 */
public record World(
    String name, PackageName pkg, String docs, Gate gate, Map<String, WorldItem> imports,
    Map<String, WorldItem> exports) {
  public World {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pkg, "pkg");
    Objects.requireNonNull(docs, "docs");
    Objects.requireNonNull(gate, "gate");
    imports = Collections.unmodifiableMap(new LinkedHashMap<>(imports));
    exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
  }
}
