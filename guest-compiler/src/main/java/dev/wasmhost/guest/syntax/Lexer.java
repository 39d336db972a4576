package dev.wasmhost.guest.syntax;

import dev.wasmhost.guest.CompileError;
import dev.wasmhost.guest.Diagnostic;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Splits Python 3.11 source into tokens, producing INDENT/DEDENT the way CPython's tokenizer does. */
final class Lexer {
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "+", "-", "*", "/", "%", "@", "<", ">", "=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";",
        "&", "|", "^", "~",
    };

    private final String file;
    private final String src;
    private int i;
    private int line = 1;
    private int lineStart;
    private int depth;
    private final Deque<Integer> indents = new ArrayDeque<>();
    private final List<Token> out = new ArrayList<>();

    Lexer(String file, String src) {
        this.file = file;
        this.src = src.replace("\r\n", "\n");
        indents.push(0);
    }

    /** Lexes an expression embedded in an f-string, keeping positions of the original file. */
    static List<Token> lexExpression(String file, String text, Pos start) {
        Lexer lx = new Lexer(file, text);
        lx.line = start.line();
        lx.lineStart = -(start.column() - 1);
        lx.depth = 1; // newlines inside are insignificant, as in brackets
        lx.scanLine();
        lx.out.add(new Token(Token.Kind.EOF, "", lx.pos()));
        return lx.out;
    }

    List<Token> lex() {
        while (i < src.length()) {
            if (depth == 0 && !atLineContentStart()) {
                continue;
            }
            scanLine();
        }
        Pos end = pos();
        if (!out.isEmpty() && out.get(out.size() - 1).kind() != Token.Kind.NEWLINE) {
            out.add(new Token(Token.Kind.NEWLINE, "", end));
        }
        while (indents.peek() > 0) {
            indents.pop();
            out.add(new Token(Token.Kind.DEDENT, "", end));
        }
        out.add(new Token(Token.Kind.EOF, "", end));
        return out;
    }

    /** At the start of a logical line: measures indentation; returns false for a blank line. */
    private boolean atLineContentStart() {
        int col = 0;
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            col = src.charAt(i) == '\t' ? (col / 8 + 1) * 8 : col + 1;
            i++;
        }
        if (i >= src.length()) {
            return false;
        }
        char c = src.charAt(i);
        if (c == '#') {
            while (i < src.length() && src.charAt(i) != '\n') {
                i++;
            }
        }
        if (i < src.length() && src.charAt(i) == '\n') {
            newline();
            return false;
        }
        if (i >= src.length()) {
            return false;
        }
        if (col > indents.peek()) {
            indents.push(col);
            out.add(new Token(Token.Kind.INDENT, "", pos()));
        } else {
            while (col < indents.peek()) {
                indents.pop();
                out.add(new Token(Token.Kind.DEDENT, "", pos()));
            }
            if (col != indents.peek()) {
                throw error(pos(), "unindent does not match any outer indentation level");
            }
        }
        return true;
    }

    /** Scans tokens up to and including the end of the logical line. */
    private void scanLine() {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\\' && i + 1 < src.length() && src.charAt(i + 1) == '\n') {
                i++;
                newline();
            } else if (c == '\n') {
                if (depth > 0) {
                    newline();
                } else {
                    out.add(new Token(Token.Kind.NEWLINE, "", pos()));
                    newline();
                    return;
                }
            } else if (Character.isLetter(c) || c == '_' || c > 127 && Character.isUnicodeIdentifierStart(c)) {
                scanNameOrString();
            } else if (Character.isDigit(c) || c == '.' && i + 1 < src.length() && Character.isDigit(src.charAt(i + 1))) {
                scanNumber();
            } else if (c == '"' || c == '\'') {
                scanString("");
            } else {
                scanOperator();
            }
        }
    }

    private void scanNameOrString() {
        int start = i;
        Pos p = pos();
        while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_'
                || src.charAt(i) > 127 && Character.isUnicodeIdentifierPart(src.charAt(i)))) {
            i++;
        }
        String word = src.substring(start, i);
        if (i < src.length() && (src.charAt(i) == '"' || src.charAt(i) == '\'') && word.length() <= 2
                && word.toLowerCase().matches("[rfbu]|rf|fr|rb|br")) {
            i = start;
            String prefix = word.toLowerCase();
            i += word.length();
            scanString(prefix);
            return;
        }
        out.add(new Token(Token.Kind.NAME, word, p));
    }

    private void scanNumber() {
        int start = i;
        Pos p = pos();
        boolean isFloat = false;
        if (src.charAt(i) == '0' && i + 1 < src.length() && "xXoObB".indexOf(src.charAt(i + 1)) >= 0) {
            char r = Character.toLowerCase(src.charAt(i + 1));
            i += 2;
            int ds = i;
            while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                i++;
            }
            String digits = src.substring(ds, i).replace("_", "");
            int radix = r == 'x' ? 16 : r == 'o' ? 8 : 2;
            try {
                out.add(new Token(Token.Kind.INT, src.substring(start, i), p, new BigInteger(digits, radix), null));
            } catch (NumberFormatException e) {
                throw error(p, "invalid number literal");
            }
            return;
        }
        while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '_')) {
            i++;
        }
        if (i < src.length() && src.charAt(i) == '.') {
            isFloat = true;
            i++;
            while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                i++;
            }
        }
        if (i < src.length() && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
            int save = i;
            i++;
            if (i < src.length() && (src.charAt(i) == '+' || src.charAt(i) == '-')) {
                i++;
            }
            if (i < src.length() && Character.isDigit(src.charAt(i))) {
                isFloat = true;
                while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    i++;
                }
            } else {
                i = save;
            }
        }
        if (i < src.length() && (src.charAt(i) == 'j' || src.charAt(i) == 'J')) {
            throw error(p, "unsupported feature: complex numbers");
        }
        String text = src.substring(start, i);
        String clean = text.replace("_", "");
        if (isFloat) {
            out.add(new Token(Token.Kind.FLOAT, text, p, Double.parseDouble(clean), null));
        } else {
            out.add(new Token(Token.Kind.INT, text, p, new BigInteger(clean), null));
        }
    }

    private void scanString(String prefix) {
        Pos p = pos();
        char q = src.charAt(i);
        boolean triple = src.startsWith(String.valueOf(q).repeat(3), i);
        int qlen = triple ? 3 : 1;
        i += qlen;
        int bodyStart = i;
        Pos bodyPos = pos();
        boolean raw = prefix.contains("r");
        boolean fstr = prefix.contains("f");
        while (true) {
            if (i >= src.length()) {
                throw error(p, "unterminated string literal");
            }
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < src.length()) {
                if (src.charAt(i + 1) == '\n') {
                    i++;
                    newline();
                } else {
                    i += 2;
                }
                continue;
            }
            if (c == '\n') {
                if (!triple) {
                    throw error(p, "unterminated string literal");
                }
                newline();
                continue;
            }
            if (c == q && (!triple || src.startsWith(String.valueOf(q).repeat(3), i))) {
                break;
            }
            i++;
        }
        String body = src.substring(bodyStart, i);
        i += qlen;
        String text = src.substring(bodyStart - qlen - prefix.length(), i);
        if (prefix.contains("b")) {
            out.add(new Token(Token.Kind.BYTES, text, p, bytesValue(body, raw, p), null));
        } else if (fstr) {
            out.add(new Token(Token.Kind.FSTRING, text, p, raw ? "r" + body : "-" + body, bodyPos));
        } else {
            String value;
            try {
                value = raw ? body : unescape(body, p);
            } catch (IllegalArgumentException e) {
                throw error(p, e.getMessage().startsWith("unsupported") ? e.getMessage()
                        : "(unicode error) cannot decode string literal: " + e.getMessage());
            }
            out.add(new Token(Token.Kind.STRING, text, p, value, null));
        }
    }

    /**
     * The value of a bytes literal as a string of chars 0-255 (one per byte): ASCII characters only,
     * and the escapes of bytes literals (no \\u, \\U or \\N, which stay as written).
     */
    private String bytesValue(String body, boolean raw, Pos p) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c > 127) {
                throw error(p, "bytes can only contain ASCII literal characters");
            }
            if (raw || c != '\\' || k + 1 >= body.length()) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(k + 1);
            if (e == 'u' || e == 'U' || e == 'N') {
                sb.append(c);
                continue;
            }
            int end = k + 2;
            if (e == 'x') {
                end = k + 4;
                if (end > body.length() || !body.substring(k + 2, end).matches("[0-9a-fA-F]{2}")) {
                    throw error(p, "(value error) invalid \\x escape at position " + k);
                }
            } else if (e >= '0' && e <= '7') {
                while (end < body.length() && end < k + 4 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                    end++;
                }
            }
            String piece = unescape(body.substring(k, end), p);
            for (int j = 0; j < piece.length(); j++) {
                sb.append((char) (piece.charAt(j) & 255));
            }
            k = end - 1;
        }
        return sb.toString();
    }

    /** Decodes backslash escapes of a non-raw string literal. */
    static String unescape(String body, Pos p) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c != '\\' || k + 1 >= body.length()) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++k);
            switch (e) {
                case '\n' -> { }
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int end = k;
                    while (end < body.length() && end < k + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                        end++;
                    }
                    sb.append((char) Integer.parseInt(body.substring(k, end), 8));
                    k = end - 1;
                }
                case 'x', 'u', 'U' -> {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (k + 1 + n > body.length()) {
                        throw new IllegalArgumentException("truncated \\" + e + " escape");
                    }
                    int cp;
                    try {
                        cp = Integer.parseInt(body.substring(k + 1, k + 1 + n), 16);
                    } catch (NumberFormatException bad) {
                        throw new IllegalArgumentException("truncated \\" + e + " escape");
                    }
                    if (cp > 0x10FFFF) {
                        throw new IllegalArgumentException("illegal Unicode character");
                    }
                    sb.appendCodePoint(cp);
                    k += n;
                }
                case 'N' -> throw new IllegalArgumentException("unsupported feature: named Unicode escapes (\\N{...})");
                default -> sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    private void scanOperator() {
        Pos p = pos();
        for (String op : OPERATORS) {
            if (src.startsWith(op, i)) {
                i += op.length();
                if (op.equals("(") || op.equals("[") || op.equals("{")) {
                    depth++;
                } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
                    depth = Math.max(0, depth - 1);
                }
                out.add(new Token(Token.Kind.OP, op, p));
                return;
            }
        }
        throw error(p, "invalid character '" + src.charAt(i) + "' in source");
    }

    private void newline() {
        i++;
        line++;
        lineStart = i;
    }

    private Pos pos() {
        return new Pos(line, i - lineStart + 1);
    }

    private CompileError error(Pos p, String message) {
        return new CompileError(new Diagnostic(file, p.line(), p.column(), message));
    }
}
