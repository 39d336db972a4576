package dev.wasmhost.component.bindgen;

import dev.wasmhost.component.wit.Function;
import dev.wasmhost.component.wit.Interface;
import dev.wasmhost.component.wit.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code <Iface>Adapter}: turns a {@code <Iface>Host} implementation into dynamic host
 * functions, keyed by the component-model function name ({@code get-stdout},
 * {@code [method]output-stream.write}, ...), each taking the lifted argument values and
 * returning the result value to lower.
 */
final class AdapterEmitter {
  static final String FN = "java.util.function.Function<java.util.List<" + Conversions.VALUE
      + ">, java.util.Optional<" + Conversions.VALUE + ">>";

  private final JavaNames names;
  private final JavaTypes types;
  private final Conversions conversions;

  AdapterEmitter(JavaNames names, JavaTypes types, Conversions conversions) {
    this.names = names;
    this.types = types;
    this.conversions = conversions;
  }

  static String simpleName(Interface iface) {
    return JavaNames.type(iface.name()) + "Adapter";
  }

  GeneratedFile emit(Interface iface) {
    String pkg = names.packageOf(iface.owner());
    String name = simpleName(iface);
    String host = HostEmitter.simpleName(iface);
    SourceWriter w = TypeEmitter.header(pkg, true);
    w.javadoc("Serves {@code " + iface.qualifiedName() + "} from a {@link " + host
        + "}: one dynamic host function per WIT function.");
    w.open("public final class " + name);
    w.line("private " + name + "() {}");
    w.blank();
    // A linker keys host functions by versionless id and matches versions semver-compatibly.
    w.javadoc("The interface id without version, as hosts key their functions: {@code "
        + JavaNames.interfaceKey(iface.owner()) + "}.");
    w.line("public static final java.lang.String INTERFACE = \""
        + JavaNames.interfaceKey(iface.owner()) + "\";");
    w.blank();
    String version = iface.owner().pkg().version();
    w.javadoc("The version of the WIT package the bindings were generated from"
        + (version == null ? " (none)." : "."));
    w.line("public static final java.lang.String VERSION = "
        + (version == null ? "null" : "\"" + version + "\"") + ";");
    w.blank();
    w.javadoc("The host functions, keyed by component-model name. Resources the functions hand out\n"
        + "or take are kept in {@code resources}; share one {@code Resources} between the\n"
        + "adapters of one component instance.");
    w.open("public static java.util.Map<java.lang.String, " + FN + "> functions(" + host
        + " $host, Resources $res)");
    w.line("java.util.Map<java.lang.String, " + FN + "> $functions = new java.util.LinkedHashMap<>();");
    for (Function f : iface.functions().values()) {
      function(w, f);
    }
    w.line("return java.util.Collections.unmodifiableMap($functions);");
    w.close();
    if (iface.functions().values().stream().allMatch(f -> f.kind() instanceof Function.Method)) {
      // Only resource methods (wasi:io/streams): the host interface is empty, so none is needed.
      w.blank();
      w.javadoc("The host functions of an interface whose functions are all resource methods.");
      w.open("public static java.util.Map<java.lang.String, " + FN + "> functions(Resources $res)");
      w.line("return functions(new " + host + "() {}, $res);");
      w.close();
    }
    w.close();
    return new GeneratedFile(pkg, name, w.toString());
  }

  private void function(SourceWriter w, Function f) {
    String wit = f.canonicalName();
    boolean method = f.kind() instanceof Function.Method;
    int arity = f.params().size() + (method ? 1 : 0);
    w.open("$functions.put(\"" + wit + "\", $args ->");
    w.line(Conversions.VALUES + ".checkArity($args, " + arity + ", \"" + wit + "\");");
    List<String> args = new ArrayList<>();
    int offset = method ? 1 : 0;
    for (int i = 0; i < f.params().size(); i++) {
      args.add(conversions.lift(f.params().get(i).type(), "$args.get(" + (i + offset) + ")", 0));
    }
    String target;
    if (f.kind() instanceof Function.Method m) {
      String self = conversions.lift(new Type.Borrow(m.resource()), "$args.get(0)", 0);
      target = "(" + self + ")";
    } else {
      target = "$host";
    }
    String call = target + "." + Signatures.methodName(f) + "(" + String.join(", ", args) + ")";
    Type result = Signatures.resultType(f);
    if (result == null) {
      w.line(call + ";");
      w.line("return java.util.Optional.empty();");
    } else {
      w.line(types.type(result) + " $out = " + call + ";");
      w.line("return java.util.Optional.of(" + conversions.lower(result, "$out", 0) + ");");
    }
    w.close("});");
  }
}
