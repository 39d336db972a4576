package dev.wasmhost.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The JMH benchmarks' own code, run once outside JMH: they must measure working instances. */
class BenchmarkSetupTest {

    private static InstantiationBenchmark.Cap cap(String maxMemory) {
        var cap = new InstantiationBenchmark.Cap();
        cap.maxMemory = maxMemory;
        cap.parse();
        return cap;
    }

    @Test
    void instantiationBenchmarksBuildInstancesWhoseExportsWork() {
        var bench = new InstantiationBenchmark();
        bench.compileOnce();

        assertThat(bench.wasmhost(cap("none")).export("add").apply(2, 3)).containsExactly(5);
        assertThat(bench.bareEndive().export("add").apply(40, 2)).containsExactly(42);
    }

    @Test
    void memoryCapOfTheWasmhostBenchmarkLimitsTheInstancesMemory() {
        var bench = new InstantiationBenchmark();
        bench.compileOnce();

        assertThat(bench.wasmhost(cap("64MiB")).memory().maximumPages()).isEqualTo(1024);
        assertThat(bench.wasmhost(cap("none")).memory().maximumPages()).isGreaterThan(1024);
    }

    @Test
    void exportCallBenchmarksCallAddOnEveryEngine() {
        var bench = new ExportCallBenchmark();
        bench.instantiate();
        try {
            assertThat(bench.wasmhostCompiler()).isEqualTo(7);
            assertThat(bench.wasmhostInterpreter()).isEqualTo(8);
            assertThat(bench.bareEndiveCompiler()).isEqualTo(9);
        } finally {
            bench.close();
        }
    }
}
