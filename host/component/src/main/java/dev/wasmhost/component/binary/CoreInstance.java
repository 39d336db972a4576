package dev.wasmhost.component.binary;

import java.util.List;

/** A core instance definition. */
public sealed interface CoreInstance extends Definition {
  record Arg(String name, int coreInstance) {}

  record InlineExport(String name, Sort sort, int index) {}

  /** {@code (instantiate m (with "name" (instance i))*)}. */
  record Instantiate(int module, List<Arg> args) implements CoreInstance {}

  /** An instance made of exports picked from the core index spaces. */
  record FromExports(List<InlineExport> exports) implements CoreInstance {}
}
