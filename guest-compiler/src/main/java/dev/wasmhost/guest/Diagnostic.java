package dev.wasmhost.guest;

/**
 * One problem found in a guest program, printed the way mypy prints errors:
 * {@code app.py:3:5: error: Incompatible types in assignment (...)}.
 *
 * @param file the file name as shown to the user
 * @param line 1-based line
 * @param column 1-based column
 * @param message what is wrong, naming the feature or the types involved
 */
public record Diagnostic(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": error: " + message;
    }
}
