package dev.wasmhost.conformance.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wasmhost.guest.CompileResult;
import dev.wasmhost.guest.GuestCompiler;
import dev.wasmhost.guest.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every conformance program ({@link Family}: preview 1 modules, their component wrappings, the
 * JavaScript components' invocations, the guest compiler's programs) under wasmhost and under the Node
 * harness, and requires the same exit status, stdout, stderr and files left behind, and where the family
 * has one, the reference. Differences explained in {@link KnownDifferences} (or the corpus) are allowed.
 * Skipped without {@code node}; the component families also need {@code npm ci} in node-harness/, which
 * the module's build runs. With {@code -Dparity.report=FILE} it writes the table (conformance/PARITY.md).
 *
 * <p>The Node runs are started ahead, on a pool beside the test thread (each is its own process), while
 * the test thread runs wasmhost in-process; each test then waits for its Node run.
 */
class ParityTest {
    private static final List<ParityReport.Row> ROWS = Collections.synchronizedList(new ArrayList<>());
    private static final ExecutorService NODE = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), r -> {
                Thread t = new Thread(r, "parity-node");
                t.setDaemon(true);
                return t;
            });
    private static String nodeVersion;

    @TempDir
    static Path built;

    @TestFactory
    Stream<DynamicTest> preview1Modules() {
        needNode(false);
        List<RunSpec> specs = new ArrayList<>();
        Map<String, String> corpusReasons = new LinkedHashMap<>();
        for (Programs.CorpusProgram p : Programs.corpus()) {
            RunSpec spec = p.spec().with("wasi-p1/" + p.name(), p.spec().wasm());
            specs.add(spec);
            corpusReasons.put(spec.name(), p.nodeKnownDifference());
        }
        specs.addAll(Programs.cliGuests());
        assertThat(specs).as("preview 1 programs under %s", Hosts.REPO).hasSizeGreaterThanOrEqualTo(50);
        return specs.stream().map(spec -> {
            CompletableFuture<HostRun> node = ahead(() -> Hosts.node(spec));
            return DynamicTest.dynamicTest(spec.name(), () -> {
                HostRun java = Hosts.wasmhost(spec);
                record(new ParityReport.Row(Family.PREVIEW1_MODULES, spec.name(), null, null,
                        Comparison.firstDifference(java, join(node)).orElse(null),
                        KnownDifferences.of(Family.PREVIEW1_MODULES, spec.name(), corpusReasons.get(spec.name()))));
            });
        }).toList().stream();
    }

    @TestFactory
    Stream<DynamicTest> preview1ProgramsAsComponents() {
        needNode(true);
        return Programs.wrapped().stream().map(p -> {
            CompletableFuture<HostRun> node = ahead(() -> Hosts.node(p.spec()));
            return DynamicTest.dynamicTest(p.name(), () -> {
                int status = Expectation.wrappedStatus(p.expected().path("exit_code").asInt());
                HostRun java = Hosts.wasmhost(p.spec());
                HostRun onNode = join(node);
                record(new ParityReport.Row(Family.WRAPPED_COMPONENTS, p.name(),
                        Expectation.firstMiss(p.expected(), status, java).orElse(null),
                        Expectation.firstMiss(p.expected(), status, onNode).orElse(null),
                        Comparison.firstDifference(java, onNode).orElse(null),
                        KnownDifferences.of(Family.WRAPPED_COMPONENTS, p.name(), null)));
            });
        }).toList().stream();
    }

    @TestFactory
    Stream<DynamicTest> javaScriptComponentInvocations() {
        needNode(true);
        Map<Path, List<Programs.Invocation>> byComponent = new LinkedHashMap<>();
        Programs.invocations().forEach(i -> byComponent.computeIfAbsent(i.wasm(), c -> new ArrayList<>()).add(i));
        List<DynamicTest> tests = new ArrayList<>();
        byComponent.forEach((wasm, invocations) -> {
            List<String> calls = invocations.stream().map(Programs.Invocation::call).toList();
            CompletableFuture<List<HostRun>> batch = ahead(() -> Hosts.nodeInvokeAll(wasm, calls));
            for (int n = 0; n < invocations.size(); n++) {
                Programs.Invocation i = invocations.get(n);
                int index = n;
                tests.add(DynamicTest.dynamicTest(i.name(), () -> {
                    HostRun java = Hosts.wasmhostInvoke(wasm, i.call());
                    HostRun node = join(batch).get(index);
                    record(new ParityReport.Row(Family.JS_INVOCATIONS, i.name(), invocationMiss(i.recorded(), java),
                            invocationMiss(i.recorded(), node), Comparison.firstDifference(java, node).orElse(null), null));
                }));
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> guestCompilerPrograms() {
        needNode(true);
        List<Path> programs = Programs.guestPrograms();
        assertThat(programs).as("guest programs in %s", Programs.GUEST_PROGRAMS).isNotEmpty();
        return programs.stream().map(source -> {
            String name = source.getFileName().toString().equals("main.py")
                    ? source.getParent().getFileName().toString() : source.getFileName().toString().replaceFirst("\\.py$", "");
            // The compiler runs on the pool too, just ahead of the Node run that needs its output.
            CompletableFuture<GuestBuild> build = ahead(() -> GuestBuild.of(name, source, built));
            return DynamicTest.dynamicTest(name, () -> {
                GuestBuild b = join(build);
                HostRun reference = Hosts.wasmhost(b.preview1());
                HostRun java = Hosts.wasmhost(b.component());
                record(new ParityReport.Row(Family.GUEST_PROGRAMS, name, guestMiss(reference, java),
                        guestMiss(reference, b.node()), Comparison.firstDifference(java, b.node()).orElse(null), null));
            });
        }).toList().stream();
    }

    /** A guest program built both ways by the guest compiler, and its component's run under Node. */
    record GuestBuild(RunSpec preview1, RunSpec component, HostRun node) {
        static GuestBuild of(String name, Path source, Path dir) throws IOException, InterruptedException {
            Path p1 = dir.resolve(name + ".p1.wasm");
            Path component = dir.resolve(name + ".wasm");
            Files.write(p1, compile(source, Target.WASI_P1));
            Files.write(component, compile(source, Target.COMPONENT));
            // Arguments and environment from NAME.args / NAME.env beside the program (one per line), as the
            // guest compiler's own differential test gives them to CPython.
            List<String> flags = new ArrayList<>();
            for (String line : lines(source, ".env")) {
                flags.addAll(List.of("--env", line));
            }
            List<String> args = lines(source, ".args");
            // NAME.dir: the program works on files in its run's (fresh, empty) dir, granted as "." (an empty
            // fixture named "." is copied onto the run dir itself)
            List<Path> fixtures = List.of();
            if (Files.exists(source.resolveSibling(name + ".dir"))) {
                Path empty = dir.resolve(name + ".empty");
                Files.createDirectories(empty);
                fixtures = List.of(empty.resolve("."));
            }
            RunSpec spec = new RunSpec(name, flags, component, args, fixtures, "");
            return new GuestBuild(new RunSpec(name, flags, p1, args, fixtures, ""), spec, Hosts.node(spec));
        }

        private static List<String> lines(Path source, String suffix) throws IOException {
            Path f = source.resolveSibling(source.getFileName().toString().replaceFirst("\\.py$", suffix));
            return Files.exists(f) ? Files.readAllLines(f).stream().filter(l -> !l.isEmpty()).toList() : List.of();
        }

        private static byte[] compile(Path source, Target target) throws IOException {
            return switch (GuestCompiler.compile(source, target, List.of())) {
                case CompileResult.Success ok -> ok.wasm();
                case CompileResult.Failure bad -> throw new AssertionError(source + " does not compile for " + target
                        + ": " + bad.diagnostics());
            };
        }
    }

    /** Against the recording: status, stdout and stderr exactly. */
    private static String invocationMiss(HostRun recorded, HostRun run) {
        if (recorded.status() != run.status()) {
            return "exit status: recorded " + recorded.status() + ", got " + run.status()
                    + (run.stderr().isEmpty() ? "" : " (stderr " + Comparison.abbreviate(run.stderr()) + ")");
        }
        return Comparison.text("stdout", "recorded", recorded.stdout(), "got", run.stdout())
                .or(() -> Comparison.text("stderr", "recorded", recorded.stderr(), "got", run.stderr()))
                .orElse(null);
    }

    /** Against the preview 1 build under wasmhost: stdout, stderr, and the status a component reports. */
    private static String guestMiss(HostRun preview1, HostRun run) {
        int status = Expectation.wrappedStatus(preview1.status());
        if (status != run.status()) {
            return "exit status: preview 1 build " + preview1.status() + " (so " + status + "), got " + run.status()
                    + (run.stderr().isEmpty() ? "" : " (stderr " + Comparison.abbreviate(run.stderr()) + ")");
        }
        return Comparison.text("stdout", "preview 1 build", preview1.stdout(), "got", run.stdout())
                .or(() -> Comparison.text("stderr", "preview 1 build", Normalization.all(preview1.stderr()), "got",
                        Normalization.all(run.stderr())))
                .orElse(null);
    }

    /**
     * Adds the row to the report, then fails on any difference that is not explained: wasmhost must always meet
     * the reference; Node (and the comparison of the two) may differ only with a known reason, and a difference
     * known to always show must still show.
     */
    private static void record(ParityReport.Row row) {
        ROWS.add(row);
        List<String> failures = new ArrayList<>();
        if (row.known() != null && row.known().everyHost()) {
            // Both hosts miss the reference the same way; they must still agree with each other.
            Optional.ofNullable(row.cross()).ifPresent(d -> failures.add("wasmhost × node: " + d));
            if (row.wasmhost() == null || row.node() == null) {
                failures.add("known to miss the reference on every host (" + row.known().reason()
                        + ") but now meets it on " + (row.wasmhost() == null ? "wasmhost" : "node")
                        + ": remove the known difference");
            }
            assertThat(failures).as("%s: %s", row.family().title, row.name()).isEmpty();
            return;
        }
        if (row.wasmhost() != null) {
            failures.add("wasmhost: " + row.wasmhost());
        }
        boolean nodeDiffers = row.node() != null || row.cross() != null;
        if (row.known() == null) {
            Optional.ofNullable(row.node()).ifPresent(d -> failures.add("node: " + d));
            Optional.ofNullable(row.cross()).ifPresent(d -> failures.add("wasmhost × node: " + d));
        } else if (row.known().always() && !nodeDiffers) {
            failures.add("known to differ under Node (" + row.known().reason()
                    + ") but now behaves the same: remove the known difference");
        }
        assertThat(failures).as("%s: %s", row.family().title, row.name()).isEmpty();
    }

    private static void needNode(boolean components) {
        nodeVersion = Proc.nodeVersion();
        assumeTrue(nodeVersion != null, Hosts.NO_NODE);
        assumeTrue(!components || Hosts.nodeRunsComponents(), Hosts.NO_JCO);
    }

    interface Work<T> {
        T get() throws Exception;
    }

    private static <T> CompletableFuture<T> ahead(Work<T> work) {
        return CompletableFuture.supplyAsync(() -> uncheck(work), NODE);
    }

    private static <T> T uncheck(Work<T> work) {
        try {
            return work.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T join(CompletableFuture<T> future) throws Throwable {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause();
        }
    }

    @Test
    void everyCorpusProgramHasAWrapping() {
        assertThat(Programs.wrapped()).as("wrapped programs (run conformance/components/wrap-p1.mjs)")
                .hasSizeGreaterThanOrEqualTo(50).hasSameSizeAs(Programs.corpus());
    }

    @Test
    void sixComponentsWithRecordedCallsAreCommitted() {
        List<Programs.Invocation> all = Programs.invocations();
        assertThat(all.stream().map(Programs.Invocation::component).distinct()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(all).allSatisfy(i -> assertThat(i.wasm()).isRegularFile());
        assertThat(all).filteredOn(i -> i.recorded().status() == 0).hasSizeGreaterThan(all.size() / 2);
    }

    @Test
    void theAdapterTurnsEveryFailingStatusIntoOne() {
        assertThat(List.of(0, 3, 42, 255, 134).stream().map(Expectation::wrappedStatus))
                .containsExactly(0, 1, 1, 1, 134);
    }

    @Test
    void everyKnownDifferenceNamesAProgram() {
        assertThat(Programs.wrapped().stream().map(Programs.CorpusProgram::name))
                .containsAll(KnownDifferences.WRAPPED_ON_NODE.keySet())
                .containsAll(KnownDifferences.WRAPPED_ON_EVERY_HOST.keySet());
        assertThat(Programs.corpus().stream().map(p -> "wasi-p1/" + p.name()))
                .containsAll(KnownDifferences.PREVIEW1_SOMETIMES.keySet());
    }

    @Test
    void aBatchStreamSplitsIntoEachCallsOutputAndStatus() {
        List<String[]> parts = Hosts.splitBatch("12\n\u001ewasmhost-batch status=0\n\u001ewasmhost-batch status=2\nx");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).containsExactly("12\n", "0");
        assertThat(parts.get(1)).containsExactly("", "2");
    }

    @AfterAll
    static void writeReport() throws IOException {
        String target = System.getProperty("parity.report");
        if (target == null || target.isBlank() || ROWS.isEmpty()) {
            return;
        }
        ParityReport.write(Path.of(target).toAbsolutePath(), new ArrayList<>(ROWS), nodeVersion);
    }
}
