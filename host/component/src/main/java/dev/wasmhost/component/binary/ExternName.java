package dev.wasmhost.component.binary;

import java.util.List;
import java.util.Optional;

/**
 * An import or export name with its attributes, e.g. {@code wasi:cli/run@0.2.3}.
 *
 * @param form the {@code nameattributes} opcode: 0x00 and 0x01 are plain names, 0x02 carries attributes
 */
public record ExternName(int form, String name, List<Attribute> attributes) {
  /** {@code implements} (0x00), {@code versionsuffix} (0x01) or {@code external-id} (0x02). */
  public record Attribute(int kind, String value) {}

  public static ExternName of(String name) {
    return new ExternName(0x00, name, List.of());
  }

  /** The part before {@code @}: {@code wasi:cli/run} for {@code wasi:cli/run@0.2.3}. */
  public String withoutVersion() {
    int at = name.indexOf('@');
    return at < 0 ? name : name.substring(0, at);
  }

  /** The version after {@code @} plus any {@code versionsuffix} attribute, if the name has one. */
  public Optional<String> version() {
    int at = name.indexOf('@');
    if (at < 0) {
      return Optional.empty();
    }
    String suffix = attributes.stream().filter(a -> a.kind() == 0x01).map(Attribute::value).findFirst().orElse("");
    return Optional.of(name.substring(at + 1) + suffix);
  }

  @Override
  public String toString() {
    return name;
  }
}
