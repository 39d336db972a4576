package dev.wasmhost.component.wit;

import dev.wasmhost.component.wit.Syntax.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A recursive-descent parser for one WIT file; types are parsed by {@link TypeParser}. */
final class Parser {
  static final Set<String> KEYWORDS = Set.of(
      "use", "type", "func", "u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64", "f32", "f64",
      "float32", "float64", "char", "bool", "string", "resource", "own", "borrow", "record",
      "flags", "variant", "enum", "option", "list", "result", "as", "static", "interface",
      "tuple", "future", "stream", "world", "import", "export", "package", "constructor",
      "include", "with", "async", "error-context");

  private final Lexer lexer;
  private final List<Token> buffer = new ArrayList<>();
  final TypeParser types = new TypeParser(this);

  Parser(Lexer lexer) {
    this.lexer = lexer;
  }

  // ---- token plumbing ----

  Token peek() {
    return peek(0);
  }

  Token peek(int ahead) {
    while (buffer.size() <= ahead) {
      buffer.add(lexer.next());
    }
    return buffer.get(ahead);
  }

  Token next() {
    Token t = peek();
    buffer.remove(0);
    return t;
  }

  boolean at(Token.Kind kind) {
    return peek().kind() == kind;
  }

  boolean atKeyword(String word) {
    return peek().isKeyword(word);
  }

  boolean eat(Token.Kind kind) {
    if (at(kind)) {
      next();
      return true;
    }
    return false;
  }

  boolean eatKeyword(String word) {
    if (atKeyword(word)) {
      next();
      return true;
    }
    return false;
  }

  Token expect(Token.Kind kind, String context) {
    if (!at(kind)) {
      throw errorAt(peek(), "expected '" + kind.symbol + "' " + context + ", found "
          + peek().describe());
    }
    return next();
  }

  void expectKeyword(String word, String context) {
    if (!atKeyword(word)) {
      throw errorAt(peek(), "expected '" + word + "' " + context + ", found "
          + peek().describe());
    }
    next();
  }

  /** An identifier usable as a name: not a bare keyword. */
  String id(String what) {
    Token t = peek();
    if (t.kind() != Token.Kind.IDENT || t.text().equals("_")) {
      throw errorAt(t, "expected " + what + ", found " + t.describe());
    }
    if (!t.escaped() && KEYWORDS.contains(t.text())) {
      throw errorAt(t, "expected " + what + ", found keyword '" + t.text()
          + "'; write '%" + t.text() + "' to use it as a name");
    }
    return next().text();
  }

  WitException errorAt(Token t, String message) {
    return lexer.error(t.line(), t.column(), message);
  }

  Pos pos(Token t) {
    return new Pos(lexer.source(), t.line(), t.column());
  }

  // ---- files and packages ----

  File parseFile() {
    List<Top> items = new ArrayList<>();
    List<NestedPackage> nested = new ArrayList<>();
    PackageDecl pkg = null;
    if (atKeyword("package")) {
      Token start = peek();
      PackageDecl decl = packageDecl(start.docs());
      if (eat(Token.Kind.LBRACE)) {
        nested.add(new NestedPackage(decl, packageItems(true)));
      } else {
        expect(Token.Kind.SEMI, "after package name");
        pkg = decl;
      }
    }
    while (!at(Token.Kind.EOF)) {
      if (atKeyword("package")) {
        Token start = peek();
        PackageDecl decl = packageDecl(start.docs());
        expect(Token.Kind.LBRACE, "after nested package name (only the first package"
            + " declaration of a file may end with ';')");
        nested.add(new NestedPackage(decl, packageItems(true)));
      } else {
        items.add(topItem());
      }
    }
    return new File(lexer.source(), pkg, items, nested);
  }

  private PackageDecl packageDecl(String docs) {
    Token start = next();
    String namespace = id("a package namespace");
    expect(Token.Kind.COLON, "between package namespace and name");
    String name = id("a package name");
    String version = eat(Token.Kind.AT) ? version() : null;
    return new PackageDecl(new PackageName(namespace, name, version), docs, pos(start));
  }

  String version() {
    Token t = peek();
    if (t.kind() != Token.Kind.VERSION) {
      throw errorAt(t, "expected a semantic version such as 0.2.0, found " + t.describe());
    }
    return next().text();
  }

