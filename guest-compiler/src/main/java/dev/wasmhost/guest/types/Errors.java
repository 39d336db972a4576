package dev.wasmhost.guest.types;

import dev.wasmhost.guest.CompileError;
import dev.wasmhost.guest.Diagnostic;
import dev.wasmhost.guest.syntax.Pos;

/** Builds the diagnostics of the type checker. */
final class Errors {
    private Errors() {}

    static CompileError at(String file, Pos pos, String message) {
        return new CompileError(new Diagnostic(file, pos.line(), pos.column(), message));
    }

    static CompileError unsupported(String file, Pos pos, String feature) {
        return at(file, pos, "unsupported feature: " + feature);
    }
}
