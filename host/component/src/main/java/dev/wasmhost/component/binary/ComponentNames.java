package dev.wasmhost.component.binary;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code component-name} custom section: an optional name for the component and names for indices of
 * each sort. The spec says a bad name section must not make a component invalid, so {@link Component#names()}
 * returns empty for one; {@link #parse(Bytes)} reports what is wrong.
 */
public record ComponentNames(Optional<String> componentName, Map<Sort, Map<Integer, String>> names) {
  public static final String SECTION_NAME = "component-name";

  public ComponentNames {
    Map<Sort, Map<Integer, String>> copy = new EnumMap<>(Sort.class);
    names.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    names = Collections.unmodifiableMap(copy);
  }

  /** The name of index {@code index} of {@code sort}, if it has one. */
  public Optional<String> nameOf(Sort sort, int index) {
    return Optional.ofNullable(names.getOrDefault(sort, Map.of()).get(index));
  }

  /** Parses a section payload (after the section name); offsets in errors are relative to the payload. */
  public static ComponentNames parse(Bytes payload) {
    byte[] b = payload.unsafeArray();
    Reader r = new Reader(b, 0, b.length);
    Optional<String> componentName = Optional.empty();
    Map<Sort, Map<Integer, String>> names = new EnumMap<>(Sort.class);
    while (!r.atEnd()) {
      int at = r.pos();
      int id = r.u8("name subsection id");
      int size = r.u32("name subsection size");
      int contentAt = r.pos();
      Reader s = r.sub(size, "name subsection " + id);
      if (id == 0) {
        componentName = Optional.of(s.name("component name"));
      } else if (id == 1) {
        int sortAt = s.pos();
        Sort sort = Sort.read(s);
        if (names.containsKey(sort)) {
          throw Reader.fail(sortAt, "names for " + sort.plural() + " are given twice");
        }
        Map<Integer, String> map = new LinkedHashMap<>();
        int n = s.count("name");
        for (int i = 0; i < n; i++) {
          map.put(s.u32("index"), s.name("name"));
        }
        names.put(sort, map);
      } else {
        throw Reader.fail(at, "unknown name subsection id " + id);
      }
      s.expectEnd("name subsection " + id, contentAt);
    }
    return new ComponentNames(componentName, names);
  }

  static Optional<ComponentNames> tryParse(Bytes payload) {
    try {
      return Optional.of(parse(payload));
    } catch (ComponentFormatException e) {
      return Optional.empty(); // the spec asks engines to ignore a malformed name section
    }
  }

  /** Encodes this as a custom section payload. */
  public Bytes encode() {
    Writer w = new Writer();
    componentName.ifPresent(n -> w.u8(0).sized(new Writer().name(n)));
    names.forEach((sort, map) -> {
      Writer s = new Writer();
      sort.write(s);
      s.u32(map.size());
      map.forEach((i, n) -> s.u32(i).name(n));
      w.u8(1).sized(s);
    });
    return Bytes.wrap(w.toByteArray());
  }

  public Section.Custom toSection() {
    return new Section.Custom(SECTION_NAME, encode());
  }
}