  private List<Top> packageItems(boolean nested) {
    List<Top> items = new ArrayList<>();
    while (!at(Token.Kind.RBRACE)) {
      if (at(Token.Kind.EOF)) {
        throw errorAt(peek(), "expected '}' to close the nested package, found end of file");
      }
      items.add(topItem());
    }
    next();
    return items;
  }

  private Top topItem() {
    String docs = peek().docs();
    Gate gate = gates();
    Token start = peek();
    if (eatKeyword("interface")) {
      String name = id("an interface name");
      expect(Token.Kind.LBRACE, "after interface name");
      return new InterfaceDecl(name, docs, gate, interfaceMembers(), pos(start));
    }
    if (eatKeyword("world")) {
      String name = id("a world name");
      expect(Token.Kind.LBRACE, "after world name");
      return new WorldDecl(name, docs, gate, worldMembers(), pos(start));
    }
    if (eatKeyword("use")) {
      UsePath path = usePath();
      String alias = eatKeyword("as") ? id("an alias name after 'as'") : null;
      expect(Token.Kind.SEMI, "after use");
      return new TopUse(path, alias, pos(start));
    }
    throw errorAt(start, "expected 'interface', 'world', 'use' or 'package', found "
        + start.describe());
  }

  /** Zero or more {@code @since}, {@code @unstable}, {@code @deprecated} gates. */
  Gate gates() {
    String since = null;
    String deprecated = null;
    String feature = null;
    while (at(Token.Kind.AT)) {
      next();
      Token name = peek();
      String gate = id("a gate name");
      expect(Token.Kind.LPAREN, "after @" + gate);
      switch (gate) {
        case "since" -> since = gateValue("version", true);
        case "deprecated" -> deprecated = gateValue("version", true);
        case "unstable" -> feature = gateValue("feature", false);
        default -> throw errorAt(name, "unknown gate '@" + gate
            + "'; use @since, @unstable or @deprecated");
      }
      expect(Token.Kind.RPAREN, "after gate argument");
    }
    if (feature != null) {
      return new Gate.Unstable(feature);
    }
    if (since != null) {
      return new Gate.Since(since, deprecated);
    }
    return Gate.NONE;
  }

  private String gateValue(String key, boolean isVersion) {
    Token t = peek();
    if (!t.isKeyword(key)) {
      throw errorAt(t, "expected '" + key + "' in gate, found " + t.describe());
    }
    next();
    expect(Token.Kind.EQ, "after '" + key + "'");
    String value = isVersion ? version() : id("a feature name");
    // Older WIT wrote @since(version = x, feature = y); the feature adds nothing once stable.
    if (eat(Token.Kind.COMMA)) {
      id("a gate key");
      expect(Token.Kind.EQ, "after gate key");
      id("a feature name");
    }
    return value;
  }

  UsePath usePath() {
    Token start = peek();
    String first = id("an interface name or package path");
    if (!eat(Token.Kind.COLON)) {
      return new LocalPath(first, pos(start));
    }
    String pkg = id("a package name");
    expect(Token.Kind.SLASH, "between package and interface name");
    String iface = id("an interface name");
    String version = eat(Token.Kind.AT) ? version() : null;
    return new QualifiedPath(first, pkg, iface, version, pos(start));
  }

  // ---- interfaces ----

  List<Member> interfaceMembers() {
    List<Member> members = new ArrayList<>();
    while (!eat(Token.Kind.RBRACE)) {
      if (at(Token.Kind.EOF)) {
        throw errorAt(peek(), "expected '}' to close the interface, found end of file");
      }
      members.add(interfaceMember());
    }
    return members;
  }

  private Member interfaceMember() {
    String docs = peek().docs();
    Gate gate = gates();
    Token start = peek();
    if (atKeyword("use")) {
      return use();
    }
    TypeDecl typeDecl = types.typeDecl(docs, gate);
    if (typeDecl != null) {
      return typeDecl;
    }
    if (start.kind() == Token.Kind.IDENT) {
      String name = id("a function or type name");
      expect(Token.Kind.COLON, "after function name");
      Signature sig = signature();
      expect(Token.Kind.SEMI, "after function signature");
      return new FuncDecl(name, docs, gate, sig, pos(start));
    }
    throw errorAt(start, "expected a type, function or 'use' in interface, found "
        + start.describe());
  }

