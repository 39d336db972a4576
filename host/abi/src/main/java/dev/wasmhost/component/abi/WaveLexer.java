package dev.wasmhost.component.abi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The token level of WAVE: whitespace and comments, punctuation, labels, numbers and quoted literals. */
abstract class WaveLexer {
    static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?(0|[1-9][0-9]*))?");
    private static final Pattern LABEL = Pattern.compile("%?[A-Za-z][A-Za-z0-9]*(-[A-Za-z][A-Za-z0-9]*)*");

    final String text;
    int pos;

    WaveLexer(String text) {
        this.text = text;
    }

    /** A label token: {@code prefixed} tells whether it was written with {@code %}. */
    record Label(String name, boolean prefixed, int at) {
        boolean isKeyword(String keyword) {
            return !prefixed && name.equals(keyword);
        }
    }

    void expectEnd() {
        skipSpace();
        if (pos < text.length()) {
            throw error("unexpected text after the value");
        }
    }

    double floatNumber() {
        if (startsWord("nan")) {
            return Double.NaN;
        }
        if (startsWord("inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (startsWord("-inf")) {
            return Double.NEGATIVE_INFINITY;
        }
        int at = pos;
        double d = Double.parseDouble(match(NUMBER, "a number, nan, inf or -inf"));
        if (Double.isInfinite(d)) {
            throw error("number is out of range", at);
        }
        return d;
    }

    boolean startsWord(String word) {
        if (text.startsWith(word, pos)) {
            int end = pos + word.length();
            if (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '-') {
                pos = end;
                return true;
            }
        }
        return false;
    }

    int charLiteral() {
        int at = pos;
        expect('\'');
        if (peekRaw('\'')) {
            throw error("empty char literal", at);
        }
        int cp = character('\'');
        if (!peekRaw('\'')) {
            throw error("a char literal holds exactly one character", at);
        }
        pos++;
        return cp;
    }

    String stringLiteral() {
        if (text.startsWith("\"\"\"", pos)) {
            WaveStrings.Decoded d = WaveStrings.multiline(text, pos);
            pos = d.next();
            return d.text();
        }
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (!peekRaw('"')) {
            sb.appendCodePoint(character('"'));
        }
        pos++;
        return sb.toString();
    }

    /** One possibly escaped character inside quotes; {@code quote} must be escaped. */
    int character(char quote) {
        if (pos >= text.length()) {
            throw error("unterminated " + (quote == '"' ? "string" : "char") + " literal");
        }
        int cp = text.codePointAt(pos);
        if (cp == '\n' || cp == quote) {
            throw error(cp == '\n' ? "a literal newline must be written \\n" : "unescaped " + quote);
        }
        pos += Character.charCount(cp);
        if (cp != '\\') {
            return cp;
        }
        WaveStrings.Decoded d = WaveStrings.escape(text, pos - 1);
        pos = d.next();
        return d.codePoint();
    }

    boolean peekRaw(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    boolean startsLabel() {
        return pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '%');
    }

    Label label() {
        skipSpace();
        int at = pos;
        String s = match(LABEL, "a label");
        return s.startsWith("%") ? new Label(s.substring(1), true, at) : new Label(s, false, at);
    }

    String match(Pattern p, String what) {
        skipSpace();
        Matcher m = p.matcher(text).region(pos, text.length());
        if (!m.lookingAt()) {
            throw error("expected " + what);
        }
        pos = m.end();
        return m.group();
    }

    boolean comma() {
        skipSpace();
        if (peek(',')) {
            pos++;
            skipSpace();
            return true;
        }
        return false;
    }

    boolean peek(char c) {
        skipSpace();
        return pos < text.length() && text.charAt(pos) == c;
    }

    void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (text.startsWith("//", pos)) {
                int nl = text.indexOf('\n', pos);
                pos = nl < 0 ? text.length() : nl + 1;
            } else {
                return;
            }
        }
    }

    WaveException error(String message) {
        return error(message, pos);
    }

    WaveException error(String message, int at) {
        return new WaveException(message, at);
    }
}
