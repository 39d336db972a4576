package dev.wasmhost.component.world;

import dev.wasmhost.component.binary.Sort;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The index spaces of one scope (a component or an instance type), holding {@link Node}s. */
final class Space {
  final Space parent;
  private final Map<Sort, List<Node>> nodes = new EnumMap<>(Sort.class);

  Space(Space parent) {
    this.parent = parent;
    for (Sort s : Sort.values()) {
      nodes.put(s, new ArrayList<>());
    }
  }

  void add(Sort sort, Node node) {
    nodes.get(sort).add(node);
  }

  /** The node at {@code index}; the decoder has validated every index, so a miss is a bug or an unknown sort. */
  Node get(Sort sort, int index) {
    List<Node> space = nodes.get(sort);
    return index >= 0 && index < space.size() ? space.get(index) : new Node.Opaque(sort + " " + index + " is unknown");
  }

  Space outer(int count) {
    Space s = this;
    for (int i = 0; i < count && s != null; i++) {
      s = s.parent;
    }
    return s;
  }

  /** Follows named types to the definition they stand for. */
  static Node definition(Node node) {
    Node n = node;
    while (n instanceof Node.Named named) {
      n = named.target;
    }
    return n;
  }
}
