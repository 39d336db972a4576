package dev.wasmhost.component.wit;

import dev.wasmhost.component.wit.Syntax.*;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Parses type declarations and type expressions for {@link Parser}. */
final class TypeParser {
  private final Parser p;

  TypeParser(Parser parser) {
    this.p = parser;
  }

  /** A type declaration if one starts here, else {@code null} (nothing consumed). */
  TypeDecl typeDecl(String docs, Gate gate) {
    Token start = p.peek();
    if (p.eatKeyword("type")) {
      String name = p.id("a type name");
      p.expect(Token.Kind.EQ, "after type name");
      TypeExpr target = type();
      p.expect(Token.Kind.SEMI, "after type alias");
      return new TypeDecl(name, docs, gate, new AliasBody(target), p.pos(start));
    }
    if (p.eatKeyword("record")) {
      String name = p.id("a record name");
      p.expect(Token.Kind.LBRACE, "after record name");
      List<FieldDecl> fields = list("record fields", t -> {
        String field = p.id("a field name");
        p.expect(Token.Kind.COLON, "after field name");
        return new FieldDecl(field, type(), t.docs(), p.pos(t));
      });
      return new TypeDecl(name, docs, gate, new RecordBody(fields), p.pos(start));
    }
    if (p.eatKeyword("variant")) {
      String name = p.id("a variant name");
      p.expect(Token.Kind.LBRACE, "after variant name");
      List<CaseDecl> cases = list("variant cases", t -> {
        String c = p.id("a case name");
        TypeExpr payload = null;
        if (p.eat(Token.Kind.LPAREN)) {
          payload = type();
          p.expect(Token.Kind.RPAREN, "after case payload");
        }
        return new CaseDecl(c, payload, t.docs(), p.pos(t));
      });
      return new TypeDecl(name, docs, gate, new VariantBody(cases), p.pos(start));
    }
    if (p.eatKeyword("enum")) {
      String name = p.id("an enum name");
      p.expect(Token.Kind.LBRACE, "after enum name");
      List<LabelDecl> cases =
          list("enum cases", t -> new LabelDecl(p.id("an enum case"), t.docs(), p.pos(t)));
      return new TypeDecl(name, docs, gate, new EnumBody(cases), p.pos(start));
    }
    if (p.eatKeyword("flags")) {
      String name = p.id("a flags name");
      p.expect(Token.Kind.LBRACE, "after flags name");
      List<LabelDecl> flags =
          list("flags", t -> new LabelDecl(p.id("a flag name"), t.docs(), p.pos(t)));
      return new TypeDecl(name, docs, gate, new FlagsBody(flags), p.pos(start));
    }
    if (p.eatKeyword("resource")) {
      String name = p.id("a resource name");
      List<ResourceFunc> funcs = new ArrayList<>();
      if (p.eat(Token.Kind.LBRACE)) {
        while (!p.eat(Token.Kind.RBRACE)) {
          funcs.add(resourceFunc());
        }
      } else {
        p.expect(Token.Kind.SEMI, "after resource name (or '{' to add methods)");
      }
      return new TypeDecl(name, docs, gate, new ResourceBody(funcs), p.pos(start));
    }
    return null;
  }

  private ResourceFunc resourceFunc() {
    String docs = p.peek().docs();
    Gate gate = p.gates();
    Token start = p.peek();
    if (p.eatKeyword("constructor")) {
      Signature sig = p.paramsAndResult(false);
      p.expect(Token.Kind.SEMI, "after constructor");
      return new ResourceFunc(
          ResourceFuncKind.CONSTRUCTOR, "constructor", docs, gate, sig, p.pos(start));
    }
    if (start.kind() == Token.Kind.EOF) {
      throw p.errorAt(start, "expected '}' to close the resource, found end of file");
    }
    String name = p.id("a method name, 'constructor' or '}' in resource");
    p.expect(Token.Kind.COLON, "after method name");
    boolean isStatic = p.eatKeyword("static");
    Signature sig = p.signature();
    p.expect(Token.Kind.SEMI, "after method signature");
    return new ResourceFunc(isStatic ? ResourceFuncKind.STATIC : ResourceFuncKind.METHOD, name,
        docs, gate, sig, p.pos(start));
  }

