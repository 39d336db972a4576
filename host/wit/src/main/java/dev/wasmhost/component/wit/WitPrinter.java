package dev.wasmhost.component.wit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints resolved packages as canonical WIT text. Parsing and resolving the text again gives
 * an equal model.
 *
 * <pre>{@code
 * String text = WitPrinter.print(WitResolver.resolveDirectory(Path.of("wit")).root());
 * }</pre>
 */
public final class WitPrinter {
  private final StringBuilder out = new StringBuilder();
  private final PackageName current;
  private int indent;

  private WitPrinter(PackageName current) {
    this.current = current;
  }

  /** Prints one package as a file starting with {@code package ns:name@version;}. */
  public static String print(Package pkg) {
    WitPrinter p = new WitPrinter(pkg.name());
    p.docs(pkg.docs());
    p.line("package " + name(pkg.name()) + ";");
    p.body(pkg);
    return p.out.toString();
  }

  /**
   * Prints the root package and, as nested {@code package ... { }} blocks, every other
   * package, so the whole resolution fits in one self-contained file.
   */
  public static String print(Resolution resolution) {
    StringBuilder text = new StringBuilder(print(resolution.root()));
    for (Package pkg : resolution.packages()) {
      if (pkg.name().equals(resolution.root().name())) {
        continue;
      }
      WitPrinter p = new WitPrinter(pkg.name());
      p.line("");
      p.docs(pkg.docs());
      p.line("package " + name(pkg.name()) + " {");
      p.indent++;
      p.body(pkg);
      p.indent--;
      p.line("}");
      text.append(p.out);
    }
    return text.toString();
  }

  private static String name(PackageName n) {
    return id(n.namespace()) + ":" + id(n.name()) + (n.version() == null ? "" : "@" + n.version());
  }

  /** An identifier, escaped with {@code %} when it is a keyword. */
  public static String id(String name) {
    return Parser.KEYWORDS.contains(name) ? "%" + name : name;
  }

  private void body(Package pkg) {
    for (Interface iface : pkg.interfaces().values()) {
      line("");
      docs(iface.docs());
      gate(iface.gate());
      line("interface " + id(iface.name()) + " {");
      indent++;
      interfaceBody(iface);
      indent--;
      line("}");
    }
    for (World world : pkg.worlds().values()) {
      line("");
      docs(world.docs());
      gate(world.gate());
      line("world " + id(world.name()) + " {");
      indent++;
      worldItems("import", world.imports());
      worldItems("export", world.exports());
      indent--;
      line("}");
    }
  }

  /** Prints uses, then types and functions with a blank line between items. */
  private void interfaceBody(Interface iface) {
    boolean any = uses(iface.types().values());
    for (TypeDef def : iface.types().values()) {
      if (!isUse(def)) {
        if (any) {
          line("");
        }
        typeDef(def, iface.functions());
        any = true;
      }
    }
    for (Function fn : iface.functions().values()) {
      if (fn.kind() instanceof Function.Freestanding) {
        if (any) {
          line("");
        }
        function(fn.name(), fn);
        any = true;
      }
    }
  }

  private static boolean isUse(TypeDef def) {
    return def.kind() instanceof TypeDef.Alias(Type.Named(TypeDef target))
        && !target.owner().equals(def.owner());
  }

  /** Prints {@code use} statements, one per source interface, for aliases of foreign types. */
  private boolean uses(Iterable<TypeDef> defs) {
    Map<String, List<String>> byPath = new LinkedHashMap<>();
    for (TypeDef def : defs) {
      if (isUse(def)) {
        TypeDef target = ((Type.Named) ((TypeDef.Alias) def.kind()).target()).def();
        String name = target.name().equals(def.name())
            ? id(def.name()) : id(target.name()) + " as " + id(def.name());
        byPath.computeIfAbsent(path(target.owner()), k -> new ArrayList<>()).add(name);
      }
    }
    byPath.forEach((path, names) -> line("use " + path + ".{" + String.join(", ", names) + "};"));
    return !byPath.isEmpty();
  }

  private String path(TypeOwner owner) {
    if (!(owner instanceof TypeOwner.OfInterface(PackageName pkg, String iface))) {
      throw new IllegalArgumentException("only types of named interfaces can be used: " + owner);
    }
    return pkg.equals(current) ? id(iface)
        : id(pkg.namespace()) + ":" + id(pkg.name()) + "/" + id(iface)
            + (pkg.version() == null ? "" : "@" + pkg.version());
  }

  private void typeDef(TypeDef def, Map<String, Function> functions) {
    docs(def.docs());
    gate(def.gate());
    String n = id(def.name());
    switch (def.kind()) {
      case TypeDef.Alias a -> line("type " + n + " = " + type(a.target()) + ";");
      case TypeDef.Record r -> {
        line("record " + n + " {");
        indent++;
        for (TypeDef.Field f : r.fields()) {
          docs(f.docs());
          line(id(f.name()) + ": " + type(f.type()) + ",");
        }
        indent--;
        line("}");
      }
      case TypeDef.Variant v -> {
        line("variant " + n + " {");
        indent++;
        for (TypeDef.Case c : v.cases()) {
          docs(c.docs());
          line(id(c.name()) + (c.payload() == null ? "" : "(" + type(c.payload()) + ")") + ",");
        }
        indent--;
        line("}");
      }
      case TypeDef.Enum e -> labels("enum " + n, e.cases());
      case TypeDef.Flags f -> labels("flags " + n, f.flags());
      case TypeDef.Resource r -> resource(def, functions);
    }
  }

