package dev.wasmhost.component.binary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The index spaces of one component scope, per sort, in definition order, as the spec builds them:
 * each definition appends to the space of the sort it defines. Nested components and types have their own.
 */
public final class IndexSpaces {
  private final Map<Sort, List<Definition>> spaces = new EnumMap<>(Sort.class);

  private IndexSpaces() {
    for (Sort s : Sort.values()) {
      spaces.put(s, new ArrayList<>());
    }
  }

  public static IndexSpaces of(Component component) {
    IndexSpaces is = new IndexSpaces();
    for (Section s : component.sections()) {
      switch (s) {
        case Section.Custom c -> {}
        case Section.CoreModule m -> is.add(Sort.CORE_MODULE, m);
        case Section.CoreInstances ci -> ci.instances().forEach(i -> is.add(Sort.CORE_INSTANCE, i));
        case Section.CoreTypes ct -> ct.types().forEach(t -> is.add(Sort.CORE_TYPE, t, coreTypeCount(t)));
        case Section.NestedComponent nc -> is.add(Sort.COMPONENT, nc);
        case Section.Instances in -> in.instances().forEach(i -> is.add(Sort.INSTANCE, i));
        case Section.Aliases a -> a.aliases().forEach(x -> is.add(x.sort(), x));
        case Section.Types t -> t.types().forEach(x -> is.add(Sort.TYPE, x));
        case Section.Canons c -> c.canons().forEach(x -> is.add(x.definedSort(), x));
        case Section.Start st -> is.add(Sort.VALUE, st, st.results());
        case Section.Imports im -> im.imports().forEach(x -> is.add(x.type().sort(), x));
        case Section.Exports ex -> ex.exports().forEach(x -> is.add(x.sort(), x));
        case Section.Values v -> v.values().forEach(x -> is.add(Sort.VALUE, x));
      }
    }
    return is;
  }

  static int coreTypeCount(CoreType t) {
    return t instanceof CoreType.Gc g ? g.typeCount() : 1;
  }

  private void add(Sort sort, Definition d) {
    spaces.get(sort).add(d);
  }

  private void add(Sort sort, Definition d, int times) {
    for (int i = 0; i < times; i++) {
      spaces.get(sort).add(d);
    }
  }

  public int size(Sort sort) {
    return spaces.get(sort).size();
  }

  /** The definition behind {@code index} in {@code sort}; an alias or export here points onwards. */
  public Definition get(Sort sort, int index) {
    return spaces.get(sort).get(index);
  }

  public List<Definition> all(Sort sort) {
    return List.copyOf(spaces.get(sort));
  }
}
