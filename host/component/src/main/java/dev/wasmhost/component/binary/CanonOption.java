package dev.wasmhost.component.binary;

/** A canonical ABI option; {@code index} is the memory or function index where the option has one, else -1. */
public record CanonOption(Kind kind, int index) {
  public enum Kind {
    UTF8(0x00, null), UTF16(0x01, null), LATIN1_UTF16(0x02, null),
    MEMORY(0x03, Sort.CORE_MEMORY), REALLOC(0x04, Sort.CORE_FUNC), POST_RETURN(0x05, Sort.CORE_FUNC),
    ASYNC(0x06, null), CALLBACK(0x07, Sort.CORE_FUNC);

    final int code;
    final Sort target;

    Kind(int code, Sort target) {
      this.code = code;
      this.target = target;
    }

    boolean isStringEncoding() {
      return code <= 0x02;
    }
  }

  public static CanonOption of(Kind kind) {
    return new CanonOption(kind, -1);
  }
}