  /** Comma-separated items up to '}', trailing comma allowed; the opening '{' is consumed. */
  private <T> List<T> list(String what, Function<Token, T> item) {
    List<T> items = new ArrayList<>();
    while (!p.at(Token.Kind.RBRACE)) {
      items.add(item.apply(p.peek()));
      if (!p.eat(Token.Kind.COMMA)) {
        break;
      }
    }
    p.expect(Token.Kind.RBRACE, "after " + what);
    return items;
  }

  /** A type expression. */
  TypeExpr type() {
    Token t = p.peek();
    Pos pos = p.pos(t);
    if (t.kind() != Token.Kind.IDENT) {
      throw p.errorAt(t, "expected a type, found " + t.describe());
    }
    if (!t.escaped()) {
      Primitive prim = Primitive.byWitName(t.text());
      if (prim != null) {
        p.next();
        return new Prim(prim, pos);
      }
      switch (t.text()) {
        case "list" -> {
          p.next();
          p.expect(Token.Kind.LT, "after 'list'");
          TypeExpr element = type();
          Integer size = null;
          if (p.eat(Token.Kind.COMMA)) {
            Token n = p.peek();
            if (n.kind() != Token.Kind.INTEGER) {
              throw p.errorAt(n, "expected a list length, found " + n.describe());
            }
            p.next();
            try {
              size = Integer.valueOf(n.text());
            } catch (NumberFormatException e) {
              throw p.errorAt(n, "list length " + n.text() + " is too large");
            }
            if (size == 0) {
              throw p.errorAt(n, "a fixed-size list needs a length of at least 1");
            }
          }
          p.expect(Token.Kind.GT, "after list element type");
          return new ListExpr(element, size, pos);
        }
        case "option" -> {
          p.next();
          p.expect(Token.Kind.LT, "after 'option'");
          TypeExpr some = type();
          p.expect(Token.Kind.GT, "after option type");
          return new OptionExpr(some, pos);
        }
        case "result" -> {
          p.next();
          if (!p.eat(Token.Kind.LT)) {
            return new ResultExpr(null, null, pos);
          }
          TypeExpr ok = null;
          if (p.peek().kind() == Token.Kind.IDENT && p.peek().text().equals("_")) {
            p.next();
            p.expect(Token.Kind.COMMA, "after '_' in result");
          } else {
            ok = type();
            if (!p.eat(Token.Kind.COMMA)) {
              p.expect(Token.Kind.GT, "after result type");
              return new ResultExpr(ok, null, pos);
            }
          }
          TypeExpr err = type();
          p.expect(Token.Kind.GT, "after result error type");
          return new ResultExpr(ok, err, pos);
        }
        case "tuple" -> {
          p.next();
          p.expect(Token.Kind.LT, "after 'tuple'");
          List<TypeExpr> elements = new ArrayList<>();
          while (!p.at(Token.Kind.GT)) {
            elements.add(type());
            if (!p.eat(Token.Kind.COMMA)) {
              break;
            }
          }
          p.expect(Token.Kind.GT, "after tuple types");
          return new TupleExpr(elements, pos);
        }
        case "own", "borrow" -> {
          p.next();
          p.expect(Token.Kind.LT, "after '" + t.text() + "'");
          String resource = p.id("a resource name");
          p.expect(Token.Kind.GT, "after resource name");
          return new HandleExpr(t.text().equals("borrow"), resource, pos);
        }
        case "future", "stream" -> {
          p.next();
          TypeExpr payload = null;
          if (p.eat(Token.Kind.LT)) {
            payload = type();
            p.expect(Token.Kind.GT, "after " + t.text() + " payload type");
          }
          return t.text().equals("future")
              ? new FutureExpr(payload, pos) : new StreamExpr(payload, pos);
        }
        default -> {
          // a named type; Parser.id rejects the remaining keywords
        }
      }
    }
    return new NamedRef(p.id("a type"), pos);
  }
}
