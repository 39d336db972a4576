package dev.wasmhost.component.wit;

import dev.wasmhost.component.wit.Syntax.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The named types of one interface or world. Declarations are resolved on first reference, so
 * order in the source does not matter and a type that refers to itself is reported.
 */
final class TypeScope {
  /** Finds the interface a {@code use} names. */
  interface InterfaceLookup {
    Interface find(UsePath path);
  }

  private final TypeOwner owner;
  private final String ownerDescription;
  private final InterfaceLookup lookup;
  private final Map<String, Object> declared = new LinkedHashMap<>();
  private final Map<String, Pos> declaredAt = new LinkedHashMap<>();
  private final Map<String, Use> useOf = new LinkedHashMap<>();
  private final Map<String, TypeDef> resolved = new LinkedHashMap<>();
  private final Set<String> inProgress = new LinkedHashSet<>();

  TypeScope(TypeOwner owner, String ownerDescription, InterfaceLookup lookup) {
    this.owner = owner;
    this.ownerDescription = ownerDescription;
    this.lookup = lookup;
  }

  TypeOwner owner() {
    return owner;
  }

  void declare(TypeDecl decl) {
    claim(decl.name(), decl.pos());
    declared.put(decl.name(), decl);
  }

  void declare(Use use) {
    for (UseName n : use.names()) {
      claim(n.localName(), n.pos());
      declared.put(n.localName(), n);
      useOf.put(n.localName(), use);
    }
  }

  /** Reserves a name (types and functions share one namespace). */
  void claim(String name, Pos pos) {
    Pos first = declaredAt.putIfAbsent(name, pos);
    if (first != null) {
      throw new WitException(pos.at("'" + name + "' is already defined in " + ownerDescription
          + " (at line " + first.line() + "); rename one of them"));
    }
  }

  /** Resolves every declared type; returns them in declaration order. */
  Map<String, TypeDef> resolveAll() {
    Map<String, TypeDef> out = new LinkedHashMap<>();
    for (String name : declared.keySet()) {
      out.put(name, resolve(name, declaredAt.get(name)));
    }
    return out;
  }

  TypeDef resolve(String name, Pos from) {
    TypeDef done = resolved.get(name);
    if (done != null) {
      return done;
    }
    Object decl = declared.get(name);
    if (decl == null) {
      throw new WitException(from.at("unknown type '" + name + "' in " + ownerDescription
          + "; declare it or bring it in with 'use'"));
    }
    if (!inProgress.add(name)) {
      List<String> cycle = new ArrayList<>(inProgress);
      cycle = cycle.subList(cycle.indexOf(name), cycle.size());
      throw new WitException(from.at("type '" + name + "' refers to itself ("
          + String.join(" -> ", cycle) + " -> " + name + "); break the cycle"));
    }
    TypeDef def = decl instanceof UseName u ? resolveUse(u) : resolveDecl((TypeDecl) decl);
    inProgress.remove(name);
    resolved.put(name, def);
    return def;
  }

  private TypeDef resolveUse(UseName u) {
    Use use = useOf.get(u.localName());
    Interface from = lookup.find(use.path());
    TypeDef target = from.types().get(u.name());
    if (target == null) {
      throw new WitException(u.pos().at("interface '" + from.qualifiedName()
          + "' has no type '" + u.name() + "'"));
    }
    return new TypeDef(u.localName(), owner, "", Gate.NONE,
        new TypeDef.Alias(new Type.Named(target)));
  }

  private TypeDef resolveDecl(TypeDecl decl) {
    TypeDef.Kind kind = switch (decl.body()) {
      case AliasBody a -> new TypeDef.Alias(type(a.target()));
      case RecordBody r -> {
        List<TypeDef.Field> fields = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (FieldDecl f : r.fields()) {
          unique(seen, f.name(), f.pos(), "field", decl.name());
          fields.add(new TypeDef.Field(f.name(), type(f.type()), f.docs()));
        }
        if (fields.isEmpty()) {
          throw new WitException(decl.pos().at("record '" + decl.name()
              + "' has no fields; add at least one"));
        }
        yield new TypeDef.Record(fields);
      }
      case VariantBody v -> {
        List<TypeDef.Case> cases = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (CaseDecl c : v.cases()) {
          unique(seen, c.name(), c.pos(), "case", decl.name());
          cases.add(new TypeDef.Case(c.name(), c.payload() == null ? null : type(c.payload()),
              c.docs()));
        }
        nonEmpty(cases, decl, "variant", "case");
        yield new TypeDef.Variant(cases);
      }
      case EnumBody e -> new TypeDef.Enum(labels(e.cases(), decl, "enum", "case"));
      case FlagsBody f -> new TypeDef.Flags(labels(f.flags(), decl, "flags", "flag"));
      case ResourceBody r -> new TypeDef.Resource();
    };
    return new TypeDef(decl.name(), owner, decl.docs(), decl.gate(), kind);
  }

