package dev.wasmhost.component.abi;

import java.util.ArrayList;
import java.util.List;

/** Escapes and multiline strings of WAVE text. */
final class WaveStrings {
    private WaveStrings() {}

    /** A decoded piece: a code point or a whole string, and the offset just after it. */
    record Decoded(int codePoint, String text, int next) {}

    /** Decodes the escape whose backslash is at {@code at}. */
    static Decoded escape(String s, int at) {
        if (at + 1 >= s.length()) {
            throw new WaveException("unterminated escape", at);
        }
        char c = s.charAt(at + 1);
        int cp = switch (c) {
            case '\'', '"', '\\' -> c;
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'u' -> -1;
            default -> throw new WaveException("unknown escape \\" + c + "; use \\' \\\" \\\\ \\t \\n \\r or \\u{hex}", at);
        };
        if (cp >= 0) {
            return new Decoded(cp, null, at + 2);
        }
        int close = s.indexOf('}', at);
        if (at + 2 >= s.length() || s.charAt(at + 2) != '{' || close < 0 || close == at + 3 || close - at - 3 > 6) {
            throw new WaveException("a unicode escape must look like \\u{1F600}", at);
        }
        String hex = s.substring(at + 3, close);
        if (!hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
            throw new WaveException("a unicode escape must look like \\u{1F600}", at);
        }
        int value = Integer.parseInt(hex, 16);
        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            throw new WaveException("\\u{" + hex + "} is not a Unicode scalar value", at);
        }
        return new Decoded(value, null, close + 1);
    }

    /** Decodes a multiline string starting with the {@code """} at {@code start}. */
    static Decoded multiline(String s, int start) {
        int i = start + 3;
        if (s.startsWith("\r\n", i)) {
            i += 2;
        } else if (s.startsWith("\n", i)) {
            i += 1;
        } else {
            throw new WaveException("a multiline string must start with \"\"\" and a line break", start);
        }
        List<String> lines = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        while (true) {
            int spaces = 0;
            while (i + spaces < s.length() && s.charAt(i + spaces) == ' ') {
                spaces++;
            }
            if (s.startsWith("\"\"\"", i + spaces)) {
                return new Decoded(-1, dedent(lines, offsets, spaces), i + spaces + 3);
            }
            int nl = s.indexOf('\n', i);
            if (nl < 0) {
                throw new WaveException("unterminated multiline string", start);
            }
            int end = nl > i && s.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            lines.add(s.substring(i, end));
            offsets.add(i);
            i = nl + 1;
        }
    }

    private static String dedent(List<String> lines, List<Integer> offsets, int indent) {
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            int at = offsets.get(n);
            if (n > 0) {
                out.append('\n');
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() < indent || !line.substring(0, indent).isBlank()) {
                throw new WaveException("multiline string line is indented less than its closing \"\"\"", at);
            }
            if (line.contains("\"\"\"")) {
                throw new WaveException("\"\"\" inside a multiline string must be broken up with an escape", at);
            }
            for (int i = indent; i < line.length(); ) {
                int cp = line.codePointAt(i);
                if (cp == '\\') {
                    Decoded d = escape(line, i);
                    out.appendCodePoint(d.codePoint());
                    i = d.next();
                } else {
                    out.appendCodePoint(cp);
                    i += Character.charCount(cp);
                }
            }
        }
        return out.toString();
    }
}
