package dev.wasmhost.component.binary;

/** A declarator inside a component type or instance type. */
public sealed interface Decl {
  record CoreTypeDecl(CoreType type) implements Decl {}

  record TypeDecl(DefType type) implements Decl {}

  record AliasDecl(Alias alias) implements Decl {}

  /** Only in component types. */
  record ImportDecl(ExternName name, ExternType type) implements Decl {}

  record ExportDecl(ExternName name, ExternType type) implements Decl {}
}
