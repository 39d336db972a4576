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
    void linearMemoryIsCappedAt64MiB() {
        var limits = module.memorySection().orElseThrow().getMemory(0).limits();
        assertThat(limits.maximumPages()).isEqualTo(1024);
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
}
