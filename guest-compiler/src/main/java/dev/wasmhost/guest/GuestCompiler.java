package dev.wasmhost.guest;

import dev.wasmhost.guest.ir.IrModule;
import dev.wasmhost.guest.syntax.Parser;
import dev.wasmhost.guest.syntax.Stmt;
import dev.wasmhost.guest.types.TypeChecker;
import dev.wasmhost.guest.wasm.WasmBackend;
import dev.wasmhost.component.build.ComponentBuilder;
import dev.wasmhost.component.wit.WitLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a statically typed subset of Python to a WebAssembly module (WASI preview 1 command).
 *
 * <pre>{@code
 * switch (GuestCompiler.compile(Path.of("app.py"))) {
 *     case CompileResult.Success ok -> Files.write(Path.of("app.wasm"), ok.wasm());
 *     case CompileResult.Failure bad -> bad.diagnostics().forEach(System.err::println);
 * }
 * }</pre>
 *
 * The pipeline is: parse ({@code syntax}) → type-check and lower to the typed IR ({@code types},
 * {@code ir}) → encode WebAssembly ({@code wasm}). The runtime library (heap, str, int/float
 * arithmetic, list, dict) is written in the same language and compiled along with the program.
 */
public final class GuestCompiler {
    private static final String RUNTIME_FILE = "<runtime>";
    private static final String[] RUNTIME_PARTS = {"heap.py", "str.py", "int.py", "float.py", "format.py", "containers.py", "text.py", "lists.py", "bytes.py"};

    private GuestCompiler() {}

    /** Compiles the program in {@code mainSource}; diagnostics name the file by its file name. */
    public static CompileResult compile(Path mainSource) throws IOException {
        String source = Files.readString(mainSource, StandardCharsets.UTF_8);
        return compile(mainSource.getFileName().toString(), source);
    }

    /** Compiles {@code source} to a WASI preview 1 module, reporting diagnostics against {@code fileName}. */
    public static CompileResult compile(String fileName, String source) {
        return compile(fileName, source, Target.WASI_P1);
    }

    /**
     * Compiles {@code source} for {@code target}: a WASI preview 1 module, or a {@code wasi:cli/command}
     * component (the core module wrapped for the world {@code wasmhost:host/command}).
     */
    public static CompileResult compile(String fileName, String source, Target target) {
        try {
            Parser.Program parsed = Parser.parseProgram(fileName, source);
            IrModule ir = lower(fileName, parsed.body());
            // export signatures are checked for every target; only a component exports them
            List<WasmBackend.Export> exports = Exports.check(fileName, ir, parsed.exported());
            if (target == Target.COMPONENT && !exports.isEmpty()) {
                byte[] core = WasmBackend.compile(ir, target, exports);
                return new CompileResult.Success(ComponentBuilder.wrap(core, Exports.world(exports)));
            }
            byte[] core = WasmBackend.compile(ir, target);
            return new CompileResult.Success(
                    target == Target.COMPONENT ? ComponentBuilder.wrap(core, WitLibrary.world("command")) : core);
        } catch (CompileError e) {
            return new CompileResult.Failure(List.of(e.diagnostic()));
        }
    }

    /** Parses and type-checks, returning the typed IR (for other backends and for debugging). */
    public static IrModule lower(String fileName, String source) {
        return lower(fileName, Parser.parseModule(fileName, source));
    }

    private static IrModule lower(String fileName, List<Stmt> own) {
        List<Stmt> program = new ArrayList<>(builtins());
        java.util.Map<String, List<Stmt>> stdlib = new java.util.TreeMap<>();
        if (mentions(own, "open") || own.stream().anyMatch(s -> s instanceof Stmt.Import imp
                && (imp.module().equals("io") || imp.module().equals("os") && imp.names() == null))) {
            // the file classes of open(), with the standard library part they call
            program.addAll(parseResource("runtime/files.py"));
            stdlib.put("_wasmhost_files", parseResource("stdlib/_wasmhost_files.py"));
        }
        program.addAll(own);
        for (Stmt s : own) {
            if (s instanceof Stmt.Import imp && STDLIB.contains(imp.module())) {
                stdlib.computeIfAbsent(imp.module(), m -> parseResource("stdlib/" + m + ".py"));
            }
        }
        return TypeChecker.check(fileName, program, RUNTIME_FILE, runtime(), stdlib);
    }

    /** True if any name node in the syntax tree (records of Stmt/Expr, walked reflectively) is {@code id}. */
    private static boolean mentions(Object node, String id) {
        if (node instanceof dev.wasmhost.guest.syntax.Expr.Name n) {
            return n.id().equals(id);
        }
        if (node instanceof List<?> list) {
            return list.stream().anyMatch(item -> mentions(item, id));
        }
        if (node instanceof Record r) {
            for (var c : r.getClass().getRecordComponents()) {
                try {
                    if (mentions(c.getAccessor().invoke(r), id)) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }

    /** The guest standard library's modules (resources stdlib/NAME.py). */
    private static final java.util.Set<String> STDLIB = java.util.Set.of("math", "sys", "os", "time", "random");

    private static List<Stmt> parseResource(String path) {
        try (InputStream in = GuestCompiler.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("standard library module missing from the jar: " + path);
            }
            return Parser.parseModule(RUNTIME_FILE + "/" + path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The builtin exception classes, checked as the first statements of the program itself. */
    private static List<Stmt> builtins() {
        try (InputStream in = GuestCompiler.class.getResourceAsStream("runtime/builtins.py")) {
            if (in == null) {
                throw new IllegalStateException("runtime library part missing from the jar: builtins.py");
            }
            return Parser.parseModule(RUNTIME_FILE + "/builtins.py", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Stmt> runtime() {
        List<Stmt> all = new ArrayList<>();
        for (String part : RUNTIME_PARTS) {
            try (InputStream in = GuestCompiler.class.getResourceAsStream("runtime/" + part)) {
                if (in == null) {
                    throw new IllegalStateException("runtime library part missing from the jar: " + part);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                all.addAll(Parser.parseModule(RUNTIME_FILE + "/" + part, text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }
}
