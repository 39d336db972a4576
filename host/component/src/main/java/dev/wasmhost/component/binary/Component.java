package dev.wasmhost.component.binary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A decoded component: its sections in binary order. Build one with {@link ComponentDecoder#decode(byte[])}
 * or by hand (the guest compiler does) and turn it into bytes with {@link ComponentEncoder#encode(Component)}.
 *
 * <pre>{@code
 * Component c = ComponentDecoder.decode(bytes);
 * c.imports().forEach(i -> System.out.println(i.name()));
 * Definition d = c.indexSpaces().get(Sort.CORE_MODULE, 0);
 * }</pre>
 */
public record Component(List<Section> sections) implements Definition {
  public Component {
    sections = List.copyOf(sections);
  }

  /** Top-level imports, in order. */
  public List<Section.Import> imports() {
    List<Section.Import> out = new ArrayList<>();
    for (Section s : sections) {
      if (s instanceof Section.Imports i) {
        out.addAll(i.imports());
      }
    }
    return out;
  }

  /** Top-level exports, in order. */
  public List<Section.Export> exports() {
    List<Section.Export> out = new ArrayList<>();
    for (Section s : sections) {
      if (s instanceof Section.Exports e) {
        out.addAll(e.exports());
      }
    }
    return out;
  }

  public List<Section.Custom> customSections() {
    return sections.stream().filter(Section.Custom.class::isInstance).map(Section.Custom.class::cast).toList();
  }

  /** The decoded {@code component-name} section, if there is one and it is well formed. */
  public Optional<ComponentNames> names() {
    for (Section.Custom c : customSections()) {
      if (c.name().equals(ComponentNames.SECTION_NAME)) {
        return ComponentNames.tryParse(c.payload());
      }
    }
    return Optional.empty();
  }

  /** Every index of every sort, mapped to the definition that introduced it. */
  public IndexSpaces indexSpaces() {
    return IndexSpaces.of(this);
  }
}
