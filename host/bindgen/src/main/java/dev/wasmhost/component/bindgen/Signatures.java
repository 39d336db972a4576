package dev.wasmhost.component.bindgen;

import dev.wasmhost.component.wit.Function;
import dev.wasmhost.component.wit.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java method that stands for a WIT function. Freestanding functions keep their name;
 * methods go on the resource's interface; a constructor of resource {@code r} becomes
 * {@code newR(...)} and a static function {@code r.f} becomes {@code rF(...)} on the host
 * interface and the proxy.
 */
final class Signatures {
  private final JavaTypes types;

  Signatures(JavaTypes types) {
    this.types = types;
  }

  /** The Java method name. */
  static String methodName(Function f) {
    return switch (f.kind()) {
      case Function.Freestanding x -> JavaNames.member(f.name());
      case Function.Method m -> JavaNames.member(f.name());
      case Function.Constructor c -> JavaNames.escape("new" + JavaNames.type(c.resource().name()));
      case Function.Static s -> JavaNames.member(s.resource().name() + "-" + f.name());
    };
  }

  /** The declared return type ({@code void} when the function returns nothing). */
  String returnType(Function f) {
    Type result = resultType(f);
    return result == null ? "void" : types.type(result);
  }

  /** {@code ReturnType name(Type a, Type b)}. */
  String method(Function f) {
    List<String> params = new ArrayList<>();
    for (Function.Param p : f.params()) {
      params.add(types.type(p.type()) + " " + JavaNames.member(p.name()));
    }
    return returnType(f) + " " + methodName(f) + "(" + String.join(", ", params) + ")";
  }

  /** The Java argument names, comma separated. */
  static String argumentNames(Function f) {
    List<String> args = new ArrayList<>();
    f.params().forEach(p -> args.add(JavaNames.member(p.name())));
    return String.join(", ", args);
  }

  /** The WIT result type as the component model sees it (constructors return {@code own<r>}). */
  static Type resultType(Function f) {
    if (f.kind() instanceof Function.Constructor c && f.result() == null) {
      return new Type.Own(c.resource());
    }
    return f.result();
  }
}
