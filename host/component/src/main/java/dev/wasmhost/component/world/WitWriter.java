package dev.wasmhost.component.world;

import dev.wasmhost.component.binary.DefType;
import dev.wasmhost.component.binary.PrimType;
import dev.wasmhost.component.binary.Sort;
import dev.wasmhost.component.binary.ValType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import dev.wasmhost.component.wit.WitPrinter;

/** Writes a walked component world as WIT text: the world, then each interface in its package. */
final class WitWriter {
  private static final String INDENT = "  ";

  /** An interface named {@code ns:pkg/name@version}, split for grouping into {@code package} blocks. */
  record QualifiedName(String pkg, String name) {
    static Optional<QualifiedName> parse(String full) {
      int colon = full.indexOf(':');
      int slash = full.indexOf('/');
      if (colon < 0 || slash < colon) {
        return Optional.empty();
      }
      int at = full.indexOf('@', slash);
      String version = at < 0 ? "" : full.substring(at);
      String iface = at < 0 ? full.substring(slash + 1) : full.substring(slash + 1, at);
      return Optional.of(new QualifiedName(full.substring(0, slash) + version, iface));
    }
  }

  /** Names used from other interfaces while writing one body: owner interface -> names. */
  private static final class Uses {
    final String owner;
    final Map<String, Set<String>> byInterface = new LinkedHashMap<>();

    Uses(String owner) {
      this.owner = owner;
    }

    void add(String iface, String name) {
      byInterface.computeIfAbsent(iface, k -> new LinkedHashSet<>()).add(name);
    }

    List<String> lines() {
      List<String> out = new ArrayList<>();
      byInterface.forEach((iface, names) -> out.add("use " + iface + ".{" + String.join(", ", names) + "};"));
      return out;
    }
  }

  private WitWriter() {}

  private static String id(String name) {
    return WitPrinter.id(name);
  }

  static String write(WorldWalker.Walked world) {
    StringBuilder out = new StringBuilder("package root:component;\n\nworld root {\n");
    Map<String, Map<String, Node.InstanceNode>> packages = new LinkedHashMap<>();
    Uses worldUses = new Uses(null);
    List<String> items = new ArrayList<>();
    collect("import", world.imports(), packages, worldUses, items);
    collect("export", world.exports(), packages, worldUses, items);
    for (String use : worldUses.lines()) {
      out.append(INDENT).append(use).append('\n');
    }
    for (String item : items) {
      out.append(INDENT).append(item).append('\n');
    }
    out.append("}\n");
    packages.forEach((pkg, interfaces) -> {
      out.append("\npackage ").append(pkg).append(" {\n");
      boolean first = true;
      for (var e : interfaces.entrySet()) {
        if (!first) {
          out.append('\n');
        }
        first = false;
        String full = fullName(pkg, e.getKey());
        out.append(INDENT).append("interface ").append(id(e.getKey())).append(" {\n");
        for (String line : body(e.getValue(), full)) {
          out.append(line.isEmpty() ? "" : INDENT + INDENT + line).append('\n');
        }
        out.append(INDENT).append("}\n");
      }
      out.append("}\n");
    });
    return out.toString();
  }

  private static String fullName(String pkg, String iface) {
    int at = pkg.indexOf('@');
    return at < 0 ? pkg + "/" + iface : pkg.substring(0, at) + "/" + iface + pkg.substring(at);
  }

  private static void collect(String verb, Map<String, Node> items, Map<String, Map<String, Node.InstanceNode>> packages,
      Uses worldUses, List<String> lines) {
    items.forEach((name, node) -> {
      switch (node) {
        case Node.InstanceNode inst -> {
          Optional<QualifiedName> q = QualifiedName.parse(name);
          if (q.isPresent()) {
            packages.computeIfAbsent(q.get().pkg(), k -> new LinkedHashMap<>()).putIfAbsent(q.get().name(), inst);
            lines.add(verb + " " + name + ";");
          } else {
            List<String> body = body(inst, name);
            StringBuilder sb = new StringBuilder(verb + " " + id(name) + ": interface {");
            body.forEach(l -> sb.append('\n').append(INDENT).append(INDENT).append(l));
            lines.add(sb.append('\n').append(INDENT).append("}").toString());
          }
        }
        case Node.Func f -> lines.add(verb + " " + id(name) + ": " + signature(f, worldUses) + ";");
        case Node.Named n -> lines.add("// " + verb + " of type " + name + " is not shown");
        default -> lines.add("// " + verb + " " + name + " is not described by WIT");
      }
    });
  }

