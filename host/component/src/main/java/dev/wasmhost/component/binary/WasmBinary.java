package dev.wasmhost.component.binary;

/**
 * Tells a core module from a component by its first 8 bytes.
 *
 * <pre>{@code
 * switch (WasmBinary.kind(bytes)) {
 *   case COMPONENT -> ComponentDecoder.decode(bytes);
 *   case CORE_MODULE -> ...; // hand to the engine
 *   case NOT_WASM -> throw ...;
 * }
 * }</pre>
 */
public final class WasmBinary {
  /** What a byte array holds. */
  public enum Kind {
    /** {@code \0asm} with version 1: a core WebAssembly module. */
    CORE_MODULE,
    /** {@code \0asm} with component version 0x0d and layer 1. */
    COMPONENT,
    /** Anything else, including wasm with an unknown version or layer. */
    NOT_WASM
  }

  static final byte[] MAGIC = {0x00, 0x61, 0x73, 0x6d};
  static final byte[] COMPONENT_VERSION_AND_LAYER = {0x0d, 0x00, 0x01, 0x00};
  static final byte[] CORE_VERSION = {0x01, 0x00, 0x00, 0x00};

  private WasmBinary() {}

  public static Kind kind(byte[] bytes) {
    if (bytes == null || bytes.length < 8 || !matches(bytes, 0, MAGIC)) {
      return Kind.NOT_WASM;
    }
    if (matches(bytes, 4, COMPONENT_VERSION_AND_LAYER)) {
      return Kind.COMPONENT;
    }
    if (matches(bytes, 4, CORE_VERSION)) {
      return Kind.CORE_MODULE;
    }
    return Kind.NOT_WASM;
  }

  static boolean matches(byte[] bytes, int at, byte[] expected) {
    if (bytes.length < at + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (bytes[at + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
