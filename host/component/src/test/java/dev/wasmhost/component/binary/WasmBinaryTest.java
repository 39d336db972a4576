package dev.wasmhost.component.binary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WasmBinaryTest {
  @Test
  void coreModuleHeaderIsCoreModule() {
    assertThat(WasmBinary.kind(Fixtures.CORE_MODULE)).isEqualTo(WasmBinary.Kind.CORE_MODULE);
  }

  @Test
  void componentHeaderIsComponent() {
    assertThat(WasmBinary.kind(ComponentEncoder.encode(Fixtures.rich()))).isEqualTo(WasmBinary.Kind.COMPONENT);
  }

  @Test
  void otherBytesAreNotWasm() {
    assertThat(WasmBinary.kind(new byte[] {0x00, 0x61, 0x73, 0x6d, 0x0e, 0x00, 0x01, 0x00}))
        .isEqualTo(WasmBinary.Kind.NOT_WASM);
    assertThat(WasmBinary.kind("#!/bin/sh\n".getBytes())).isEqualTo(WasmBinary.Kind.NOT_WASM);
    assertThat(WasmBinary.kind(new byte[3])).isEqualTo(WasmBinary.Kind.NOT_WASM);
  }
}