  private void labels(String head, List<TypeDef.Label> labels) {
    line(head + " {");
    indent++;
    for (TypeDef.Label l : labels) {
      docs(l.docs());
      line(id(l.name()) + ",");
    }
    indent--;
    line("}");
  }

  private void resource(TypeDef def, Map<String, Function> functions) {
    List<Function> members = new ArrayList<>();
    for (Function fn : functions.values()) {
      TypeDef owner = switch (fn.kind()) {
        case Function.Constructor c -> c.resource();
        case Function.Method m -> m.resource();
        case Function.Static s -> s.resource();
        case Function.Freestanding f -> null;
      };
      if (owner != null && owner.equals(def)) {
        members.add(fn);
      }
    }
    if (members.isEmpty()) {
      line("resource " + id(def.name()) + ";");
      return;
    }
    line("resource " + id(def.name()) + " {");
    indent++;
    for (Function fn : members) {
      docs(fn.docs());
      gate(fn.gate());
      if (fn.kind() instanceof Function.Constructor) {
        line("constructor" + signature(fn) + ";");
      } else {
        String stat = fn.kind() instanceof Function.Static ? "static " : "";
        line(id(fn.name()) + ": " + stat + (fn.async() ? "async " : "") + "func"
            + signature(fn) + ";");
      }
    }
    indent--;
    line("}");
  }

  private void function(String name, Function fn) {
    docs(fn.docs());
    gate(fn.gate());
    line(id(name) + ": " + (fn.async() ? "async " : "") + "func" + signature(fn) + ";");
  }

  private String signature(Function fn) {
    List<String> params = new ArrayList<>();
    fn.params().forEach(p -> params.add(id(p.name()) + ": " + type(p.type())));
    return "(" + String.join(", ", params) + ")"
        + (fn.result() == null ? "" : " -> " + type(fn.result()));
  }

  private void worldItems(String verb, Map<String, WorldItem> items) {
    List<TypeDef> types = new ArrayList<>();
    items.values().forEach(i -> {
      if (i instanceof WorldItem.TypeItem t) {
        types.add(t.type());
      }
    });
    uses(types);
    Map<String, Function> resourceFunctions = new LinkedHashMap<>();
    items.forEach((k, i) -> {
      if (i instanceof WorldItem.FunctionItem f
          && !(f.function().kind() instanceof Function.Freestanding)) {
        resourceFunctions.put(k, f.function());
      }
    });
    for (TypeDef def : types) {
      if (!isUse(def)) {
        typeDef(def, resourceFunctions);
      }
    }
    for (Map.Entry<String, WorldItem> e : items.entrySet()) {
      switch (e.getValue()) {
        case WorldItem.InterfaceItem(Interface iface, boolean inline) when inline -> {
          docs(iface.docs());
          gate(iface.gate());
          line(verb + " " + id(e.getKey()) + ": interface {");
          indent++;
          interfaceBody(iface);
          indent--;
          line("}");
        }
        case WorldItem.InterfaceItem(Interface iface, boolean inline) ->
            line(verb + " " + path(iface.owner()) + ";");
        case WorldItem.FunctionItem(Function fn)
            when fn.kind() instanceof Function.Freestanding -> {
          docs(fn.docs());
          gate(fn.gate());
          line(verb + " " + id(e.getKey()) + ": " + (fn.async() ? "async " : "") + "func"
              + signature(fn) + ";");
        }
        default -> { }
      }
    }
  }

  private String type(Type type) {
    return switch (type) {
      case Primitive p -> p.witName();
      case Type.Named n -> id(n.def().name());
      case Type.Own o -> id(o.resource().name());
      case Type.Borrow b -> "borrow<" + id(b.resource().name()) + ">";
      case Type.ListOf l -> "list<" + type(l.element()) + ">";
      case Type.FixedListOf l -> "list<" + type(l.element()) + ", " + l.size() + ">";
      case Type.OptionOf o -> "option<" + type(o.some()) + ">";
      case Type.ResultOf r -> r.ok() == null && r.err() == null ? "result"
          : r.err() == null ? "result<" + type(r.ok()) + ">"
          : "result<" + (r.ok() == null ? "_" : type(r.ok())) + ", " + type(r.err()) + ">";
      case Type.TupleOf t -> {
        List<String> parts = new ArrayList<>();
        t.elements().forEach(e -> parts.add(type(e)));
        yield "tuple<" + String.join(", ", parts) + ">";
      }
      case Type.FutureOf f -> f.payload() == null ? "future" : "future<" + type(f.payload()) + ">";
      case Type.StreamOf s -> s.payload() == null ? "stream" : "stream<" + type(s.payload()) + ">";
    };
  }

  private void gate(Gate gate) {
    switch (gate) {
      case Gate.None n -> { }
      case Gate.Since s -> {
        line("@since(version = " + s.version() + ")");
        if (s.deprecated() != null) {
          line("@deprecated(version = " + s.deprecated() + ")");
        }
      }
      case Gate.Unstable u -> line("@unstable(feature = " + id(u.feature()) + ")");
    }
  }

  private void docs(String docs) {
    if (docs.isEmpty()) {
      return;
    }
    for (String l : docs.split("\n", -1)) {
      line(l.isEmpty() ? "///" : "/// " + l);
    }
  }

  private void line(String text) {
    if (!text.isEmpty()) {
      out.append("  ".repeat(indent)).append(text);
    }
    out.append('\n');
  }
}
