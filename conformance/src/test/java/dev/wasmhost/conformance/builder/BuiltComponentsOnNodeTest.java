package dev.wasmhost.conformance.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wasmhost.cli.Wasmhost;
import dev.wasmhost.guest.CompileResult;
import dev.wasmhost.guest.GuestCompiler;
import dev.wasmhost.guest.Target;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Components made by wasmhost's own ComponentBuilder run under Node through jco, a toolchain we did not write: the
 * C program against WASI 0.2 (p2-direct), the C module exporting typed functions (p2-exports), and every guest
 * corpus program compiled with {@code --target component}, whose output must equal its preview 1 build's under
 * wasmhost. Skipped when node or the npm tools (conformance/components, {@code npm ci}) are missing.
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

    @TestFactory
    Stream<DynamicTest> guestProgramsAsComponentsMatchTheirPreview1Builds(@TempDir Path dir) throws Exception {
        List<Path> programs;
        try (Stream<Path> files = Files.list(Jco.REPO.resolve("conformance/guest/programs"))) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertThat(programs).isNotEmpty();
        return programs.stream().map(program -> DynamicTest.dynamicTest(program.getFileName().toString(), () -> {
            String name = program.getFileName().toString();
            String source = Files.readString(program);
            Path p1 = dir.resolve(name + ".p1.wasm");
            Path component = dir.resolve(name.replace(".py", "") + ".wasm");
            Files.write(p1, compile(name, source, Target.WASI_P1));
            Files.write(component, compile(name, source, Target.COMPONENT));
            var out = new ByteArrayOutputStream();
            int status = Wasmhost.execute(new String[] {"run", p1.toString()},
                    new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
            var node = Jco.jco(dir, "run", component.toString());
            assertThat(node.stdout()).as("stdout").isEqualTo(out.toString(StandardCharsets.UTF_8));
            assertThat(node.status()).as("exit status; stderr: %s", node.stderr()).isEqualTo(status == 0 ? 0 : 1);
        }));
    }

    private static byte[] compile(String name, String source, Target target) {
        return switch (GuestCompiler.compile(name, source, target)) {
            case CompileResult.Success ok -> ok.wasm();
            case CompileResult.Failure bad -> throw new AssertionError("compile failed: " + bad.diagnostics());
        };
    }
}
