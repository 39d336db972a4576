package dev.wasmhost.conformance.parity;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * A run held to a preview 1 corpus expectation file (conformance/wasi-p1/README.md describes its
 * fields): exit status, stdout (or its length and SHA-256), stderr (or a part of it), and the
 * {@code files_after} entries, a symlink counting as the file it leads to.
 */
final class Expectation {
    private Expectation() {}

    /** The first way {@code run} misses {@code t}, the exit status expected being {@code status}. */
    static Optional<String> firstMiss(JsonNode t, int status, HostRun run) {
        if (run.status() != status) {
            return Optional.of("exit status: expected " + status + ", got " + run.status()
                    + (run.stderr().isEmpty() ? "" : " (stderr " + Comparison.abbreviate(run.stderr()) + ")"));
        }
        if (t.has("stdout_sha256")) {
            byte[] out = run.stdout().getBytes(StandardCharsets.UTF_8);
            if (out.length != t.path("stdout_length").asLong() || !sha256(out).equals(t.path("stdout_sha256").asText())) {
                return Optional.of("stdout: expected " + t.path("stdout_length").asLong() + " bytes with SHA-256 "
                        + t.path("stdout_sha256").asText() + ", got " + out.length + " bytes with " + sha256(out));
            }
        } else {
            Optional<String> out = Comparison.text("stdout", "expected", t.path("stdout").asText(""), "got", run.stdout());
            if (out.isPresent()) {
                return out;
            }
        }
        if (t.has("stderr_contains")) {
            if (!run.stderr().contains(t.path("stderr_contains").asText())) {
                return Optional.of("stderr: expected to contain `" + t.path("stderr_contains").asText() + "`, got "
                        + Comparison.abbreviate(run.stderr()));
            }
        } else {
            Optional<String> err = Comparison.text("stderr", "expected", t.path("stderr").asText(""), "got", run.stderr());
            if (err.isPresent()) {
                return err;
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = t.path("files_after").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            Workspace.Entry entry = run.files().get(f.getKey());
            if (f.getValue().isNull()) {
                if (entry != null) {
                    return Optional.of("file " + f.getKey() + ": expected absent, got " + Comparison.abbreviate(entry.describe()));
                }
            } else if (entry == null || !f.getValue().asText().equals(entry.content())) {
                return Optional.of("file " + f.getKey() + ": expected \"" + Comparison.abbreviate(f.getValue().asText())
                        + "\", got " + (entry == null ? "<absent>" : Comparison.abbreviate(String.valueOf(entry.content()))));
            }
        }
        return Optional.empty();
    }

    /**
     * The status of a preview 1 program wrapped with the preview 1 command adapter: it maps
     * {@code proc_exit(n)} for n != 0 to {@code wasi:cli/exit.exit(err)}, status 1 (as on wasmtime);
     * a trap (134) stays a trap.
     */
    static int wrappedStatus(int coreStatus) {
        return coreStatus == 0 || coreStatus == 134 ? coreStatus : 1;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
