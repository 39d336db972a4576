package dev.wasmhost.conformance.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differences in stderr that are explained and accepted for every program: each rewrites
 * both hosts' stderr to a common form. PARITY.md lists them with their reasons.
 */
enum Normalization {
    ERROR_ON_ITS_OWN_LINE(
            "when the guest's stderr does not end with a newline (e.g. the preview 1 adapter's `assertion"
                    + " failed at adapter line N`), wasmhost starts its `error: ...` line on a new line; the Node"
                    + " harness cannot see what the guest wrote (node:wasi and the preview 2 shim write to fd 2"
                    + " themselves), so its error line follows the guest's text directly.") {
        @Override
        String apply(String stderr) {
            // Only the host's own error line, which comes last (a trap's backtrace lines are indented).
            int end = stderr.endsWith("\n") ? stderr.length() - 1 : stderr.length();
            int start = stderr.lastIndexOf('\n', end - 1) + 1;
            String last = stderr.substring(start, end);
            int at = last.indexOf("error: ");
            if (at <= 0 || last.startsWith("    ")) {
                return stderr;
            }
            return stderr.substring(0, start) + last.substring(0, at) + "\n" + stderr.substring(start + at);
        }
    },
    TRAP_BACKTRACE(
            "wasmhost prints a wasm backtrace (indented `#N name (func N)` lines) under `error: guest trapped: ...`;"
                    + " the Node harness prints the trap line only, because V8 does not hand a trap's wasm"
                    + " frames to JavaScript in a form that maps to function indices.") {
        @Override
        String apply(String stderr) {
            List<String> kept = new ArrayList<>();
            boolean inTrace = false;
            for (String line : stderr.split("\n", -1)) {
                if (inTrace && (line.startsWith("    #") || line.startsWith("    ..."))) {
                    continue;
                }
                inTrace = line.startsWith("error: guest trapped: ");
                kept.add(line);
            }
            return String.join("\n", kept);
        }
    },
    TRAP_DETAIL(
            "wasmhost may append the engine's detail to the trap name (e.g. `out of bounds memory access:"
                    + " attempted to access address: ...`); the trap name before the colon is the same on both hosts.") {
        private final Pattern detail = Pattern.compile("(?m)^(error: guest trapped: [^:\\n]+):[^\\n]*$");

        @Override
        String apply(String stderr) {
            return detail.matcher(stderr).replaceAll("$1");
        }
    },
    ENGINE_VALIDATION_MESSAGE(
            "for bytes that pass the 8-byte header but fail to decode or validate, the text after"
                    + " `error: invalid module: ` is the engine's own (Endive on the JVM, V8 in Node); the"
                    + " exit status (65) and the prefix are the same. The header failures (empty file, bad"
                    + " magic, unknown version or layer) have fixed texts and are compared exactly.") {
        private final Pattern fixed = Pattern.compile(
                "the file is empty|not a WebAssembly binary \\(bad magic number\\).*|unsupported WebAssembly version.*");
        private final Pattern invalid = Pattern.compile("(?m)^error: invalid module: (.*)$");

        @Override
        String apply(String stderr) {
            return invalid.matcher(stderr).replaceAll(m -> fixed.matcher(m.group(1)).matches()
                    ? Matcher.quoteReplacement(m.group())
                    : "error: invalid module: <engine's validation message>");
        }
    };

    private final String reason;

    Normalization(String reason) {
        this.reason = reason;
    }

    String reason() {
        return reason;
    }

    abstract String apply(String stderr);

    static String all(String stderr) {
        String s = stderr;
        for (Normalization n : values()) {
            s = n.apply(s);
        }
        return s;
    }
}
