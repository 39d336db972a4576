package dev.wasmhost.component.wit;

/** Test helpers: resolve a WIT text held in a string. */
final class Wit {
  private Wit() {}

  static Resolution resolve(String text) {
    return WitResolver.resolveText("test.wit", text);
  }

  static Interface iface(String body) {
    return resolve("package t:p;\ninterface i {\n" + body + "\n}\n").root().interfaces().get("i");
  }

  static TypeDef type(String body, String name) {
    return iface(body).types().get(name);
  }
}
