package dev.wasmhost.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The programs excluded from the suite because of a known wasmhost WASI bug, read from the
 * "Excluded from the suite" section of {@code wasi-p1/HOST-BUGS.md}. Each entry reads
 * {@code - `name` [engine]: reason}; the engine is optional (without it, every engine).
 */
final class HostBugList {

    private static final String SECTION = "## Excluded from the suite";
    private static final Pattern ENTRY =
            Pattern.compile("^- `([a-z0-9_]+)`(?: \\[(compiler|interpreter)\\])?: (\\S.*)$");

    private final Map<String, String> reasons;

    private HostBugList(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    static HostBugList read(Path file) {
        Map<String, String> reasons = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return new HostBugList(reasons);
        }
        boolean inSection = false;
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("## ")) {
                    inSection = line.strip().equals(SECTION);
                    continue;
                }
                if (!inSection || !line.startsWith("- ")) {
                    continue;
                }
                Matcher m = ENTRY.matcher(line.strip());
                if (!m.matches()) {
                    throw new IllegalArgumentException(file + ": exclusion entry without a name or reason: " + line);
                }
                reasons.put(key(m.group(1), m.group(2)), m.group(3));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new HostBugList(reasons);
    }

    /** The reason a program is excluded on an engine, or null when it runs. */
    String exclusion(String name, String engine) {
        String all = reasons.get(key(name, null));
        return all != null ? all : reasons.get(key(name, engine));
    }

    private static String key(String name, String engine) {
        return engine == null ? name : name + " [" + engine + "]";
    }
}
