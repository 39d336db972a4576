package dev.wasmhost.component.wit;

/** An import or export of a world. */
public sealed interface WorldItem {
  /**
   * An interface: a named one ({@code import wasi:io/streams@0.2.0;}, keyed by its qualified
   * name) or an inline one ({@code import name: interface { ... }}, keyed by the item name).
   */
  record InterfaceItem(Interface iface, boolean inline) implements WorldItem {}

  /** A function imported or exported directly by the world. */
  record FunctionItem(Function function) implements WorldItem {}

  /** A type declared in (or {@code use}d into) the world; only ever an import. */
  record TypeItem(TypeDef type) implements WorldItem {}
}
