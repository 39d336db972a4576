package dev.wasmhost.component.binary;

/** An alias: a new index in {@link #sort()} for something defined elsewhere. */
public sealed interface Alias extends Definition {
  Sort sort();

  /** {@code (alias export i "name" (sort))}. */
  record InstanceExport(Sort sort, int instance, String name) implements Alias {}

  /** {@code (alias core export i "name" (core sort))}. */
  record CoreInstanceExport(Sort sort, int coreInstance, String name) implements Alias {}

  /** {@code (alias outer count index (sort))}: {@code count} enclosing scopes out, 0 being this one. */
  record Outer(Sort sort, int count, int index) implements Alias {}
}
