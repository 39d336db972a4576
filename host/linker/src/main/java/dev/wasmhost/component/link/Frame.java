package dev.wasmhost.component.link;

import dev.wasmhost.component.abi.HandleTable;
import dev.wasmhost.component.binary.Sort;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run-time index spaces of one component instance while it is being built: each definition appends the
 * thing it defines to the space of its sort. Entries by sort: core func/table/memory/global a
 * {@link CoreExtern}; core module a {@code Section.CoreModule}; core instance a {@code Map<String, CoreExtern>};
 * func a {@link Func}; type a {@link TypeScope.Entry}; component a {@link ComponentDef}; instance an
 * {@link InstanceValue}. Core types are counted but not kept (only core modules use them, and Endive checks those).
 */
final class Frame {
  /** A nested component definition with the frame its outer aliases refer to. */
  record ComponentDef(dev.wasmhost.component.binary.Component component, Frame definedIn) {}

  /** A component instance: its exports by name (full name as written, e.g. {@code wasi:cli/run@0.2.0}). */
  record InstanceValue(String description, Map<String, Object> exports) {}

  final Frame parent;
  /** Where this frame is, for messages: "component", "component 0 (instance 3)"... */
  final String path;
  final TypeScope types;
  final Map<String, Object> exports = new LinkedHashMap<>();
  /** This component instance's resource handles (one table per component instance, as the spec has it). */
  final HandleTable handles = new HandleTable();
  private final Map<Sort, List<Object>> spaces = new EnumMap<>(Sort.class);

  Frame(Frame parent, String path) {
    this.parent = parent;
    this.path = path;
    this.types = new TypeScope(parent == null ? null : parent.types, path);
    for (Sort s : Sort.values()) {
      spaces.put(s, new ArrayList<>());
    }
  }

  void add(Sort sort, Object value) {
    if (sort == Sort.TYPE) {
      types.add((TypeScope.Entry) value);
    } else {
      spaces.get(sort).add(value);
    }
  }

  int size(Sort sort) {
    return sort == Sort.TYPE ? types.size() : spaces.get(sort).size();
  }

  /** The entry at {@code index} of {@code sort}, or a LinkException naming what refers to it. */
  Object get(Sort sort, int index, String what) {
    if (sort == Sort.TYPE) {
      return types.entry(index, what);
    }
    List<Object> space = spaces.get(sort);
    if (index < 0 || index >= space.size()) {
      throw LinkException.invalid(path + ": " + what + " refers to " + sort + " " + index + ", but only "
          + space.size() + " are defined");
    }
    return space.get(index);
  }

  <T> T get(Sort sort, int index, Class<T> kind, String what) {
    Object o = get(sort, index, what);
    if (!kind.isInstance(o)) {
      throw LinkException.unsupported(path + ": " + what + " refers to " + sort + " " + index
          + ", which this host cannot use there");
    }
    return kind.cast(o);
  }

  Frame outer(int count, String what) {
    Frame f = this;
    for (int i = 0; i < count; i++) {
      f = f.parent;
      if (f == null) {
        throw LinkException.invalid(path + ": " + what + " goes out " + count + " components, past the outermost");
      }
    }
    return f;
  }
}
