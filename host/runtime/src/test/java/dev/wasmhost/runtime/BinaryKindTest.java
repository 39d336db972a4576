package dev.wasmhost.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BinaryKindTest {
    private static byte[] header(int v0, int v1, int l0, int l1) {
        return new byte[] {0, 'a', 's', 'm', (byte) v0, (byte) v1, (byte) l0, (byte) l1};
    }

    @Test
    void coreModuleHeaderIsCoreModule() {
        assertThat(BinaryKind.of(header(1, 0, 0, 0))).isEqualTo(BinaryKind.CORE_MODULE);
    }

    @Test
    void componentLayerIsComponent() {
        assertThat(BinaryKind.of(header(0x0d, 0, 1, 0))).isEqualTo(BinaryKind.COMPONENT);
    }

    @Test
    void emptyAndGarbageAreNotWasm() {
        assertThat(BinaryKind.of(new byte[0])).isEqualTo(BinaryKind.NOT_WASM);
        assertThat(BinaryKind.of("hello world".getBytes())).isEqualTo(BinaryKind.NOT_WASM);
    }

    @Test
    void truncatedHeaderAndUnknownVersionAreReported() {
        assertThat(BinaryKind.of(new byte[] {0, 'a', 's', 'm', 1})).isEqualTo(BinaryKind.UNKNOWN_WASM_VERSION);
        assertThat(BinaryKind.of(header(2, 0, 0, 0))).isEqualTo(BinaryKind.UNKNOWN_WASM_VERSION);
    }
}
