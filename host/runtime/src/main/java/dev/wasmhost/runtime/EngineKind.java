package dev.wasmhost.runtime;

/** How Endive executes a module. */
public enum EngineKind {
    /** Wasm compiled to JVM bytecode at load time (cached on disk); the default. */
    COMPILER,
    /** Endive's interpreter: no compilation cost, slower execution. */
    INTERPRETER;

    /** Parses the {@code --engine} flag value. */
    public static EngineKind parse(String value) {
        return switch (value) {
            case "compiler" -> COMPILER;
            case "interpreter" -> INTERPRETER;
            default -> throw new IllegalArgumentException(
                    "unknown engine '" + value + "': use 'compiler' or 'interpreter'");
        };
    }
}
