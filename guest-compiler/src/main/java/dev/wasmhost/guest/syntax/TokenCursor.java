package dev.wasmhost.guest.syntax;

import dev.wasmhost.guest.CompileError;
import dev.wasmhost.guest.Diagnostic;
import java.util.List;

/** The token stream shared by the expression and statement parsers, with error helpers. */
abstract class TokenCursor {
    final String file;
    final List<Token> tokens;
    int p;

    TokenCursor(String file, List<Token> tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    final String name() {
        Token t = next();
        if (t.kind() != Token.Kind.NAME || Keywords.isKeyword(t.text())) {
            throw error(t.pos(), "expected a name");
        }
        return t.text();
    }

    final Token peek() {
        return tokens.get(p);
    }

    final Token next() {
        Token t = tokens.get(p);
        if (t.kind() != Token.Kind.EOF) {
            p++;
        }
        return t;
    }

    final boolean accept(String op) {
        if (peek().is(op)) {
            p++;
            return true;
        }
        return false;
    }

    final boolean accept(Token.Kind kind) {
        if (peek().kind() == kind) {
            p++;
            return true;
        }
        return false;
    }

    final void expect(String op) {
        Token t = peek();
        if (!t.is(op)) {
            throw error(t.pos(), "expected '" + op + "'");
        }
        p++;
    }

    final void expectNewline() {
        Token t = peek();
        if (t.kind() == Token.Kind.EOF) {
            return;
        }
        if (t.kind() != Token.Kind.NEWLINE) {
            throw error(t.pos(), "invalid syntax");
        }
        p++;
    }

    final CompileError unsupported(Pos pos, String feature) {
        return error(pos, "unsupported feature: " + feature);
    }

    final CompileError error(Pos pos, String message) {
        return new CompileError(new Diagnostic(file, pos.line(), pos.column(), message));
    }
}
