package dev.wasmhost.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import run.endive.runtime.HostFunction;
import run.endive.runtime.ImportValues;
import run.endive.wasm.Parser;
import run.endive.wasm.UnlinkableException;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.ValType;

class ImportOrderTest {
    /**
     * (module (import "env" "a" (func (result i32))) (import "env" "b" (func (result i32)))
     *   (func (export "sum") (result i32) call 0 i32.const 10 i32.mul call 1 i32.add))
     */
    static final byte[] TWO_IMPORTS = {
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, // type () -> i32
        0x02, 0x11, 0x02, 0x03, 'e', 'n', 'v', 0x01, 'a', 0x00, 0x00,
        0x03, 'e', 'n', 'v', 0x01, 'b', 0x00, 0x00, // imports
        0x03, 0x02, 0x01, 0x00, // function
        0x07, 0x07, 0x01, 0x03, 's', 'u', 'm', 0x00, 0x02, // export "sum" = func 2
        0x0a, 0x0c, 0x01, 0x0a, 0x00, 0x10, 0x00, 0x41, 0x0a, 0x6c, 0x10, 0x01, 0x6a, 0x0b
    };

    private static HostFunction constant(String module, String name, int value) {
        return new HostFunction(
                module, name, FunctionType.returning(ValType.I32), (instance, args) -> new long[] {value});
    }

    @Test
    void keepsOnlyTheModulesImportsInItsOrder() {
        var order = new ImportOrder(Parser.parse(TWO_IMPORTS));
        var host = ImportValues.builder()
                .addFunction(constant("env", "unused", 9), constant("env", "b", 2),
                        constant("other", "a", 7), constant("env", "a", 4))
                .build();
        var arranged = order.arrange(host);
        assertThat(arranged.functionCount()).isEqualTo(2);
        assertThat(arranged.function(0).name()).isEqualTo("a");
        assertThat(arranged.function(0).module()).isEqualTo("env");
        assertThat(arranged.function(1).name()).isEqualTo("b");
    }

    @Test
    void instancesCallTheRightHostFunctionsWhateverOrderTheHostOffers() {
        for (EngineKind kind : EngineKind.values()) {
            var prepared = new EndiveEngine(kind, null).prepare(TWO_IMPORTS);
            var host = ImportValues.builder()
                    .addFunction(constant("env", "b", 2), constant("env", "x", 5), constant("env", "a", 4))
                    .build();
            var instance = prepared.instantiate(host, MemoryLimit.UNLIMITED, true);
            assertThat(instance.export("sum").apply()[0]).as(kind.name()).isEqualTo(42L);
        }
    }

    @Test
    void everyInstanceGetsItsOwnHostsFunctionsWhenTheNamesRepeat() {
        var prepared = new EndiveEngine(EngineKind.COMPILER, null).prepare(TWO_IMPORTS);
        for (int a = 1; a <= 3; a++) {
            var host = ImportValues.builder()
                    .addFunction(constant("env", "b", 2), constant("env", "a", a))
                    .build();
            var instance = prepared.instantiate(host, MemoryLimit.UNLIMITED, true);
            assertThat(instance.export("sum").apply()[0]).isEqualTo(a * 10L + 2);
        }
        var reordered = ImportValues.builder()
                .addFunction(constant("env", "a", 5), constant("env", "b", 1))
                .build();
        var instance = prepared.instantiate(reordered, MemoryLimit.UNLIMITED, true);
        assertThat(instance.export("sum").apply()[0]).isEqualTo(51L);
    }

    @Test
    void aMissingImportIsLeftForTheEngineToReport() {
        var order = new ImportOrder(Parser.parse(TWO_IMPORTS));
        var host = ImportValues.builder().addFunction(constant("env", "a", 4)).build();
        assertThat(order.arrange(host)).isSameAs(host);
        var prepared = new EndiveEngine(EngineKind.INTERPRETER, null).prepare(TWO_IMPORTS);
        assertThatThrownBy(() -> prepared.instantiate(host, MemoryLimit.UNLIMITED, true))
                .isInstanceOf(UnlinkableException.class)
                .hasMessageContaining("env.b");
    }

    @Test
    void aNameOfferedTwiceIsLeftForTheEngineToChooseBySignature() {
        var order = new ImportOrder(Parser.parse(TWO_IMPORTS));
        var host = ImportValues.builder()
                .addFunction(constant("env", "a", 1), constant("env", "a", 4), constant("env", "b", 2))
                .build();
        assertThat(order.arrange(host)).isSameAs(host);
    }
}
