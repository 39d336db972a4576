package dev.wasmhost.component.bindgen;

import dev.wasmhost.component.wit.Function;
import dev.wasmhost.component.wit.Interface;

/**
 * Writes {@code <Iface>Host}: the Java interface a capability implements to serve a WIT
 * interface. Resource methods live on the resource's own interface; constructors and static
 * functions are here.
 */
final class HostEmitter {
  private final JavaNames names;
  private final Signatures signatures;

  HostEmitter(JavaNames names, Signatures signatures) {
    this.names = names;
    this.signatures = signatures;
  }

  static String simpleName(Interface iface) {
    return JavaNames.type(iface.name()) + "Host";
  }

  GeneratedFile emit(Interface iface) {
    String pkg = names.packageOf(iface.owner());
    String name = simpleName(iface);
    SourceWriter w = TypeEmitter.header(pkg);
    w.docs(iface.docs());
    w.line("// What a host implements to serve " + iface.qualifiedName() + ".");
    w.open("public interface " + name);
    for (Function f : iface.functions().values()) {
      if (f.kind() instanceof Function.Method) {
        continue;
      }
      w.docs(f.docs());
      w.line(signatures.method(f) + ";");
    }
    w.close();
    return new GeneratedFile(pkg, name, w.toString());
  }
}
