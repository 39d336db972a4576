package dev.wasmhost.component.wit;

/** The built-in scalar types of WIT. */
public enum Primitive implements Type {
  BOOL("bool"), S8("s8"), U8("u8"), S16("s16"), U16("u16"), S32("s32"), U32("u32"),
  S64("s64"), U64("u64"), F32("f32"), F64("f64"), CHAR("char"), STRING("string"),
  ERROR_CONTEXT("error-context");

  private final String witName;

  Primitive(String witName) {
    this.witName = witName;
  }

  /** The keyword WIT uses for this type. */
  public String witName() {
    return witName;
  }

  /** The primitive with the given WIT keyword, or {@code null}. */
  public static Primitive byWitName(String name) {
    for (Primitive p : values()) {
      if (p.witName.equals(name)) {
        return p;
      }
    }
    // Older WIT spelled the floats float32/float64; accept them on input.
    return switch (name) {
      case "float32" -> F32;
      case "float64" -> F64;
      default -> null;
    };
  }
}
