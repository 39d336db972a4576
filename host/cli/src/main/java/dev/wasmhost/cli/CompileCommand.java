package dev.wasmhost.cli;

import dev.wasmhost.guest.CompileError;
import dev.wasmhost.guest.CompileResult;
import dev.wasmhost.guest.Diagnostic;
import dev.wasmhost.guest.GuestCompiler;
import dev.wasmhost.guest.Target;
import dev.wasmhost.guest.ir.IrPrinter;
import dev.wasmhost.runtime.ExitCode;
import dev.wasmhost.runtime.WatPrinter;
import dev.wasmhost.runtime.WasmhostException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wasmhost compile}: the guest compiler, typed Python to WebAssembly. */
@Command(
        name = "compile",
        description = "Compiles a typed Python program to WebAssembly (see docs/guest-language.md).",
        sortOptions = false,
        usageHelpAutoWidth = true,
        mixinStandardHelpOptions = true)
final class CompileCommand extends CliCommand {
    enum Emit { wasm, wat, ir, wit }

    @Parameters(index = "0", paramLabel = "FILE.py", description = "The program's main module.")
    Path source;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.wasm",
            description = "Where to write the module (default: FILE.wasm beside FILE.py).")
    Path output;

    @Option(names = "--target", paramLabel = "component|wasi-p1", defaultValue = "component",
            converter = TargetConverter.class,
            description = "component (default): a wasi:cli/command component (WASI 0.2); wasi-p1: a WASI preview 1 core module.")
    Target target;

    @Option(names = {"-I", "--path"}, paramLabel = "DIR",
            description = "Another directory to find imported modules in, after the main module's own (repeatable).")
    List<Path> searchPath = new java.util.ArrayList<>();

    @Option(names = "--emit", paramLabel = "wasm|wat|ir|wit", defaultValue = "wasm",
            description = "wasm (default) writes the module; wat prints its code in the WebAssembly text format"
                    + " (the core module, with the names of the program's functions); ir prints the typed IR;"
                    + " wit prints the world of the program's component.")
    Emit emit;

    @Option(names = "--wit", description = "Prints the WIT world of the program's component (its @export functions"
            + " and the records and enums they use, or wasi:cli/command's world) instead of compiling it; the same as"
            + " --emit wit.")
    boolean wit;

    @Option(names = "--wit-dir", paramLabel = "DIR|FILE.wit",
            description = "A WIT package (a folder with deps/, or one file) whose world's interfaces the program imports"
                    + " as Python modules: from wit_world.imports import NAME.")
    Path witDir;

    @Option(names = "--stubs", paramLabel = "DIR",
            description = "Writes Python stubs (.pyi) of the program's WIT world under DIR instead of compiling it:"
                    + " DIR/wit_world/imports/NAME.pyi for each interface of --world, DIR/wit_world/exports.pyi for"
                    + " the @export functions, so editors and mypy (with mypy_path = DIR) understand them.")
    Path stubs;

    @Option(names = "--world", paramLabel = "NAME",
            description = "The world of --wit-dir whose imports the program may use (default: the package's only world).")
    String worldName;

    @Override
    int execute() {
        Inputs.read(source); // a missing or unreadable file is reported as for other commands
        dev.wasmhost.component.wit.World world = witDir == null ? null : world(witDir, worldName);
        if (stubs != null) {
            try {
                for (var e : GuestCompiler.stubs(source, searchPath, world).entrySet()) {
                    Path file = stubs.resolve(e.getKey());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, e.getValue());
                    spec.commandLine().getErr().println("wrote " + file);
                }
                spec.commandLine().getErr().flush();
                return 0;
            } catch (CompileError e) {
                return rejected(List.of(e.diagnostic()));
            } catch (IOException e) {
                throw new WasmhostException(ExitCode.CANNOT_CREATE, "cannot write stubs under '" + stubs + "': "
                        + e.getMessage());
            }
        }
        if (wit || emit == Emit.wit) {
            return print(() -> GuestCompiler.wit(source, searchPath, world));
        }
        if (emit == Emit.ir) {
            return print(() -> IrPrinter.print(GuestCompiler.lower(source, searchPath), false));
        }
        Target what = switch (emit) {
            case wat -> Target.WASI_P1; // the same code, without the component's wrapping
            default -> target;
        };
        CompileResult result;
        try {
            result = GuestCompiler.compile(source, what, searchPath, world);
        } catch (IOException e) {
            throw new WasmhostException(ExitCode.NOT_FOUND, "cannot read '" + source + "': " + e.getMessage());
        }
        switch (result) {
            case CompileResult.Success ok -> {
                if (emit == Emit.wat) {
                    out().print(WatPrinter.print(ok.wasm()));
                    out().flush();
                } else {
                    write(target(), ok.wasm());
                }
                return 0;
            }
            case CompileResult.Failure bad -> {
                return rejected(bad.diagnostics());
            }
        }
    }

    /** The world {@code name} of the WIT package at {@code wit} (its only world when name is null). */
    static dev.wasmhost.component.wit.World world(Path wit, String name) {
        if (!Files.exists(wit)) {
            throw new WasmhostException(ExitCode.NOT_FOUND, "'" + wit + "' does not exist: check the --wit-dir path");
        }
        dev.wasmhost.component.wit.Resolution resolution;
        try {
            resolution = Files.isDirectory(wit) ? dev.wasmhost.component.wit.WitResolver.resolveDirectory(wit)
                    : dev.wasmhost.component.wit.WitResolver.resolveFile(wit);
        } catch (dev.wasmhost.component.wit.WitException e) {
            throw new WasmhostException(ExitCode.INVALID_MODULE, e.getMessage(), e);
        }
        var worlds = resolution.root().worlds();
        if (name == null) {
            if (worlds.size() != 1) {
                throw new WasmhostException(ExitCode.USAGE, "package " + resolution.root().name().unversioned() + " has "
                        + worlds.size() + " worlds " + worlds.keySet() + ": pick one with --world");
            }
            return worlds.values().iterator().next();
        }
        var world = worlds.get(name);
        if (world == null) {
            throw new WasmhostException(ExitCode.USAGE, "no world '" + name + "' in the package; it has " + worlds.keySet());
        }
        return world;
    }

    /** A text made from the program (its WIT, its IR). */
    private interface ProgramText {
        String make() throws IOException;
    }

    /** Prints {@code text} of the program, or its diagnostics. */
    private int print(ProgramText text) {
        try {
            out().print(text.make());
            out().flush();
            return 0;
        } catch (CompileError e) {
            return rejected(List.of(e.diagnostic()));
        } catch (IOException e) {
            throw new WasmhostException(ExitCode.NOT_FOUND, "cannot read '" + source + "': " + e.getMessage());
        }
    }

    private int rejected(List<Diagnostic> diagnostics) {
        PrintWriter err = spec.commandLine().getErr();
        for (Diagnostic d : diagnostics) {
            err.println(d);
        }
        err.println("error: " + source + " was not compiled: fix the error" + (diagnostics.size() == 1 ? "" : "s") + " above");
        err.flush();
        return ExitCode.INVALID_MODULE;
    }

    private Path target() {
        if (output != null) {
            return output;
        }
        String base = source.getFileName().toString().replaceFirst("\\.py$", "");
        Path dir = source.toAbsolutePath().getParent();
        return dir.resolve(base + ".wasm");
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new WasmhostException(ExitCode.CANNOT_CREATE, "cannot write '" + file + "': " + e.getMessage());
        }
    }

    /** {@code wasi-p1} and {@code component}, as users type them. */
    static final class TargetConverter implements picocli.CommandLine.ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            return switch (value) {
                case "wasi-p1", "p1" -> Target.WASI_P1;
                case "component" -> Target.COMPONENT;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a target: use wasi-p1 or component");
            };
        }
    }
}
