package dev.wasmhost.component.binary;

/**
 * Something that adds an entry to an index space: a core module, core instance, core type, nested
 * component, instance, alias, type, canon, start (its results), import, export or value.
 * {@link IndexSpaces} maps every index of every sort back to the definition that introduced it.
 */
public interface Definition {}
