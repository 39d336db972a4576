package dev.wasmhost.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.endive.wasm.Parser;
import run.endive.wasm.WasmModule;

/** The compiled module has the shape of a WASI preview 1 command that Endive (and wasmtime) run. */
class ModuleShapeTest {
    private static final String PROGRAM = """
            def fib(n: int) -> int:
                return n if n < 2 else fib(n - 1) + fib(n - 2)


            print(fib(10))
            """;

    private final WasmModule module = Parser.parse(GuestRun.compileOrFail("fib.py", PROGRAM));

    @Test
    void importsOnlyFromWasiPreview1() {
        List<String> modules = module.importSection().stream().map(i -> i.module()).distinct().toList();
        List<String> names = module.importSection().stream().map(i -> i.name()).toList();
        assertThat(modules).containsExactly("wasi_snapshot_preview1");
        assertThat(names).containsExactly("fd_write", "proc_exit");
    }

    @Test
    void exportsStartAndMemory() {
        List<String> exports = new ArrayList<>();
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            exports.add(module.exportSection().getExport(i).name());
        }
        assertThat(exports).containsExactlyInAnyOrder("_start", "memory");
    }

    @Test
    void linearMemoryHasNoMaximumOfItsOwn() {
        // the host decides how far a guest may grow (wasmhost --max-memory); the module declares no cap
        var limits = module.memorySection().orElseThrow().getMemory(0).limits();
        assertThat(limits.maximumPages()).isEqualTo(65536);
        assertThat(limits.initialPages()).isLessThan(1024);
    }

    @Test
    void nameSectionNamesPythonFunctions() {
        var names = module.nameSection();
        List<String> functionNames = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String n = names.nameOfFunction(i);
            if (n != null) {
                functionNames.add(n);
            }
        }
        assertThat(functionNames).contains("fib", "<module>", "_start", "rt.alloc");
    }

    @Test
    void compiledProgramRuns() {
        GuestRun run = GuestRun.run(GuestRun.compileOrFail("fib.py", PROGRAM));
        assertThat(run.stdout()).isEqualTo("55\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void standardLibraryModulesImportOnlyTheirHostFunctions() {
        WasmModule p1 = Parser.parse(GuestRun.compileOrFail("args.py", "import sys\nprint(sys.argv)\n"));
        assertThat(p1.importSection().stream().map(i -> i.name()).toList())
                .containsExactly("fd_write", "proc_exit", "args_sizes_get", "args_get");
        byte[] component = switch (GuestCompiler.compile("clock.py", "import time\nprint(time.time() > 0.0)\n",
                Target.COMPONENT)) {
            case CompileResult.Success ok -> ok.wasm();
            case CompileResult.Failure bad -> throw new AssertionError(bad.diagnostics());
        };
        var world = dev.wasmhost.component.world.ComponentWorld.of(dev.wasmhost.component.binary.ComponentDecoder.decode(component));
        assertThat(world.imports()).contains("wasi:clocks/wall-clock@0.2.0", "wasi:clocks/monotonic-clock@0.2.0")
                .doesNotContain("wasi:cli/environment@0.2.0", "wasi:random/random@0.2.0");
    }

    @Test
    void seededRandomSequencesRepeatAndStayInRange() {
        String program = """
                import random
                random.seed(99)
                a = [random.randint(-5, 5) for _ in range(200)]
                random.seed(99)
                b = [random.randint(-5, 5) for _ in range(200)]
                print(len([i for i in range(200) if a[i] == b[i]]), min(a), max(a), len(set(a)))
                """;
        GuestRun run = GuestRun.run(GuestRun.compileOrFail("seeded.py", program));
        assertThat(run.stdout()).isEqualTo("200 -5 5 11\n");
    }
}
