package dev.wasmhost.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import run.endive.wasm.types.OpCode;

class WatPrinterTest {
    @Test
    void mnemonicsFollowTheTextFormat() {
        assertThat(WatPrinter.mnemonic(OpCode.I32_TRUNC_F64_S)).isEqualTo("i32.trunc_f64_s");
        assertThat(WatPrinter.mnemonic(OpCode.BR_IF)).isEqualTo("br_if");
        assertThat(WatPrinter.mnemonic(OpCode.LOCAL_TEE)).isEqualTo("local.tee");
        assertThat(WatPrinter.mnemonic(OpCode.MEMORY_GROW)).isEqualTo("memory.grow");
        assertThat(WatPrinter.mnemonic(OpCode.CALL_INDIRECT)).isEqualTo("call_indirect");
        assertThat(WatPrinter.mnemonic(OpCode.I64_EXTEND_I32_U)).isEqualTo("i64.extend_i32_u");
    }

    @Test
    void printsAModuleWithItsExportAndCode() {
        String wat = WatPrinter.print(EndiveEngineTest.ADD);
        assertThat(wat).startsWith("(module\n").endsWith(")\n")
                .contains("(type (;0;) (func (param i32 i32) (result i32)))")
                .contains("(export \"add\" (func 0))")
                .contains("local.get 0\n", "local.get 1\n", "i32.add\n");
    }

    @Test
    void badBytesAreAnInvalidModule() {
        assertThatThrownBy(() -> WatPrinter.print(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 99}))
                .isInstanceOfSatisfying(WasmhostException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_MODULE));
    }
}
