package dev.wasmhost.component.wit;

/** Where a named type is declared: an interface (named or inline in a world) or a world. */
public sealed interface TypeOwner {
  /** The package the owner belongs to. */
  PackageName pkg();

  /** A type declared in a named interface of a package. */
  record OfInterface(PackageName pkg, String interfaceName) implements TypeOwner {}

  /** A type declared in an inline interface {@code import item: interface { ... }} of a world. */
  record OfInlineInterface(PackageName pkg, String world, String item) implements TypeOwner {}

  /** A type declared directly in a world. */
  record OfWorld(PackageName pkg, String world) implements TypeOwner {}
}