  /** The lines of an interface body: uses, types (resources with their functions), then free functions. */
  static List<String> body(Node.InstanceNode inst, String owner) {
    Uses uses = new Uses(owner);
    List<String> types = new ArrayList<>();
    List<String> funcs = new ArrayList<>();
    Map<String, List<String>> resourceFuncs = new LinkedHashMap<>();
    inst.members().forEach((name, node) -> {
      if (node instanceof Node.Func f && name.startsWith("[")) {
        int close = name.indexOf(']');
        String kind = name.substring(1, close);
        String rest = name.substring(close + 1);
        int dot = rest.indexOf('.');
        String resource = dot < 0 ? rest : rest.substring(0, dot);
        String fname = dot < 0 ? "" : rest.substring(dot + 1);
        String line = switch (kind) {
          case "constructor" -> "constructor" + params(f, uses, 0) + ";";
          case "method" -> id(fname) + ": func" + params(f, uses, 1) + result(f, uses) + ";";
          case "static" -> id(fname) + ": static func" + params(f, uses, 0) + result(f, uses) + ";";
          default -> "// " + name + " (" + kind + ") is not described";
        };
        resourceFuncs.computeIfAbsent(resource, k -> new ArrayList<>()).add(line);
      }
    });
    inst.members().forEach((name, node) -> {
      switch (node) {
        case Node.Named n -> types.addAll(typeDecl(n, owner, uses, resourceFuncs.getOrDefault(name, List.of())));
        case Node.Func f -> {
          if (!name.startsWith("[")) {
            funcs.add(id(name) + ": " + signature(f, uses) + ";");
          }
        }
        default -> funcs.add("// " + name + " is not described by WIT");
      }
    });
    List<String> lines = new ArrayList<>(uses.lines());
    if (!lines.isEmpty() && !(types.isEmpty() && funcs.isEmpty())) {
      lines.add("");
    }
    lines.addAll(types);
    lines.addAll(funcs);
    return lines;
  }

  private static List<String> typeDecl(Node.Named n, String owner, Uses uses, List<String> methods) {
    if (n.target instanceof Node.Named other) {
      if (other.owner != null && !other.owner.equals(owner)) {
        uses.add(other.owner, other.name.equals(n.name) ? id(n.name) : id(other.name) + " as " + id(n.name));
        return List.of();
      }
      return List.of("type " + id(n.name) + " = " + id(other.name) + ";");
    }
    Node def = n.target;
    if (def instanceof Node.AbstractResource || def instanceof Node.Def d && d.type() instanceof DefType.Resource) {
      if (methods.isEmpty()) {
        return List.of("resource " + id(n.name) + ";");
      }
      List<String> lines = new ArrayList<>();
      lines.add("resource " + id(n.name) + " {");
      methods.forEach(m -> lines.add(INDENT + m));
      lines.add("}");
      return lines;
    }
    if (!(def instanceof Node.Def d)) {
      return List.of("// type " + n.name + " is not described by WIT");
    }
    return switch (d.type()) {
      case DefType.Record r -> block("record " + id(n.name), r.fields().stream()
          .map(f -> id(f.label()) + ": " + ref(f.type(), d.scope(), uses) + ",").toList());
      case DefType.Variant v -> block("variant " + id(n.name), v.cases().stream()
          .map(c -> id(c.label()) + c.type().map(t -> "(" + ref(t, d.scope(), uses) + ")").orElse("") + ",").toList());
      case DefType.Enum e -> block("enum " + id(n.name), e.labels().stream().map(l -> id(l) + ",").toList());
      case DefType.Flags f -> block("flags " + id(n.name), f.labels().stream().map(l -> id(l) + ",").toList());
      case DefType.ValueType vt -> List.of("type " + id(n.name) + " = " + structural(vt, d.scope(), uses) + ";");
      default -> List.of("// type " + n.name + " is not a value type");
    };
  }

