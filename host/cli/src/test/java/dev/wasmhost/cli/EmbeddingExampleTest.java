package dev.wasmhost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.capability.wasi.WasiP1;
import dev.wasmhost.capability.wasi.WasiP1Config;
import dev.wasmhost.runtime.CodeCache;
import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import dev.wasmhost.runtime.MemoryLimit;
import dev.wasmhost.runtime.PreparedModule;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.wasi.WasiExitException;

/** The README's embedding example, as written there, on the bundled example. */
class EmbeddingExampleTest {
    @Test
    void readmeExampleRunsTheBundledHello(@TempDir Path cacheDir) throws Exception {
        var stdout = new ByteArrayOutputStream();
        int exit = 0;
        // --- as in README.md ("Embedding"), with System.out replaced by a buffer and a temporary cache
        byte[] bytes = Files.readAllBytes(Path.of("../../components/hello/hello.wasm"));
        var engine = new EndiveEngine(EngineKind.COMPILER, new CodeCache(cacheDir));
        PreparedModule module = engine.prepare(bytes);
        var config = WasiP1Config.builder().args(List.of("app", "world")).stdout(stdout).build();
        try (WasiP1 wasi = WasiP1.create(config)) {
            var imports = ImportValues.builder().addFunction(wasi.hostFunctions()).build();
            Instance instance = module.instantiate(imports, MemoryLimit.UNLIMITED, false);
            instance.exports().function("_start").apply();
        } catch (WasiExitException e) {
            exit = e.exitCode();
        }
        // ---
        assertThat(exit).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8))
                .isEqualTo("Hello, world! (from WebAssembly, running on wasmhost)\nHOME is not granted\n");
    }
}
