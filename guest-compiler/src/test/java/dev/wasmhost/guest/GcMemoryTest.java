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
 * total, and runs to completion with the engine capping linear memory at 64 MiB.
 */
class GcMemoryTest {
    private static final int CAP_PAGES = 1024; // 64 MiB

    @Test
    void gigabyteOfShortLivedObjectsRunsWithin64MiB() throws Exception {
        Path program = Corpus.dir("programs").resolve("gc_gigabyte.py");
        byte[] wasm = GuestRun.compileOrFail("gc_gigabyte.py", Files.readString(program));
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var options = WasiOptions.builder().withStdout(out).withStderr(err).build();
        Instance instance;
        try (var wasi = WasiPreview1.builder().withOptions(options).build()) {
            var imports = ImportValues.builder().addFunction(wasi.toHostFunctions()).build();
            var module = Parser.parse(wasm);
            // the engine enforces the cap itself, whatever maximum the module declares
            MemoryLimits declared = module.memorySection().orElseThrow().getMemory(0).limits();
            instance = Instance.builder(module).withImportValues(imports).withStart(false)
                    .withMemoryLimits(new MemoryLimits(declared.initialPages(), CAP_PAGES))
                    .withMachineFactory(MachineFactoryCompiler.compile(module)).build();
            try {
                instance.export("_start").apply();
            } catch (WasiExitException e) {
                assertThat(e.exitCode()).as("exit status; stderr: %s", err.toString(StandardCharsets.UTF_8)).isZero();
            }
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("total 1200493780\n");
        assertThat(instance.memory().pages()).as("pages in use at exit").isLessThanOrEqualTo(CAP_PAGES);
    }
}