  Use use() {
    Token start = next();
    UsePath path = usePath();
    expect(Token.Kind.DOT, "after interface in use (as in 'use iface.{name}')");
    expect(Token.Kind.LBRACE, "after '.' in use");
    List<UseName> names = new ArrayList<>();
    while (!at(Token.Kind.RBRACE)) {
      Token nameTok = peek();
      String name = id("a type name in use");
      String alias = eatKeyword("as") ? id("an alias name after 'as'") : null;
      names.add(new UseName(name, alias, pos(nameTok)));
      if (!eat(Token.Kind.COMMA)) {
        break;
      }
    }
    expect(Token.Kind.RBRACE, "after names in use");
    expect(Token.Kind.SEMI, "after use");
    return new Use(path, names, pos(start));
  }

  /** {@code async? func(params) (-> type)?}. */
  Signature signature() {
    boolean async = eatKeyword("async");
    expectKeyword("func", async ? "after 'async'" : "in function type");
    return paramsAndResult(async);
  }

  Signature paramsAndResult(boolean async) {
    expect(Token.Kind.LPAREN, "before function parameters");
    List<ParamDecl> params = new ArrayList<>();
    while (!at(Token.Kind.RPAREN)) {
      Token nameTok = peek();
      String name = id("a parameter name");
      expect(Token.Kind.COLON, "after parameter name");
      params.add(new ParamDecl(name, types.type(), pos(nameTok)));
      if (!eat(Token.Kind.COMMA)) {
        break;
      }
    }
    expect(Token.Kind.RPAREN, "after function parameters");
    TypeExpr result = eat(Token.Kind.ARROW) ? types.type() : null;
    return new Signature(async, params, result);
  }

  // ---- worlds ----

  private List<WorldMember> worldMembers() {
    List<WorldMember> members = new ArrayList<>();
    while (!eat(Token.Kind.RBRACE)) {
      if (at(Token.Kind.EOF)) {
        throw errorAt(peek(), "expected '}' to close the world, found end of file");
      }
      members.add(worldMember());
    }
    return members;
  }

  private WorldMember worldMember() {
    String docs = peek().docs();
    Gate gate = gates();
    Token start = peek();
    if (atKeyword("use")) {
      return use();
    }
    if (atKeyword("import") || atKeyword("export")) {
      boolean export = next().text().equals("export");
      return new Extern(export, docs, gate, externKind(), pos(start));
    }
    if (eatKeyword("include")) {
      UsePath path = usePath();
      List<IncludeName> renames = new ArrayList<>();
      if (eatKeyword("with")) {
        expect(Token.Kind.LBRACE, "after 'with'");
        while (!at(Token.Kind.RBRACE)) {
          Token from = peek();
          String name = id("a name to rename");
          expectKeyword("as", "after name in include ... with");
          renames.add(new IncludeName(name, id("the new name after 'as'"), pos(from)));
          if (!eat(Token.Kind.COMMA)) {
            break;
          }
        }
        expect(Token.Kind.RBRACE, "after include renames");
      }
      expect(Token.Kind.SEMI, "after include");
      return new Include(path, renames, gate, pos(start));
    }
    TypeDecl typeDecl = types.typeDecl(docs, gate);
    if (typeDecl != null) {
      return typeDecl;
    }
    throw errorAt(start, "expected 'import', 'export', 'include', 'use' or a type in world,"
        + " found " + start.describe());
  }

  private ExternKind externKind() {
    // "name: func/interface" vs "ns:pkg/iface": look past the colon to tell them apart.
    boolean named = peek().kind() == Token.Kind.IDENT && peek(1).kind() == Token.Kind.COLON
        && (peek(2).isKeyword("func") || peek(2).isKeyword("async")
            || peek(2).isKeyword("interface"))
        && peek(3).kind() != Token.Kind.SLASH;
    if (!named) {
      UsePath path = usePath();
      expect(Token.Kind.SEMI, "after imported or exported interface");
      return new ExternPath(path);
    }
    String name = id("an import or export name");
    next();
    if (eatKeyword("interface")) {
      expect(Token.Kind.LBRACE, "after 'interface'");
      return new ExternInline(name, interfaceMembers());
    }
    Signature sig = signature();
    expect(Token.Kind.SEMI, "after function signature");
    return new ExternFunc(name, sig);
  }
}
