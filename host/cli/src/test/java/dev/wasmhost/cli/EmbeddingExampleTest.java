package dev.wasmhost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.capability.wasi.WasiP1;
import dev.wasmhost.capability.wasi.WasiConfig;
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
        var config = WasiConfig.builder().args(List.of("app", "world")).stdout(stdout).build();
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

    @Test
    void readmeComponentExampleCallsAnExport(@TempDir Path cacheDir) throws Exception {
        // --- as in README.md ("Embedding"), with a temporary cache and the component's path in the repository
        var engine = new dev.wasmhost.component.link.ComponentEngine(
                new EndiveEngine(EngineKind.COMPILER, new CodeCache(cacheDir)));
        var wasi = new dev.wasmhost.capability.wasi.p2.WasiP2(
                dev.wasmhost.capability.wasi.WasiConfig.builder().stdout(System.out).build());
        var linker = new dev.wasmhost.component.link.Linker()
                .defineAll(wasi.version(), wasi.functions(), wasi::type, wasi::resource, wasi::drop);
        dev.wasmhost.component.link.ComponentInstance shapes = linker.instantiate(engine,
                Files.readAllBytes(Path.of("../../conformance/components/wasm/p2-exports.wasm")));
        dev.wasmhost.component.abi.FuncType area = shapes.type("wasmhost:test/shapes@0.1.0#area");
        java.util.Optional<dev.wasmhost.component.abi.Value> result = shapes.call("wasmhost:test/shapes@0.1.0#area",
                dev.wasmhost.component.abi.Wave.parseCall("area(rect({x: 3, y: 4}))", area));
        // ---
        assertThat(dev.wasmhost.component.abi.Wave.print(result.orElseThrow(), area.result().orElseThrow()))
                .isEqualTo("12");
    }
}
