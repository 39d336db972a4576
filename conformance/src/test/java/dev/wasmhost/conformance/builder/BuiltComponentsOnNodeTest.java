package dev.wasmhost.conformance.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Components made by wasmhost's own ComponentBuilder run under Node through jco, a toolchain we did not write: the
 * C program against WASI 0.2 (p2-direct) with {@code jco run}, and the C module exporting typed functions
 * (p2-exports) through {@code jco transpile}'s JavaScript bindings. (The guest compiler's components run under
 * the Node harness in the parity suite, {@code ParityTest}.) Skipped when node or the npm tools
 * (conformance/components, {@code npm ci}, which the module's build runs) are missing.
 */
class BuiltComponentsOnNodeTest {
    private static final Path WASM = Jco.TOOLS.resolve("wasm");

    @BeforeAll
    static void needsJco() {
        assumeTrue(Jco.available(), "node and conformance/components/node_modules (npm ci) are needed");
    }

    @Test
    void cProgramAgainstWasiP2RunsUnderJco() throws Exception {
        var run = Jco.jco(Jco.TOOLS, "run", WASM.resolve("p2-direct.wasm").toString(), "alpha", "beta gamma");
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).isEqualTo(
                "hello from a WASI 0.2 component with 3 argument(s): [p2-direct] [alpha] [beta gamma]\n");
        assertThat(run.status()).isZero();
    }

    @Test
    void exportedRecordsEnumsVariantsAndStringsCrossIntoJavaScript(@TempDir Path dir) throws Exception {
        var transpile = Jco.jco(Jco.TOOLS, "transpile", WASM.resolve("p2-exports.wasm").toString(),
                "-o", dir.toString(), "--name", "shapes", "--quiet");
        assertThat(transpile.status()).as(transpile.stderr()).isZero();
        Files.writeString(dir.resolve("check.mjs"), """
                const { shapes } = await import('./shapes.js');
                console.log(shapes.area({ tag: 'rect', val: { x: 3, y: 4 } }), shapes.area({ tag: 'circle', val: 2 }),
                    shapes.area({ tag: 'empty' }));
                console.log(JSON.stringify(shapes.mirror({ x: 5, y: -7 })));
                console.log(shapes.flip('red'), shapes.flip('green'), shapes.describe('blue', 42));
                console.log(JSON.stringify(shapes.parsePoint('-3,42')));
                """);
        var run = Jco.node(dir, "check.mjs");
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).isEqualTo("12n 12n 0n\n{\"x\":-5,\"y\":7}\nblue green blue x42\n{\"x\":-3,\"y\":42}\n");
    }
}
