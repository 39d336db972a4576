package dev.wasmhost.conformance.parity;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The first difference between two runs, or between a run and what was expected of it, as one line. */
final class Comparison {
    private Comparison() {}

    /** wasmhost's run against Node's, stderr after {@link Normalization}; files compared whole. */
    static Optional<String> firstDifference(HostRun java, HostRun node) {
        if (java.status() != node.status()) {
            return Optional.of("exit status: wasmhost " + java.status() + ", node " + node.status());
        }
        return text("stdout", "wasmhost", java.stdout(), "node", node.stdout())
                .or(() -> text("stderr", "wasmhost", Normalization.all(java.stderr()), "node", Normalization.all(node.stderr())))
                .or(() -> files(java.files(), node.files()));
    }

    /** {@code STREAM line N: A `line`, B `line`} at the first character where the texts part, or empty. */
    static Optional<String> text(String stream, String aName, String a, String bName, String b) {
        if (a.equals(b)) {
            return Optional.empty();
        }
        int line = 1;
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            if (a.charAt(i) == '\n') {
                line++;
            }
            i++;
        }
        return Optional.of(String.format("%s line %d: %s %s, %s %s", stream, line, aName, quoteLine(a, i), bName,
                quoteLine(b, i)));
    }

    /** The line holding offset {@code at}, quoted, or {@code <end>}. */
    private static String quoteLine(String s, int at) {
        if (at >= s.length()) {
            return "<end>";
        }
        int start = s.lastIndexOf('\n', at - 1) + 1;
        int end = s.indexOf('\n', at);
        String line = s.substring(start, end < 0 ? s.length() : end);
        return "`" + (line.length() > 120 ? line.substring(0, 120) + "..." : line) + "`";
    }

    private static Optional<String> files(Map<String, Workspace.Entry> java, Map<String, Workspace.Entry> node) {
        TreeSet<String> paths = new TreeSet<>(java.keySet());
        paths.addAll(node.keySet());
        for (String path : paths) {
            String j = java.containsKey(path) ? java.get(path).describe() : "<absent>";
            String n = node.containsKey(path) ? node.get(path).describe() : "<absent>";
            if (!j.equals(n)) {
                return Optional.of("file " + path + ": wasmhost " + abbreviate(j) + ", node " + abbreviate(n));
            }
        }
        return Optional.empty();
    }

    /** One line of at most about 100 characters. */
    static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 100 ? one.substring(0, 100) + "..." : one;
    }
}
