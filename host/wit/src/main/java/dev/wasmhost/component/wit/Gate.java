package dev.wasmhost.component.wit;

/**
 * The feature gate on an item: {@code @since}, {@code @unstable} or none. Gates are kept, not
 * applied: a consumer decides which unstable features it serves.
 */
public sealed interface Gate {
  /** No gate was written. */
  Gate NONE = new None();

  /** An item without a gate. */
  record None() implements Gate {}

  /**
   * {@code @since(version = v)}, optionally followed by {@code @deprecated(version = d)}.
   *
   * @param deprecated the version that deprecated the item, or {@code null}
   */
  record Since(String version, String deprecated) implements Gate {}

  /** {@code @unstable(feature = f)}: available only when the feature is enabled. */
  record Unstable(String feature) implements Gate {}
}
