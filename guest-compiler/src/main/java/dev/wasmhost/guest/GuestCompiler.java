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
    private static final String[] RUNTIME_PARTS = {"heap.py", "str.py", "int.py", "float.py", "format.py", "containers.py", "text.py", "lists.py"};

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
        return compile(fileName, source, target, null);
    }

    /**
     * Compiles {@code source} for {@code target} with the WIT interfaces {@code world} imports available as the
     * Python modules {@code wit_world.imports.NAME} (null: none); the component imports those the program calls.
     */
    public static CompileResult compile(String fileName, String source, Target target,
            dev.wasmhost.component.wit.World world) {
        try {
            Front front = front(fileName, source, world, target);
            IrModule ir = front.ir();
            WitImports.Resolved wit = front.wit();
            // export signatures are checked for every target; only a component exports them
            Exports exports = front.exports();
            if (target == Target.COMPONENT && !exports.isEmpty()) {
                byte[] core = WasmBackend.compile(ir, target, exports.functions(), wit.imports());
                return new CompileResult.Success(ComponentBuilder.wrap(core, WitImports.withImports(exports.world(), world)));
            }
            byte[] core = WasmBackend.compile(ir, target, List.of(), wit.imports());
            return new CompileResult.Success(target == Target.COMPONENT
                    ? ComponentBuilder.wrap(core, WitImports.withImports(WitLibrary.world("command"), world)) : core);
        } catch (CompileError e) {
            return new CompileResult.Failure(List.of(e.diagnostic()));
        }
    }

    /**
     * The WIT of the world the program's component targets ({@code wasmhost compile --wit}): {@code
     * wasmhost:guest/program} with the program's exports and the types they use, or for a program without
     * {@code @export} functions {@code wasi:cli/command}'s world. Throws {@link CompileError} for a program that does
     * not compile.
     */
    public static String wit(String fileName, String source) {
        return wit(fileName, source, null);
    }

    /** The WIT of the world, with the WIT interfaces of {@code imports} available as Python modules (see compile). */
    public static String wit(String fileName, String source, dev.wasmhost.component.wit.World imports) {
        Exports exports = front(fileName, source, imports, Target.COMPONENT).exports();
        dev.wasmhost.component.wit.World world = WitImports.withImports(
                exports.isEmpty() ? WitLibrary.world("command") : exports.printedWorld(), imports);
        return dev.wasmhost.component.wit.WitPrinter.print(new dev.wasmhost.component.wit.Package(world.pkg(), "",
                java.util.Map.of(), java.util.Map.of(world.name(), world)));
    }

    /**
     * Python stubs (.pyi) of the program's WIT world by relative path ({@code wasmhost compile --stubs DIR}): the
     * interfaces {@code imports} (may be null) imports as {@code wit_world.imports.NAME}, and the program's exports.
     */
    public static java.util.Map<String, String> stubs(String fileName, String source,
            dev.wasmhost.component.wit.World imports) {
        Exports exports = front(fileName, source, imports, Target.COMPONENT).exports();
        return WitStubs.stubs(imports, exports.isEmpty() ? null : exports.world());
    }

    /** The program checked: its WIT imports resolved against {@code world} (may be null), typed IR, exports. */
    private record Front(WitImports.Resolved wit, IrModule ir, Exports exports) {}

    private static Front front(String fileName, String source, dev.wasmhost.component.wit.World world, Target target) {
        Parser.Program parsed = Parser.parseProgram(fileName, source);
        WitImports.Resolved wit = WitImports.resolve(fileName, parsed.body(), world, target);
        IrModule ir = lower(fileName, wit.program());
        return new Front(wit, ir, Exports.check(fileName, ir, wit.program(), parsed.exported(), wit.classTypes()));
    }

    /** Parses and type-checks, returning the typed IR (for other backends and for debugging). */
    public static IrModule lower(String fileName, String source) {
        return lower(fileName, Parser.parseModule(fileName, source));
    }

    private static IrModule lower(String fileName, List<Stmt> own) {
        List<Stmt> program = new ArrayList<>(builtins());
        program.addAll(own);
        java.util.Map<String, List<Stmt>> stdlib = new java.util.TreeMap<>();
        for (Stmt s : own) {
            if (s instanceof Stmt.Import imp && STDLIB.contains(imp.module())) {
                stdlib.computeIfAbsent(imp.module(), m -> parseResource("stdlib/" + m + ".py"));
            }
        }
        return TypeChecker.check(fileName, program, RUNTIME_FILE, runtime(), stdlib);
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