  private static List<String> block(String head, List<String> members) {
    List<String> lines = new ArrayList<>();
    lines.add(head + " {");
    members.forEach(m -> lines.add(INDENT + m));
    lines.add("}");
    return lines;
  }

  private static String signature(Node.Func f, Uses uses) {
    return "func" + params(f, uses, 0) + result(f, uses);
  }

  private static String params(Node.Func f, Uses uses, int skip) {
    return f.type().params().stream().skip(skip)
        .map(p -> id(p.label()) + ": " + ref(p.type(), f.scope(), uses))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String result(Node.Func f, Uses uses) {
    return f.type().result().map(t -> " -> " + ref(t, f.scope(), uses)).orElse("");
  }

  /** A type reference as WIT writes it: a name when the type has one, else its structure. */
  static String ref(ValType type, Space scope, Uses uses) {
    if (type instanceof PrimType p) {
      return primitive(p);
    }
    return name(scope.get(Sort.TYPE, ((ValType.Ref) type).index()), uses);
  }

  private static String name(Node node, Uses uses) {
    if (node instanceof Node.Named n) {
      if (n.owner != null && uses != null && !n.owner.equals(uses.owner)) {
        uses.add(n.owner, id(n.name));
      }
      return id(n.name);
    }
    if (node instanceof Node.Def d && d.type() instanceof DefType.ValueType vt) {
      return structural(vt, d.scope(), uses);
    }
    return "_";
  }

  private static String structural(DefType.ValueType vt, Space scope, Uses uses) {
    return switch (vt) {
      case PrimType p -> primitive(p);
      case DefType.ListOf l -> "list<" + ref(l.element(), scope, uses) + ">";
      case DefType.FixedList l -> "list<" + ref(l.element(), scope, uses) + ", " + l.length() + ">";
      case DefType.Option o -> "option<" + ref(o.type(), scope, uses) + ">";
      case DefType.Tuple t -> t.types().stream().map(x -> ref(x, scope, uses)).collect(Collectors.joining(", ", "tuple<", ">"));
      case DefType.Result r -> result(r, scope, uses);
      case DefType.Own o -> name(scope.get(Sort.TYPE, o.resourceType()), uses);
      case DefType.Borrow b -> "borrow<" + name(scope.get(Sort.TYPE, b.resourceType()), uses) + ">";
      case DefType.Stream s -> s.element().map(t -> "stream<" + ref(t, scope, uses) + ">").orElse("stream");
      case DefType.Future f -> f.element().map(t -> "future<" + ref(t, scope, uses) + ">").orElse("future");
      case DefType.MapOf m -> "map<" + ref(m.key(), scope, uses) + ", " + ref(m.value(), scope, uses) + ">";
      case DefType.Record r -> "record { " + r.fields().size() + " fields }";
      case DefType.Variant v -> "variant { " + v.cases().size() + " cases }";
      case DefType.Enum e -> "enum { " + String.join(", ", e.labels()) + " }";
      case DefType.Flags f -> "flags { " + String.join(", ", f.labels()) + " }";
    };
  }

  private static String result(DefType.Result r, Space scope, Uses uses) {
    if (r.ok().isEmpty() && r.error().isEmpty()) {
      return "result";
    }
    String ok = r.ok().map(t -> ref(t, scope, uses)).orElse("_");
    return r.error().map(e -> "result<" + ok + ", " + ref(e, scope, uses) + ">").orElse("result<" + ok + ">");
  }

  private static String primitive(PrimType p) {
    return p == PrimType.ERROR_CONTEXT ? "error-context" : p.name().toLowerCase(java.util.Locale.ROOT);
  }
}
