package dev.wasmhost.component.bindgen;

import dev.wasmhost.component.wit.Interface;
import dev.wasmhost.component.wit.TypeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code <Iface>Codec}: for each record and variant of the interface, {@code lowerX}
 * (Java to Value) and {@code liftX} (Value to Java). Enums, flags and resources need no
 * generated code; {@code Values} and {@code Resources} convert them.
 */
final class CodecEmitter {
  private final JavaNames names;
  private final Conversions conversions;

  CodecEmitter(JavaNames names, Conversions conversions) {
    this.names = names;
    this.conversions = conversions;
  }

  GeneratedFile emit(Interface iface, List<TypeDef> defs) {
    String pkg = names.packageOf(iface.owner());
    String name = Conversions.codecSimpleName(iface.owner());
    SourceWriter w = TypeEmitter.header(pkg, true);
    w.javadoc("Converts the records and variants of {@code " + iface.qualifiedName()
        + "} to and from canonical-ABI values.");
    w.open("public final class " + name);
    w.line("private " + name + "() {}");
    String value = Conversions.VALUE;
    String res = "Resources";
    for (TypeDef def : defs) {
      String cls = names.qualified(def);
      String simple = JavaNames.type(def.name());
      switch (def.kind()) {
        case TypeDef.Record r -> {
          w.blank();
          w.open("public static " + value + " lower" + simple + "(" + cls + " $v, " + res + " $res)");
          List<String> parts = new ArrayList<>();
          for (TypeDef.Field f : r.fields()) {
            parts.add(conversions.lower(f.type(), "$v." + JavaNames.member(f.name()) + "()", 0));
          }
          w.line("return " + Conversions.VALUES + ".record(" + String.join(", ", parts) + ");");
          w.close();
          w.blank();
          w.open("public static " + cls + " lift" + simple + "(" + value + " $v, " + res + " $res)");
          w.line("java.util.List<" + value + "> $f = " + Conversions.VALUES + ".asRecord($v, "
              + r.fields().size() + ");");
          List<String> args = new ArrayList<>();
          for (int i = 0; i < r.fields().size(); i++) {
            args.add(conversions.lift(r.fields().get(i).type(), "$f.get(" + i + ")", 0));
          }
          w.line("return new " + cls + "(" + String.join(", ", args) + ");");
          w.close();
        }
        case TypeDef.Variant v -> {
          w.blank();
          w.open("public static " + value + " lower" + simple + "(" + cls + " $v, " + res + " $res)");
          w.open("return switch ($v)");
          for (int i = 0; i < v.cases().size(); i++) {
            TypeDef.Case c = v.cases().get(i);
            String caseCls = cls + "." + TypeEmitter.caseName(simple, c.name());
            String payload = c.payload() == null ? "null"
                : conversions.lower(c.payload(), "$c.value()", 0);
            w.line("case " + caseCls + " $c -> " + Conversions.VALUES + ".variant(" + i + ", "
                + payload + ");");
          }
          w.close("};");
          w.close();
          w.blank();
          w.open("public static " + cls + " lift" + simple + "(" + value + " $v, " + res + " $res)");
          w.line(value + " $p = " + Conversions.VALUES + ".payload($v);");
          w.open("return switch (" + Conversions.VALUES + ".caseIndex($v, " + v.cases().size() + "))");
          for (int i = 0; i < v.cases().size(); i++) {
            TypeDef.Case c = v.cases().get(i);
            String caseCls = cls + "." + TypeEmitter.caseName(simple, c.name());
            String payload = c.payload() == null ? ""
                : conversions.lift(c.payload(), Conversions.VALUES + ".required($p, \""
                    + def.name() + "." + c.name() + "\")", 0);
            w.line("case " + i + " -> new " + caseCls + "(" + payload + ");");
          }
          w.line("default -> throw new java.lang.IllegalStateException(\"unreachable\");");
          w.close("};");
          w.close();
        }
        default -> { }
      }
    }
    w.close();
    return new GeneratedFile(pkg, name, w.toString());
  }

  /** Whether an interface has records or variants, so needs a codec class. */
  static boolean needsCodec(List<TypeDef> defs) {
    return defs.stream().anyMatch(d -> d.kind() instanceof TypeDef.Record
        || d.kind() instanceof TypeDef.Variant);
  }
}
