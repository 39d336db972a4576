package dev.wasmhost.component.wit;

import java.util.List;

/** The unresolved syntax tree the parser builds; names are still strings here. */
final class Syntax {
  private Syntax() {}

  /** A place in a source file, for resolver errors. */
  record Pos(String source, int line, int column) {
    String at(String message) {
      return source + ":" + line + ":" + column + ": " + message;
    }
  }

  /** One parsed file: its own package (maybe {@code null}) and any nested package blocks. */
  record File(String source, PackageDecl pkg, List<Top> items, List<NestedPackage> nested) {}

  record PackageDecl(PackageName name, String docs, Pos pos) {}

  record NestedPackage(PackageDecl decl, List<Top> items) {}

  /** A top-level item: interface, world or file-level use. */
  sealed interface Top permits InterfaceDecl, WorldDecl, TopUse {}

  record InterfaceDecl(String name, String docs, Gate gate, List<Member> members, Pos pos)
      implements Top {}

  record WorldDecl(String name, String docs, Gate gate, List<WorldMember> members, Pos pos)
      implements Top {}

  /** {@code use ns:pkg/iface@v as alias;} at file level. */
  record TopUse(UsePath path, String alias, Pos pos) implements Top {}

  /** A reference to an interface: a local name or a qualified path. */
  sealed interface UsePath permits LocalPath, QualifiedPath {
    Pos pos();
  }

  record LocalPath(String name, Pos pos) implements UsePath {}

  record QualifiedPath(String namespace, String pkg, String iface, String version, Pos pos)
      implements UsePath {}

  /** A member of an interface (or inline interface). */
  sealed interface Member permits Use, TypeDecl, FuncDecl {}

  record UseName(String name, String alias, Pos pos) {
    String localName() {
      return alias == null ? name : alias;
    }
  }

  record Use(UsePath path, List<UseName> names, Pos pos) implements Member, WorldMember {}

  record TypeDecl(String name, String docs, Gate gate, Body body, Pos pos)
      implements Member, WorldMember {}

  record FuncDecl(String name, String docs, Gate gate, Signature sig, Pos pos)
      implements Member {}

  record Signature(boolean async, List<ParamDecl> params, TypeExpr result) {}

  record ParamDecl(String name, TypeExpr type, Pos pos) {}

  /** The right-hand side of a type declaration. */
  sealed interface Body permits AliasBody, RecordBody, VariantBody, EnumBody, FlagsBody,
      ResourceBody {}

  record AliasBody(TypeExpr target) implements Body {}

  record FieldDecl(String name, TypeExpr type, String docs, Pos pos) {}

  record RecordBody(List<FieldDecl> fields) implements Body {}

  record CaseDecl(String name, TypeExpr payload, String docs, Pos pos) {}

  record VariantBody(List<CaseDecl> cases) implements Body {}

  record LabelDecl(String name, String docs, Pos pos) {}

  record EnumBody(List<LabelDecl> cases) implements Body {}

  record FlagsBody(List<LabelDecl> flags) implements Body {}

  enum ResourceFuncKind { CONSTRUCTOR, METHOD, STATIC }

  record ResourceFunc(ResourceFuncKind kind, String name, String docs, Gate gate, Signature sig,
      Pos pos) {}

  record ResourceBody(List<ResourceFunc> funcs) implements Body {}

  /** A type expression at a use site. */
  sealed interface TypeExpr permits Prim, NamedRef, ListExpr, OptionExpr, ResultExpr, TupleExpr,
      HandleExpr, FutureExpr, StreamExpr {
    Pos pos();
  }

  record Prim(Primitive primitive, Pos pos) implements TypeExpr {}

  record NamedRef(String name, Pos pos) implements TypeExpr {}

  /** {@code list<T>} when size is {@code null}, else {@code list<T, size>}. */
  record ListExpr(TypeExpr element, Integer size, Pos pos) implements TypeExpr {}

  record OptionExpr(TypeExpr some, Pos pos) implements TypeExpr {}

  record ResultExpr(TypeExpr ok, TypeExpr err, Pos pos) implements TypeExpr {}

  record TupleExpr(List<TypeExpr> elements, Pos pos) implements TypeExpr {}

  record HandleExpr(boolean borrow, String resource, Pos pos) implements TypeExpr {}

  record FutureExpr(TypeExpr payload, Pos pos) implements TypeExpr {}

  record StreamExpr(TypeExpr payload, Pos pos) implements TypeExpr {}

  /** A member of a world. */
  sealed interface WorldMember permits Use, TypeDecl, Extern, Include {}

  /** {@code import}/{@code export} of a path, a named function or a named inline interface. */
  record Extern(boolean export, String docs, Gate gate, ExternKind kind, Pos pos)
      implements WorldMember {}

  sealed interface ExternKind permits ExternPath, ExternFunc, ExternInline {}

  record ExternPath(UsePath path) implements ExternKind {}

  record ExternFunc(String name, Signature sig) implements ExternKind {}

  record ExternInline(String name, List<Member> members) implements ExternKind {}

  record IncludeName(String from, String to, Pos pos) {}

  record Include(UsePath path, List<IncludeName> renames, Gate gate, Pos pos)
      implements WorldMember {}
}
