package dev.wasmhost.guest;

import dev.wasmhost.guest.ir.IrModule;
import dev.wasmhost.guest.syntax.Parser;
import dev.wasmhost.guest.syntax.Stmt;
import dev.wasmhost.guest.types.TypeChecker;
import dev.wasmhost.guest.wasm.WasmBackend;
import dev.wasmhost.component.build.ComponentBuilder;
import dev.wasmhost.component.wit.WitLibrary;
import java.io.IOException;
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
    private static final String[] RUNTIME_PARTS = {"heap.py", "str.py", "int.py", "float.py", "format.py", "containers.py", "text.py", "lists.py", "bytes.py", "unicode.py"};

    private GuestCompiler() {}

    /** Compiles the program in {@code mainSource}; diagnostics name the file by its file name. */
    public static CompileResult compile(Path mainSource) throws IOException {
        return compile(mainSource, Target.WASI_P1, List.of());
    }

    /**
     * Compiles the program whose main module is {@code mainSource} for {@code target}. Its imports
     * are found beside it, then in {@code searchPath} (see docs/guest-language.md, "Modules and
     * packages"); diagnostics name files relative to the main module's directory.
     */
    public static CompileResult compile(Path mainSource, Target target, List<Path> searchPath) throws IOException {
        return compile(mainSource, target, searchPath, null);
    }

    /** Compiles {@code source} to a WASI preview 1 module, reporting diagnostics against {@code fileName}. */
    public static CompileResult compile(String fileName, String source) {
        return compile(fileName, source, Target.WASI_P1);
    }

    /**
     * Compiles {@code source} for {@code target}: a WASI preview 1 module, or a {@code wasi:cli/command}
     * component (the core module wrapped for the world {@code wasmhost:host/command}). Without a file,
     * the program can import only the standard library.
     */
    public static CompileResult compile(String fileName, String source, Target target) {
        return compile(null, fileName, source, target, List.of(), null);
    }

    /**
     * Compiles {@code source} for {@code target} with the WIT interfaces {@code world} imports available as the
     * Python modules {@code wit_world.imports.NAME} (null: none); the component imports those the program calls.
     */
    public static CompileResult compile(String fileName, String source, Target target,
            dev.wasmhost.component.wit.World world) {
        return compile(null, fileName, source, target, List.of(), world);
    }

    /** {@link #compile(Path, Target, List)} with the WIT imports of {@code world} (null: none) as Python modules. */
    public static CompileResult compile(Path mainSource, Target target, List<Path> searchPath,
            dev.wasmhost.component.wit.World world) throws IOException {
        String source = Files.readString(mainSource, StandardCharsets.UTF_8);
        return compile(mainSource, mainSource.getFileName().toString(), source, target, searchPath, world);
    }

    private static CompileResult compile(Path mainPath, String fileName, String source, Target target,
            List<Path> searchPath, dev.wasmhost.component.wit.World world) {
        try {
            Front front = front(mainPath, fileName, source, searchPath, world, target);
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
        return wit(null, fileName, source, List.of(), imports);
    }

    /** The WIT of the world of the program whose main module is {@code mainSource} (see compile(Path, ...)). */
    public static String wit(Path mainSource, List<Path> searchPath, dev.wasmhost.component.wit.World imports)
            throws IOException {
        String source = Files.readString(mainSource, StandardCharsets.UTF_8);
        return wit(mainSource, mainSource.getFileName().toString(), source, searchPath, imports);
    }

    private static String wit(Path mainPath, String fileName, String source, List<Path> searchPath,
            dev.wasmhost.component.wit.World imports) {
        Exports exports = front(mainPath, fileName, source, searchPath, imports, Target.COMPONENT).exports();
        dev.wasmhost.component.wit.World world = WitImports.withImports(
                exports.isEmpty() ? WitLibrary.world("command") : exports.printedWorld(), imports);
        dev.wasmhost.component.wit.Interface api = exports.api();
        return dev.wasmhost.component.wit.WitPrinter.print(new dev.wasmhost.component.wit.Package(world.pkg(), "",
                api == null ? java.util.Map.of() : java.util.Map.of(api.name(), api), java.util.Map.of(world.name(), world)));
    }

    /**
     * Python stubs (.pyi) of the WIT world of the program whose main module is {@code mainSource}, by relative path
     * ({@code wasmhost compile --stubs DIR}): the interfaces {@code imports} (may be null) imports as
     * {@code wit_world.imports.NAME}, and the program's exports.
     */
    public static java.util.Map<String, String> stubs(Path mainSource, List<Path> searchPath,
            dev.wasmhost.component.wit.World imports) throws IOException {
        String source = Files.readString(mainSource, StandardCharsets.UTF_8);
        Exports exports = front(mainSource, mainSource.getFileName().toString(), source, searchPath, imports,
                Target.COMPONENT).exports();
        return WitStubs.stubs(imports, exports.isEmpty() ? null : exports.world());
    }

    /** The program checked: its WIT imports resolved against {@code world} (may be null), typed IR, exports. */
    private record Front(WitImports.Resolved wit, IrModule ir, Exports exports) {}

    private static Front front(Path mainPath, String fileName, String source, List<Path> searchPath,
            dev.wasmhost.component.wit.World world, Target target) {
        Parser.Program parsed = Parser.parseProgram(fileName, source);
        // @export classes: their tables and the wrappers of the functions that pass their instances (Resources)
        Resources.Glue glue = Resources.synthesize(fileName, parsed.exportedClasses(), parsed.exported());
        List<Stmt> body = parsed.body();
        if (!glue.isEmpty()) {
            body = new ArrayList<>(body);
            body.addAll(glue.statements());
        }
        WitImports.Resolved wit = WitImports.resolve(fileName, body, world, target);
        if (!glue.isEmpty()) {
            List<WasmBackend.Import> imports = new ArrayList<>(wit.imports());
            for (Resources.ResourceClass rc : glue.classes().values()) {
                imports.add(new WasmBackend.Import("[export]" + Exports.apiId(), "[resource-new]"
                        + Exports.witName(rc.def().name()), Resources.newStub(rc.def().name()), null,
                        new WasmBackend.Import.Wire(List.of(WasmBackend.wireType(dev.wasmhost.guest.types.Type.Kind.INT,
                                "u32")), WasmBackend.wireType(dev.wasmhost.guest.types.Type.Kind.INT, "u32"),
                                java.util.Map.of())));
            }
            wit = new WitImports.Resolved(wit.program(), imports, wit.classTypes());
        }
        IrModule ir = lower(mainPath, fileName, wit.program(), searchPath);
        return new Front(wit, ir, Exports.check(fileName, ir, wit.program(), parsed.exported(), wit.classTypes(), glue));
    }

    /** Parses and type-checks, returning the typed IR (for other backends and for debugging). */
    public static IrModule lower(String fileName, String source) {
        return lower(null, fileName, Parser.parseModule(fileName, source), List.of());
    }

    /** Parses and type-checks the program whose main module is {@code mainSource}, returning the typed IR. */
    public static IrModule lower(Path mainSource, List<Path> searchPath) throws IOException {
        String source = Files.readString(mainSource, StandardCharsets.UTF_8);
        String fileName = mainSource.getFileName().toString();
        return lower(mainSource, fileName, Parser.parseModule(fileName, source), searchPath);
    }

    private static IrModule lower(Path mainPath, String fileName, List<Stmt> own, List<Path> searchPath) {
        List<TypeChecker.Source> modules = ModuleLoader.load(mainPath, fileName, own, searchPath);
        List<Stmt> prelude = new ArrayList<>(builtins());
        java.util.Map<String, List<Stmt>> stdlib = new java.util.TreeMap<>();
        if (modules.stream().anyMatch(m -> mentions(m.body(), "open") || m.body().stream()
                .anyMatch(s -> s instanceof Stmt.Import imp
                        && (imp.module().equals("io") || imp.module().equals("os") && imp.names() == null)))) {
            // the file classes of open(), with the standard library part they call
            prelude.addAll(parseResource("runtime/files.py"));
            stdlib.put("_wasmhost_files", parseResource("stdlib/_wasmhost_files.py"));
        }
        for (String m : ModuleLoader.stdlibImports(modules, STDLIB)) {
            stdlib.put(m, parseResource("stdlib/" + m + ".py"));
        }
        return TypeChecker.check(modules, prelude, RUNTIME_FILE, runtime(), stdlib);
    }

    /** The component accessors of each syntax record class, looked up once (mentions runs on every compilation). */
    private static final ClassValue<java.lang.reflect.Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method[] computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getAccessor).toArray(java.lang.reflect.Method[]::new);
        }
    };

    /** True if any name node in the syntax tree (records of Stmt/Expr, walked reflectively) is {@code id}. */
    private static boolean mentions(Object node, String id) {
        if (node instanceof dev.wasmhost.guest.syntax.Expr.Name n) {
            return n.id().equals(id);
        }
        if (node instanceof List<?> list) {
            for (Object item : list) {
                if (mentions(item, id)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof Record r) {
            for (java.lang.reflect.Method accessor : ACCESSORS.get(r.getClass())) {
                try {
                    if (mentions(accessor.invoke(r), id)) {
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
        return LibrarySources.parse(path, RUNTIME_FILE + "/" + path, "standard library module");
    }

    /** The builtin exception classes, checked as the first statements of the program itself. */
    private static List<Stmt> builtins() {
        return LibrarySources.parse("runtime/builtins.py", RUNTIME_FILE + "/builtins.py", "runtime library part");
    }

    private static List<Stmt> runtime() {
        List<Stmt> all = new ArrayList<>();
        for (String part : RUNTIME_PARTS) {
            all.addAll(LibrarySources.parse("runtime/" + part, RUNTIME_FILE + "/" + part, "runtime library part"));
        }
        return all;
    }
}
