package dev.wasmhost.guest;

/** Thrown inside the compiler when a program cannot be compiled; carries the diagnostic. */
public final class CompileError extends RuntimeException {
    private final transient Diagnostic diagnostic;

    public CompileError(Diagnostic diagnostic) {
        super(diagnostic.toString(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
