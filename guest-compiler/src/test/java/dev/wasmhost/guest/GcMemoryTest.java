package dev.wasmhost.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import run.endive.compiler.MachineFactoryCompiler;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.wasi.WasiExitException;
import run.endive.wasi.WasiOptions;
import run.endive.wasi.WasiPreview1;
import run.endive.wasm.Parser;
import run.endive.wasm.types.MemoryLimits;

/**
 * The collector reclaims memory: gc_gigabyte.py allocates over 1 GB of short-lived objects in
 * total, and runs to completion with the engine capping linear memory at 64 MiB. The module
 * declares no maximum of its own: a program that keeps more than 64 MiB alive runs when the host
 * allows it, and raises MemoryError when the host's cap is reached.
 */
class GcMemoryTest {
    private static final int CAP_PAGES = 1024; // 64 MiB

    /** Keeps 12 million ints alive: a 96 MiB slot array (and its copies while the list grows). */
    private static final String KEEPS_96_MIB = """
            def main() -> None:
                xs: list[int] = []
                for i in range(12000000):
                    xs.append(i)
                print(len(xs), xs[11999999])


            main()
            """;

    private record Outcome(String stdout, String stderr, int exitCode, int pages) {}

    private static Outcome run(String name, String source, int capPages) throws Exception {
        byte[] wasm = GuestRun.compileOrFail(name, source);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var options = WasiOptions.builder().withStdout(out).withStderr(err).build();
        Instance instance;
        int exitCode = 0;
        try (var wasi = WasiPreview1.builder().withOptions(options).build()) {
            var imports = ImportValues.builder().addFunction(wasi.toHostFunctions()).build();
            var module = Parser.parse(wasm);
            // the engine enforces the cap itself
            MemoryLimits declared = module.memorySection().orElseThrow().getMemory(0).limits();
            instance = Instance.builder(module).withImportValues(imports).withStart(false)
                    .withMemoryLimits(new MemoryLimits(declared.initialPages(), capPages))
                    .withMachineFactory(MachineFactoryCompiler.compile(module)).build();
            try {
                instance.export("_start").apply();
            } catch (WasiExitException e) {
                exitCode = e.exitCode();
            }
        }
        return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                exitCode, instance.memory().pages());
    }

    @Test
    void gigabyteOfShortLivedObjectsRunsWithin64MiB() throws Exception {
        Path program = Corpus.dir("programs").resolve("gc_gigabyte.py");
        Outcome o = run("gc_gigabyte.py", Files.readString(program), CAP_PAGES);
        assertThat(o.exitCode()).as("exit status; stderr: %s", o.stderr()).isZero();
        assertThat(o.stdout()).isEqualTo("total 1200493780\n");
        assertThat(o.pages()).as("pages in use at exit").isLessThanOrEqualTo(CAP_PAGES);
    }

    @Test
    void moreThan64MiBAliveRunsWhenTheHostAllowsIt() throws Exception {
        Outcome o = run("keeps96.py", KEEPS_96_MIB, MemoryLimits.MAX_PAGES);
        assertThat(o.exitCode()).as("exit status; stderr: %s", o.stderr()).isZero();
        assertThat(o.stdout()).isEqualTo("12000000 11999999\n");
        assertThat(o.pages()).as("pages in use at exit").isGreaterThan(CAP_PAGES);
    }

    @Test
    void theHostsCapEndsItWithMemoryError() throws Exception {
        Outcome o = run("keeps96.py", KEEPS_96_MIB, CAP_PAGES);
        assertThat(o.stdout()).isEmpty();
        assertThat(o.stderr()).contains("MemoryError");
        assertThat(o.exitCode()).isEqualTo(1);
        assertThat(o.pages()).isLessThanOrEqualTo(CAP_PAGES);
    }
}
