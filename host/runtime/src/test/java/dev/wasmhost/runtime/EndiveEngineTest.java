package dev.wasmhost.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.endive.runtime.ImportValues;

class EndiveEngineTest {
    /** (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)) */
    static final byte[] ADD = {
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // header
        0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f, // type section: (i32 i32) -> i32
        0x03, 0x02, 0x01, 0x00, // function section
        0x07, 0x07, 0x01, 0x03, 'a', 'd', 'd', 0x00, 0x00, // export "add"
        0x0a, 0x09, 0x01, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01, 0x6a, 0x0b // code
    };

    /** (module (memory 4)) : needs 256 KiB at start. */
    static final byte[] FOUR_PAGES = {
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x05, 0x03, 0x01, 0x00, 0x04
    };

    @Test
    void compilerAndInterpreterComputeTheSameResult() {
        for (EngineKind kind : EngineKind.values()) {
            var prepared = new EndiveEngine(kind, null).prepare(ADD);
            var instance = prepared.instantiate(ImportValues.empty(), MemoryLimit.UNLIMITED, true);
            assertThat(instance.export("add").apply(40, 2)[0]).as(kind.name()).isEqualTo(42L);
        }
    }

    @Test
    void compiledCodeIsCachedByContentHashAndReused(@TempDir Path dir) throws Exception {
        var cache = new CodeCache(dir);
        new EndiveEngine(EngineKind.COMPILER, cache).prepare(ADD);
        try (var files = Files.list(cache.directory())) {
            assertThat(files.filter(f -> f.toString().endsWith(".jar")).count()).isEqualTo(1);
        }
        var again = new EndiveEngine(EngineKind.COMPILER, cache).prepare(ADD);
        var instance = again.instantiate(ImportValues.empty(), MemoryLimit.UNLIMITED, true);
        assertThat(instance.export("add").apply(1, 2)[0]).isEqualTo(3L);
    }

    @Test
    void rewrittenAndUntouchedClassesAreCachedApart(@TempDir Path dir) throws Exception {
        var cache = new CodeCache(dir);
        for (boolean inline : new boolean[] {true, false}) {
            var prepared = new EndiveEngine(EngineKind.COMPILER, cache, inline).prepare(ADD);
            var instance = prepared.instantiate(ImportValues.empty(), MemoryLimit.UNLIMITED, true);
            assertThat(instance.export("add").apply(2, 3)[0]).isEqualTo(5L);
        }
        try (var dirs = Files.list(dir)) {
            assertThat(dirs.map(d -> d.getFileName().toString()).sorted().toList())
                    .containsExactly("endive-1.0.0-v1", "endive-1.0.0-v1-inline" + InlineHelpers.VERSION);
        }
    }

    @Test
    void rewritingNeedsEndivesClassLoaderToSeeTheRuntime() {
        assertThat(EndiveEngine.seesThisPackage(EndiveEngine.class.getClassLoader())).isTrue();
        assertThat(EndiveEngine.seesThisPackage(ClassLoader.getPlatformClassLoader())).isFalse();
    }

    @Test
    void aModulePreparedAgainInTheSameProcessIsReused() {
        var first = new EndiveEngine(EngineKind.INTERPRETER, null).prepare(ADD);
        assertThat(new EndiveEngine(EngineKind.INTERPRETER, null).prepare(ADD.clone())).isSameAs(first);
        assertThat(new EndiveEngine(EngineKind.COMPILER, null).prepare(ADD)).isNotSameAs(first);
    }

    @Test
    void memoryOverTheLimitAtStartIsAMemoryLimitError() {
        var prepared = new EndiveEngine(EngineKind.INTERPRETER, null).prepare(FOUR_PAGES);
        assertThatThrownBy(() -> prepared.instantiate(ImportValues.empty(), new MemoryLimit(65536), true))
                .isInstanceOfSatisfying(WasmhostException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MEMORY_LIMIT))
                .hasMessageContaining("over the limit of 65536 bytes");
    }

    @Test
    void memoryGrowthStopsAtTheLimit() {
        var prepared = new EndiveEngine(EngineKind.INTERPRETER, null).prepare(FOUR_PAGES);
        var instance = prepared.instantiate(ImportValues.empty(), new MemoryLimit(5 * 65536), true);
        assertThat(instance.memory().grow(1)).isEqualTo(4);
        assertThat(instance.memory().grow(1)).isEqualTo(-1);
    }

    @Test
    void truncatedModuleIsAnInvalidModuleError() {
        byte[] truncated = java.util.Arrays.copyOf(ADD, ADD.length - 5);
        assertThatThrownBy(() -> new EndiveEngine(EngineKind.COMPILER, null).prepare(truncated))
                .isInstanceOfSatisfying(WasmhostException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_MODULE))
                .hasMessageStartingWith("invalid module: ");
    }

    @Test
    void componentIsRejectedWhereACoreModuleIsExpected() {
        byte[] component = {0, 'a', 's', 'm', 0x0d, 0, 1, 0};
        assertThatThrownBy(() -> new EndiveEngine(EngineKind.COMPILER, null).prepare(component))
                .isInstanceOf(WasmhostException.class)
                .hasMessageContaining("component, not a core module");
    }
}
