package dev.wasmhost.component.world;

import dev.wasmhost.component.binary.Component;
import dev.wasmhost.component.binary.DefType;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one index of a component's type, func, instance or component space stands for, as its world sees it. */
sealed interface Node {
  /** A type definition; its indices refer to {@code scope}. */
  record Def(DefType type, Space scope) implements Node {}

  /** A function of type {@code type}, whose indices refer to {@code scope}. */
  record Func(DefType.Func type, Space scope) implements Node {}

  /** A resource type known only by its bound ({@code sub resource}). */
  record AbstractResource() implements Node {}

  /** Something the world does not describe (a core item, a value, an unresolvable alias). */
  record Opaque(String why) implements Node {}

  /** A component definition, instantiated later in the scope it was defined in. */
  record Nested(Component component, Space scope) implements Node {}

  /**
   * A type given a name by an import or export. {@code owner} is the interface it belongs to (the import or
   * export name of the instance), set when the instance is attached to a name; null at the world level.
   */
  final class Named implements Node {
    final String name;
    final Node target;
    String owner;

    Named(String name, Node target, String owner) {
      this.name = name;
      this.target = target;
      this.owner = owner;
    }
  }

  /** An instance: its exports by name, in order. */
  record InstanceNode(Map<String, Node> members) implements Node {
    public InstanceNode {
      members = new LinkedHashMap<>(members);
    }

    /** Claims the instance's still-unowned named types for the interface {@code owner}. */
    void own(String owner) {
      for (Node member : members.values()) {
        if (member instanceof Named named && named.owner == null) {
          named.owner = owner;
        }
      }
    }
  }
}
