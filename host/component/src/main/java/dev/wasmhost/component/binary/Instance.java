package dev.wasmhost.component.binary;

import java.util.List;

/** A component instance definition. */
public sealed interface Instance extends Definition {
  record Arg(String name, Sort sort, int index) {}

  record InlineExport(ExternName name, Sort sort, int index) {}

  /** {@code (instantiate c (with "name" (sort i))*)}. */
  record Instantiate(int component, List<Arg> args) implements Instance {}

  /** An instance made of exports picked from the index spaces. */
  record FromExports(List<InlineExport> exports) implements Instance {}
}
