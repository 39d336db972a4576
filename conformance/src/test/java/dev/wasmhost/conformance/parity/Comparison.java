package dev.wasmhost.conformance.parity;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Compares two runs of one program after {@link Normalization}; the answer is the first difference. */
final class Comparison {
    private Comparison() {}

    static Optional<String> firstDifference(HostRun java, HostRun node) {
        if (java.exitCode() != node.exitCode()) {
            return Optional.of("exit status: wasmhost " + java.exitCode() + ", node " + node.exitCode());
        }
        Optional<String> out = text("stdout", java.stdout(), node.stdout());
        if (out.isPresent()) {
            return out;
        }
        Optional<String> err = text("stderr", Normalization.all(java.stderr()), Normalization.all(node.stderr()));
        if (err.isPresent()) {
            return err;
        }
        return files(java.files(), node.files());
    }

    private static Optional<String> text(String stream, String java, String node) {
        if (java.equals(node)) {
            return Optional.empty();
        }
        int line = 1;
        int i = 0;
        while (i < java.length() && i < node.length() && java.charAt(i) == node.charAt(i)) {
            if (java.charAt(i) == '\n') {
                line++;
            }
            i++;
        }
        return Optional.of(String.format("%s line %d: wasmhost %s, node %s", stream, line,
                quoteLine(java, i), quoteLine(node, i)));
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

    private static Optional<String> files(Map<String, String> java, Map<String, String> node) {
        TreeSet<String> paths = new TreeSet<>(java.keySet());
        paths.addAll(node.keySet());
        for (String path : paths) {
            String j = java.getOrDefault(path, "<absent>");
            String n = node.getOrDefault(path, "<absent>");
            if (!j.equals(n)) {
                return Optional.of("file " + path + ": wasmhost " + abbreviate(j) + ", node " + abbreviate(n));
            }
        }
        return Optional.empty();
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 100 ? one.substring(0, 100) + "..." : one;
    }
}
