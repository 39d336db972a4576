package dev.wasmhost.runtime;

/** What a byte sequence holds, told from its preamble alone. */
public enum BinaryKind {
    CORE_MODULE,
    COMPONENT,
    /** Starts with the wasm magic but has a version/layer this host does not know. */
    UNKNOWN_WASM_VERSION,
    NOT_WASM;

    /**
     * Classifies {@code bytes} by the 8-byte preamble: {@code \0asm}, then a 16-bit version and a
     * 16-bit layer (layer 0 with version 1 is a core module; layer 1 is a component).
     */
    public static BinaryKind of(byte[] bytes) {
        if (bytes.length < 4
                || bytes[0] != 0
                || bytes[1] != 'a'
                || bytes[2] != 's'
                || bytes[3] != 'm') {
            return NOT_WASM;
        }
        if (bytes.length < 8) {
            return UNKNOWN_WASM_VERSION;
        }
        int version = (bytes[4] & 0xff) | (bytes[5] & 0xff) << 8;
        int layer = (bytes[6] & 0xff) | (bytes[7] & 0xff) << 8;
        if (layer == 0 && version == 1) {
            return CORE_MODULE;
        }
        if (layer == 1) {
            return COMPONENT;
        }
        return UNKNOWN_WASM_VERSION;
    }
}
