package dev.wasmhost.guest.syntax;

/**
 * A lexical token. {@code value} holds the decoded literal for numbers and strings; for an
 * f-string it holds the raw body and {@code bodyPos} where that body starts.
 */
record Token(Kind kind, String text, Pos pos, Object value, Pos bodyPos) {
    enum Kind { NAME, INT, FLOAT, STRING, BYTES, FSTRING, OP, NEWLINE, INDENT, DEDENT, EOF }

    Token(Kind kind, String text, Pos pos) {
        this(kind, text, pos, null, null);
    }

    boolean is(String op) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(op);
    }
}