  private List<TypeDef.Label> labels(List<LabelDecl> decls, TypeDecl decl, String what,
      String item) {
    List<TypeDef.Label> labels = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (LabelDecl l : decls) {
      unique(seen, l.name(), l.pos(), item, decl.name());
      labels.add(new TypeDef.Label(l.name(), l.docs()));
    }
    nonEmpty(labels, decl, what, item);
    return labels;
  }

  private static void nonEmpty(List<?> items, TypeDecl decl, String what, String item) {
    if (items.isEmpty()) {
      throw new WitException(decl.pos().at(what + " '" + decl.name() + "' has no " + item
          + "s; add at least one"));
    }
  }

  private static void unique(Set<String> seen, String name, Pos pos, String what, String in) {
    if (!seen.add(name)) {
      throw new WitException(pos.at("duplicate " + what + " '" + name + "' in '" + in + "'"));
    }
  }

  /** Converts a type expression, resolving names in this scope. */
  Type type(TypeExpr expr) {
    return switch (expr) {
      case Prim p -> p.primitive();
      case NamedRef n -> {
        TypeDef def = resolve(n.name(), n.pos());
        // A bare resource name means an owned handle.
        yield def.unaliased().kind() instanceof TypeDef.Resource
            ? new Type.Own(def) : new Type.Named(def);
      }
      case ListExpr l -> l.size() == null
          ? new Type.ListOf(type(l.element())) : new Type.FixedListOf(type(l.element()), l.size());
      case OptionExpr o -> new Type.OptionOf(type(o.some()));
      case ResultExpr r -> new Type.ResultOf(r.ok() == null ? null : type(r.ok()),
          r.err() == null ? null : type(r.err()));
      case TupleExpr t -> {
        List<Type> elements = new ArrayList<>();
        t.elements().forEach(e -> elements.add(type(e)));
        yield new Type.TupleOf(elements);
      }
      case HandleExpr h -> {
        TypeDef def = resolve(h.resource(), h.pos());
        if (!(def.unaliased().kind() instanceof TypeDef.Resource)) {
          throw new WitException(h.pos().at((h.borrow() ? "borrow" : "own") + "<"
              + h.resource() + ">: '" + h.resource() + "' is not a resource"));
        }
        yield h.borrow() ? new Type.Borrow(def) : new Type.Own(def);
      }
      case FutureExpr f -> new Type.FutureOf(f.payload() == null ? null : type(f.payload()));
      case StreamExpr s -> new Type.StreamOf(s.payload() == null ? null : type(s.payload()));
    };
  }

  /** Converts a signature to a function of the given kind. */
  Function function(String name, Function.Kind kind, Signature sig, String docs, Gate gate) {
    List<Function.Param> params = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ParamDecl p : sig.params()) {
      unique(seen, p.name(), p.pos(), "parameter", name);
      params.add(new Function.Param(p.name(), type(p.type())));
    }
    Type result = sig.result() == null ? null : type(sig.result());
    return new Function(name, kind, sig.async(), params, result, docs, gate);
  }

  /** Resolves the functions of an interface body (freestanding ones and resource members). */
  Map<String, Function> functions(List<Member> members) {
    Map<String, Function> out = new LinkedHashMap<>();
    for (Member m : members) {
      if (m instanceof FuncDecl f) {
        out.put(f.name(), function(f.name(), new Function.Freestanding(), f.sig(), f.docs(),
            f.gate()));
      } else if (m instanceof TypeDecl t && t.body() instanceof ResourceBody r) {
        TypeDef resource = resolve(t.name(), t.pos());
        Set<String> seen = new LinkedHashSet<>();
        for (ResourceFunc rf : r.funcs()) {
          unique(seen, rf.name(), rf.pos(), "resource function", t.name());
          Function.Kind kind = switch (rf.kind()) {
            case CONSTRUCTOR -> new Function.Constructor(resource);
            case METHOD -> new Function.Method(resource);
            case STATIC -> new Function.Static(resource);
          };
          Function fn = function(rf.name(), kind, rf.sig(), rf.docs(), rf.gate());
          out.put(fn.canonicalName(), fn);
        }
      }
    }
    return out;
  }
}
