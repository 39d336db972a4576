package dev.wasmhost.component.bindgen;

/** Builds Java source text line by line with two-space indentation. */
final class SourceWriter {
  private final StringBuilder out = new StringBuilder();
  private int depth;

  /** Writes one line at the current indentation. */
  SourceWriter line(String text) {
    if (!text.isEmpty()) {
      out.append("  ".repeat(depth));
    }
    out.append(text).append('\n');
    return this;
  }

  SourceWriter blank() {
    out.append('\n');
    return this;
  }

  /** Writes {@code header {} and indents what follows. */
  SourceWriter open(String header) {
    line(header + " {");
    depth++;
    return this;
  }

  /** Closes a block opened with {@link #open}. */
  SourceWriter close() {
    return close("}");
  }

  /** Closes a block with a custom closing line such as {@code });}. */
  SourceWriter close(String closing) {
    depth--;
    line(closing);
    return this;
  }

  /** Writes a WIT doc comment as Javadoc (escaped); nothing when there is none. */
  SourceWriter docs(String docs) {
    if (docs == null || docs.isBlank()) {
      return this;
    }
    return javadoc(docs.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("@", "&#64;"));
  }

  /** Writes Javadoc the generator wrote itself; only what would end the comment is escaped. */
  SourceWriter javadoc(String text) {
    // A backslash-u in a comment is still a unicode escape to javac.
    String safe = text.replace("\\", "&#92;").replace("*/", "*&#47;");
    line("/**");
    for (String l : safe.strip().split("\n", -1)) {
      line(l.isBlank() ? " *" : " * " + l.strip());
    }
    line(" */");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
