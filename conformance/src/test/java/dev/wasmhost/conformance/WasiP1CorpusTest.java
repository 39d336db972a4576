package dev.wasmhost.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wasmhost.cli.Wasmhost;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import dev.wasmhost.conformance.parity.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program of the WASI preview 1 corpus ({@code wasi-p1/bin/*.wasm}) through the real
 * CLI entry point and compares exit status, stdout, stderr and the files left behind with its
 * expectation file ({@code wasi-p1/tests/NAME.json}). Expectations were validated against Node's
 * WASI ({@code wasi-p1/node-check.mjs}), so they are not just what wasmhost prints.
 */
class WasiP1CorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("basedir", ".")).resolve("wasi-p1");

    @TestFactory
    Stream<DynamicTest> everyProgramBehavesAsItsExpectationFileSays() throws IOException {
        HostBugList bugs = HostBugList.read(CORPUS.resolve("HOST-BUGS.md"));
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS.resolve("tests"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("expectation files in %s", CORPUS.resolve("tests")).hasSizeGreaterThanOrEqualTo(40);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            CorpusCase c = CorpusCase.read(file);
            for (String engine : c.engines()) {
                tests.add(DynamicTest.dynamicTest(c.name() + " [" + engine + "]", () -> {
                    String excluded = bugs.exclusion(c.name(), engine);
                    assumeTrue(excluded == null, () -> "excluded by HOST-BUGS.md: " + excluded);
                    runAndCompare(c, engine);
                }));
            }
        }
        return tests.stream();
    }

    private static void runAndCompare(CorpusCase c, String engine) throws Exception {
        Path work = Files.createTempDirectory("wasi-p1-" + c.name() + "-");
        try {
            List<String> argv = new ArrayList<>(List.of("run", "--engine", engine, "--timeout", "120s"));
            for (String dir : c.dirs()) {
                Workspace.copyTree(CORPUS.resolve("fixtures").resolve(dir), work.resolve(dir));
                argv.addAll(List.of("--dir", work.resolve(dir) + "::" + dir));
            }
            c.env().forEach((k, v) -> argv.addAll(List.of("--env", k + "=" + v)));
            argv.add(CORPUS.resolve("bin").resolve(c.name() + ".wasm").toString());
            argv.addAll(c.args());

            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int status = Wasmhost.execute(
                    argv.toArray(String[]::new),
                    new ByteArrayInputStream(c.stdin().getBytes(StandardCharsets.UTF_8)),
                    out,
                    err);
            String stderr = err.toString(StandardCharsets.UTF_8);

            String label = c.name() + " [" + engine + "]";
            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(status).as("%s: exit status (stderr: %s)", label, stderr).isEqualTo(c.exitCode());
            if (c.stdoutSha256() != null) {
                soft.assertThat(out.size()).as("%s: stdout length", label).isEqualTo(c.stdoutLength());
                soft.assertThat(sha256(out.toByteArray())).as("%s: stdout sha256", label).isEqualTo(c.stdoutSha256());
            } else {
                soft.assertThat(out.toString(StandardCharsets.UTF_8)).as("%s: stdout", label).isEqualTo(nullToEmpty(c.stdout()));
            }
            if (c.stderrContains() != null) {
                soft.assertThat(stderr).as("%s: stderr", label).contains(c.stderrContains());
            } else {
                soft.assertThat(stderr).as("%s: stderr", label).isEqualTo(nullToEmpty(c.stderr()));
            }
            c.filesAfter().forEach((rel, want) -> {
                Path p = work.resolve(rel);
                if (want == null) {
                    soft.assertThat(Files.exists(p, LinkOption.NOFOLLOW_LINKS)).as("%s: %s must not exist", label, rel).isFalse();
                } else {
                    soft.assertThat(p).as("%s: file %s", label, rel).isRegularFile();
                    if (Files.isRegularFile(p)) {
                        soft.assertThat(readString(p)).as("%s: content of %s", label, rel).isEqualTo(want);
                    }
                }
            });
            soft.assertAll();
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String readString(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<unreadable: " + e.getMessage() + ">";
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
