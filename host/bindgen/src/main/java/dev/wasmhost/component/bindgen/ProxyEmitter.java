package dev.wasmhost.component.bindgen;

import dev.wasmhost.component.wit.Function;
import dev.wasmhost.component.wit.Interface;
import dev.wasmhost.component.wit.Type;
import dev.wasmhost.component.wit.TypeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code <Iface>Proxy}: typed Java methods that call an interface a component exports
 * through an {@code Invoker}. Resources the component exports come back as inner
 * {@code <R>Remote} objects implementing the resource's interface.
 */
final class ProxyEmitter {
  private final JavaNames names;
  private final Conversions conversions;
  private final Signatures signatures;

  ProxyEmitter(JavaNames names, Conversions conversions, Signatures signatures) {
    this.names = names;
    this.conversions = conversions;
    this.signatures = signatures;
  }

  static String simpleName(Interface iface) {
    return JavaNames.type(iface.name()) + "Proxy";
  }

  GeneratedFile emit(Interface iface, List<TypeDef> resources) {
    String pkg = names.packageOf(iface.owner());
    String name = simpleName(iface);
    String key = JavaNames.interfaceKey(iface.owner());
    SourceWriter w = TypeEmitter.header(pkg, true);
    w.javadoc("Calls {@code " + iface.qualifiedName() + "} as exported by a component.");
    w.open("public final class " + name);
    w.line("private final Invoker $invoker;");
    w.line("private final Resources $res;");
    w.blank();
    w.javadoc("Calls go to {@code invoker}; resource handles the calls exchange are tracked in\n"
        + "{@code resources}, where the interface's own resources are registered as the\n"
        + "component's.");
    w.open("public " + name + "(" + "Invoker invoker, Resources resources)");
    w.line("this.$invoker = java.util.Objects.requireNonNull(invoker, \"invoker\");");
    w.line("this.$res = java.util.Objects.requireNonNull(resources, \"resources\");");
    for (TypeDef r : resources) {
      w.line("$res.registerGuest(\"" + key + "\", \"" + r.name() + "\", $h -> new "
          + remoteName(r) + "($h));");
    }
    w.close();
    for (Function f : iface.functions().values()) {
      if (f.kind() instanceof Function.Method) {
        continue;
      }
      w.blank();
      w.docs(f.docs());
      w.open("public " + signatures.method(f));
      call(w, f, null);
      w.close();
    }
    for (TypeDef r : resources) {
      remote(w, iface, r, key);
    }
    w.close();
    return new GeneratedFile(pkg, name, w.toString());
  }

  private static String remoteName(TypeDef resource) {
    return JavaNames.type(resource.name()) + "Remote";
  }

  private void remote(SourceWriter w, Interface iface, TypeDef resource, String key) {
    String cls = names.qualified(resource);
    String remote = remoteName(resource);
    w.blank();
    w.javadoc("A {@code " + resource.name() + "} that lives in the component.");
    w.open("public final class " + remote + " implements " + cls + ", GuestResource");
    w.line("private final " + Conversions.VALUE + " $handle;");
    w.blank();
    w.open("private " + remote + "(" + Conversions.VALUE + " handle)");
    w.line("this.$handle = handle;");
    w.close();
    w.blank();
    w.line("@java.lang.Override");
    w.open("public " + Conversions.VALUE + " guestHandle()");
    w.line("return $handle;");
    w.close();
    w.blank();
    w.line("@java.lang.Override");
    w.open("public void dropGuestHandle()");
    w.line("$invoker.call(\"[resource-drop]" + resource.name() + "\", java.util.List.of($res.lowerOwn(\""
        + key + "\", \"" + resource.name() + "\", this)));");
    w.close();
    for (Function f : iface.functions().values()) {
      if (f.kind() instanceof Function.Method m && m.resource().unaliased() == resource) {
        w.blank();
        w.line("@java.lang.Override");
        w.open("public " + signatures.method(f));
        call(w, f, new Type.Borrow(resource));
        w.close();
      }
    }
    w.close();
  }

  private void call(SourceWriter w, Function f, Type self) {
    List<String> args = new ArrayList<>();
    if (self != null) {
      args.add(conversions.lower(self, "this", 0));
    }
    for (Function.Param p : f.params()) {
      args.add(conversions.lower(p.type(), JavaNames.member(p.name()), 0));
    }
    String wit = f.canonicalName();
    String invoke = "$invoker.call(\"" + wit + "\", java.util.List.of(" + String.join(", ", args) + "))";
    Type result = Signatures.resultType(f);
    if (result == null) {
      w.line(invoke + ";");
      return;
    }
    w.line("java.util.Optional<" + Conversions.VALUE + "> $out = " + invoke + ";");
    w.line("return " + conversions.lift(result, Conversions.VALUES + ".returned($out, \"" + wit
        + "\")", 0) + ";");
  }
}
