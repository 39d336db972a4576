package dev.wasmhost.component.wit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes random but valid WIT packages, for round-trip properties. */
final class RandomWit {
  private static final String[] PRIMS = {"bool", "s8", "u8", "s16", "u16", "s32", "u32", "s64",
      "u64", "f32", "f64", "char", "string", "error-context"};
  private static final String[] WORDS = {"alpha", "beta", "gamma", "type", "list", "record",
      "x", "y2", "io", "http", "own", "result", "HTTP", "get-URL", "stream"};

  private final Random random;
  private final StringBuilder out = new StringBuilder();
  private int counter;

  RandomWit(Random random) {
    this.random = random;
  }

  static String generate(Random random) {
    return new RandomWit(random).pkg();
  }

  private String pkg() {
    out.append(docs()).append("package gen:pkg").append(random.nextBoolean() ? "@1.2.3-rc.1" : "")
        .append(";\n");
    List<String> shared = iface("base", List.of(), null);
    String otherTypes = null;
    List<String> otherNames = List.of();
    if (random.nextBoolean() && !shared.isEmpty()) {
      otherNames = iface("user", shared, "base");
      otherTypes = "user";
    }
    out.append("world w {\n  import base;\n");
    if (otherTypes != null) {
      out.append("  export user;\n");
    }
    if (!shared.isEmpty() && random.nextBoolean()) {
      out.append("  use base.{").append(shared.get(0)).append("};\n");
    }
    out.append("  import ").append(name()).append(": func(a: ").append(type(List.of(), 2))
        .append(");\n");
    out.append("  export ").append(name()).append(": interface {\n");
    body(new ArrayList<>(), "    ");
    out.append("  }\n}\n");
    return out.toString();
  }

  private List<String> iface(String ifaceName, List<String> usable, String from) {
    out.append(docs()).append(gate()).append("interface ").append(ifaceName).append(" {\n");
    List<String> names = new ArrayList<>();
    if (from != null) {
      String used = usable.get(random.nextInt(usable.size()));
      String alias = random.nextBoolean() ? used : name();
      out.append("  use ").append(from).append(".{").append(esc(used))
          .append(alias.equals(used) ? "" : " as " + esc(alias)).append("};\n");
      names.add(alias);
    }
    body(names, "  ");
    out.append("}\n");
    return names;
  }

  /** Declarations in dependency order, so no cycle arises. */
  private void body(List<String> names, String in) {
    int count = random.nextInt(6);
    for (int i = 0; i < count; i++) {
      String n = name();
      out.append(docsAt(in)).append(in).append(gate());
      int kind = random.nextInt(7);
      switch (kind) {
        case 0 -> out.append("type ").append(esc(n)).append(" = ").append(type(names, 3))
            .append(";\n");
        case 1 -> {
          out.append("record ").append(esc(n)).append(" {\n");
          for (int f = 0, m = 1 + random.nextInt(3); f < m; f++) {
            out.append(docsAt(in + "  ")).append(in).append("  ").append(esc(name() + f))
                .append(": ").append(type(names, 2)).append(",\n");
          }
          out.append(in).append("}\n");
        }
        case 2 -> {
          out.append("variant ").append(esc(n)).append(" {\n");
          for (int f = 0, m = 1 + random.nextInt(3); f < m; f++) {
            out.append(in).append("  ").append(esc(name() + f))
                .append(random.nextBoolean() ? "(" + type(names, 2) + ")" : "").append(",\n");
          }
          out.append(in).append("}\n");
        }
        case 3 -> out.append(random.nextBoolean() ? "enum " : "flags ").append(esc(n))
            .append(" { a, b").append(random.nextBoolean() ? ", c-d" : "").append(" }\n");
        case 4 -> {
          out.append("resource ").append(esc(n));
          if (random.nextBoolean()) {
            out.append(";\n");
          } else {
            out.append(" {\n").append(in).append("  constructor(v: ").append(type(names, 1))
                .append(");\n").append(in).append("  get: func(other: borrow<").append(esc(n))
                .append(">) -> ").append(esc(n)).append(";\n").append(in)
                .append("  make: static func() -> result<").append(esc(n)).append(">;\n")
                .append(in).append("}\n");
          }
        }
        default -> out.append(esc(n)).append(": ").append(random.nextBoolean() ? "async " : "")
            .append("func(p: ").append(type(names, 3)).append(", q: ").append(type(names, 1))
            .append(")").append(random.nextBoolean() ? " -> " + type(names, 2) : "")
            .append(";\n");
      }
      if (kind < 5) {
        names.add(n);
      }
    }
  }

  private String type(List<String> names, int depth) {
    int choice = random.nextInt(depth <= 0 ? 2 : 11);
    return switch (choice) {
      case 0 -> PRIMS[random.nextInt(PRIMS.length)];
      case 1 -> names.isEmpty() ? "u32" : esc(names.get(random.nextInt(names.size())));
      case 2 -> "list<" + type(names, depth - 1) + ">";
      case 3 -> "list<" + type(names, depth - 1) + ", " + (1 + random.nextInt(9)) + ">";
      case 4 -> "option<" + type(names, depth - 1) + ">";
      case 5 -> switch (random.nextInt(4)) {
        case 0 -> "result";
        case 1 -> "result<" + type(names, depth - 1) + ">";
        case 2 -> "result<_, " + type(names, depth - 1) + ">";
        default -> "result<" + type(names, depth - 1) + ", " + type(names, depth - 1) + ">";
      };
      case 6 -> "tuple<" + type(names, depth - 1) + ", " + type(names, depth - 1) + ">";
      case 7 -> random.nextBoolean() ? "future" : "future<" + type(names, depth - 1) + ">";
      case 8 -> random.nextBoolean() ? "stream" : "stream<" + type(names, depth - 1) + ">";
      default -> PRIMS[random.nextInt(PRIMS.length)];
    };
  }

  private String name() {
    return WORDS[random.nextInt(WORDS.length)] + "-n" + (counter++);
  }

  private static String esc(String name) {
    return WitPrinter.id(name);
  }

  private String gate() {
    return switch (random.nextInt(5)) {
      case 0 -> "@since(version = 1.0.0) ";
      case 1 -> "@since(version = 0.1.0) @deprecated(version = 1.0.0) ";
      case 2 -> "@unstable(feature = shiny) ";
      default -> "";
    };
  }

  private String docs() {
    return docsAt("");
  }

  private String docsAt(String in) {
    return switch (random.nextInt(4)) {
      case 0 -> in + "/// one line\n";
      case 1 -> in + "/// first\n" + in + "///\n" + in + "///   indented\n";
      case 2 -> in + "/** block */\n";
      default -> "";
    };
  }
}
