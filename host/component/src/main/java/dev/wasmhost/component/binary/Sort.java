package dev.wasmhost.component.binary;

/** The index spaces of a component: seven core sorts and five component sorts. */
public enum Sort {
  CORE_FUNC(true, 0x00, "core func"),
  CORE_TABLE(true, 0x01, "core table"),
  CORE_MEMORY(true, 0x02, "core memory"),
  CORE_GLOBAL(true, 0x03, "core global"),
  CORE_TAG(true, 0x04, "core tag"),
  CORE_TYPE(true, 0x10, "core type"),
  CORE_MODULE(true, 0x11, "core module"),
  CORE_INSTANCE(true, 0x12, "core instance"),
  FUNC(false, 0x01, "func"),
  VALUE(false, 0x02, "value"),
  TYPE(false, 0x03, "type"),
  COMPONENT(false, 0x04, "component"),
  INSTANCE(false, 0x05, "instance");

  private final boolean core;
  private final int code;
  private final String label;

  Sort(boolean core, int code, String label) {
    this.core = core;
    this.code = code;
    this.label = label;
  }

  public boolean isCore() {
    return core;
  }

  /** The byte after the {@code 0x00} core prefix for core sorts, else the sort byte itself. */
  public int code() {
    return code;
  }

  @Override
  public String toString() {
    return label;
  }

  static Sort core(int code) {
    for (Sort s : values()) {
      if (s.core && s.code == code) {
        return s;
      }
    }
    return null;
  }

  static Sort component(int code) {
    for (Sort s : values()) {
      if (!s.core && s.code == code) {
        return s;
      }
    }
    return null;
  }

  static Sort read(Reader r) {
    int at = r.pos();
    int b = r.u8("sort");
    if (b == 0x00) {
      int c = r.u8("core sort");
      Sort s = core(c);
      if (s == null) {
        throw Reader.fail(at + 1, String.format("unknown core sort 0x%02x", c));
      }
      return s;
    }
    Sort s = component(b);
    if (s == null) {
      throw Reader.fail(at, String.format("unknown sort 0x%02x", b));
    }
    return s;
  }

  static Sort readCore(Reader r) {
    int at = r.pos();
    int c = r.u8("core sort");
    Sort s = core(c);
    if (s == null) {
      throw Reader.fail(at, String.format("unknown core sort 0x%02x", c));
    }
    return s;
  }

  void write(Writer w) {
    if (core) {
      w.u8(0x00);
    }
    w.u8(code);
  }

  String plural() {
    if (label.endsWith("y")) {
      return label.substring(0, label.length() - 1) + "ies";
    }
    return label + (label.endsWith("s") ? "es" : "s");
  }
}
