package dev.wasmhost.guest.syntax;

import dev.wasmhost.guest.CompileError;
import dev.wasmhost.guest.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Splits an f-string body into literal parts and replacement fields {@code {expr!conv:spec}}. */
final class FStringParser {
    private final String file;
    private final String body;
    private final boolean raw;
    private final Pos start;
    private final Pos tokenPos;

    FStringParser(String file, Token token) {
        this.file = file;
        String value = (String) token.value();
        this.raw = value.charAt(0) == 'r';
        this.body = value.substring(1);
        this.start = token.bodyPos();
        this.tokenPos = token.pos();
    }

    List<Expr> parse() {
        List<Expr> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{' && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < body.length() && body.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                throw error(posAt(i), "f-string: single '}' is not allowed");
            } else if (c == '{') {
                flush(literal, parts);
                i = field(i, parts);
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, parts);
        return parts;
    }

    private void flush(StringBuilder literal, List<Expr> parts) {
        if (literal.length() > 0) {
            String text = literal.toString();
            String value;
            try {
                value = raw ? text : Lexer.unescape(text, tokenPos);
            } catch (IllegalArgumentException e) {
                throw error(tokenPos, e.getMessage().startsWith("unsupported") ? e.getMessage()
                        : "(unicode error) cannot decode string literal: " + e.getMessage());
            }
            parts.add(new Expr.StrLit(tokenPos, value));
            literal.setLength(0);
        }
    }

    /**
     * The end of a replacement field's expression starting at {@code from}: the first '}', ':' or
     * '!' (not of '!=') outside brackets and quotes, or the end of the body.
     */
    private int expressionEnd(int from) {
        int i = from;
        int depth = 0;
        char quote = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '}' || c == ':'
                    || c == '!' && i + 1 < body.length() && body.charAt(i + 1) != '=')) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Parses the field opening at {@code open}; returns the index after its closing brace. */
    private int field(int open, List<Expr> parts) {
        int i = expressionEnd(open + 1);
        int exprEnd = -1;
        char conversion = 0;
        if (i >= body.length()) {
            throw error(posAt(open), "f-string: expecting '}'");
        }
        exprEnd = i;
        String exprText = body.substring(open + 1, exprEnd);
        if (exprText.isBlank()) {
            throw error(posAt(open), "f-string: empty expression not allowed");
        }
        if (body.charAt(i) == '!') {
            conversion = i + 1 < body.length() ? body.charAt(i + 1) : 0;
            if (conversion != 'r' && conversion != 's') {
                throw unsupported(posAt(i), "f-string conversion other than !r and !s");
            }
            i += 2;
        }
        String spec = null;
        List<Expr> specFields = new ArrayList<>();
        if (i < body.length() && body.charAt(i) == ':') {
            StringBuilder text = new StringBuilder();
            i++;
            while (i < body.length() && body.charAt(i) != '}') {
                if (body.charAt(i) == '{') {
                    i = specField(i, specFields);
                    text.append(Expr.Formatted.SPEC_FIELD);
                } else {
                    text.append(body.charAt(i++));
                }
            }
            spec = text.toString();
        }
        if (i >= body.length() || body.charAt(i) != '}') {
            throw error(posAt(open), "f-string: expecting '}'");
        }
        Pos exprPos = posAt(open + 1);
        Expr value = ExpressionParser.parseEmbedded(file, Lexer.lexExpression(file, exprText, exprPos));
        parts.add(new Expr.Formatted(exprPos, value, conversion, spec, List.copyOf(specFields)));
        return i + 1;
    }

    /** A replacement field inside a format spec, opening at {@code open} (one level, no conversion or spec of its own). */
    private int specField(int open, List<Expr> specFields) {
        int i = expressionEnd(open + 1);
        if (i >= body.length()) {
            throw error(posAt(open), "f-string: expecting '}'");
        }
        if (body.charAt(i) != '}') {
            throw unsupported(posAt(i), "a conversion or format spec inside a format spec's replacement field");
        }
        String exprText = body.substring(open + 1, i);
        if (exprText.isBlank()) {
            throw error(posAt(open), "f-string: empty expression not allowed");
        }
        Pos exprPos = posAt(open + 1);
        specFields.add(ExpressionParser.parseEmbedded(file, Lexer.lexExpression(file, exprText, exprPos)));
        return i + 1;
    }

    private Pos posAt(int index) {
        int line = start.line();
        int col = start.column();
        for (int k = 0; k < index; k++) {
            if (body.charAt(k) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Pos(line, col);
    }

    private CompileError unsupported(Pos pos, String feature) {
        return error(pos, "unsupported feature: " + feature);
    }

    private CompileError error(Pos pos, String message) {
        return new CompileError(new Diagnostic(file, pos.line(), pos.column(), message));
    }
}
