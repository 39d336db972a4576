package dev.wasmhost.component.wit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A resolved interface: its types and functions in declaration order.
 *
 * @param name the interface name, or the item name of an inline world interface
 * @param owner the owner its types carry ({@link TypeOwner.OfInterface} or
 *     {@link TypeOwner.OfInlineInterface})
 * @param functions keyed by {@link Function#canonicalName()}; resource functions included
 */
public record Interface(
    String name, TypeOwner owner, String docs, Gate gate, Map<String, TypeDef> types,
    Map<String, Function> functions) {
  public Interface {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(docs, "docs");
    Objects.requireNonNull(gate, "gate");
    types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
  }

  /** The qualified id of a named interface ({@code wasi:io/streams@0.2.0}), else its name. */
  public String qualifiedName() {
    return owner instanceof TypeOwner.OfInterface(PackageName pkg, String n)
        ? pkg.interfaceId(n) : name;
  }
}
