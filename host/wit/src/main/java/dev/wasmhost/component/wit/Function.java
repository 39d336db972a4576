package dev.wasmhost.component.wit;

import java.util.List;
import java.util.Objects;

/**
 * A function: freestanding, or a constructor, method or static function of a resource.
 *
 * @param name the name as written ({@code get}, or {@code constructor} for constructors)
 * @param params the declared parameters; a method's implicit {@code self} is not listed
 * @param result the result type, or {@code null} when the function returns nothing
 * @param docs the doc comment, empty when there is none
 */
public record Function(
    String name, Kind kind, boolean async, List<Param> params, Type result, String docs,
    Gate gate) {
  public Function {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    params = List.copyOf(params);
    Objects.requireNonNull(docs, "docs");
    Objects.requireNonNull(gate, "gate");
  }

  /**
   * The name the component model uses for this function: {@code name},
   * {@code [constructor]r}, {@code [method]r.name} or {@code [static]r.name}.
   */
  public String canonicalName() {
    return switch (kind) {
      case Freestanding f -> name;
      case Constructor c -> "[constructor]" + c.resource().name();
      case Method m -> "[method]" + m.resource().name() + "." + name;
      case Static s -> "[static]" + s.resource().name() + "." + name;
    };
  }

  /** A parameter. */
  public record Param(String name, Type type) {}

  /** What the function belongs to. */
  public sealed interface Kind permits Freestanding, Constructor, Method, Static {}

  /** A function of an interface or world. */
  public record Freestanding() implements Kind {}

  /** {@code constructor(...)} of a resource; it returns {@code own<resource>}. */
  public record Constructor(TypeDef resource) implements Kind {}

  /** A method; it takes an implicit {@code self: borrow<resource>} first. */
  public record Method(TypeDef resource) implements Kind {}

  /** {@code name: static func(...)} of a resource. */
  public record Static(TypeDef resource) implements Kind {}
}
