package dev.wasmhost.guest;

import java.util.List;
import java.util.Map;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import run.endive.compiler.MachineFactoryCompiler;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.wasi.WasiExitException;
import run.endive.wasi.WasiOptions;
import run.endive.wasi.WasiPreview1;
import run.endive.wasm.Parser;

/** Runs a compiled guest module under Endive with WASI preview 1, capturing its output. */
record GuestRun(String stdout, String stderr, int exitCode) {

    static GuestRun run(byte[] wasm) {
        return run(wasm, List.of(), Map.of());
    }

    /** Runs with command arguments (argv, including argv[0]) and environment variables. */
    static GuestRun run(byte[] wasm, List<String> args, Map<String, String> env) {
        return run(wasm, args, env, null);
    }

    /** Also preopens {@code dir} (if not null) as the guest directory {@code .}. */
    static GuestRun run(byte[] wasm, List<String> args, Map<String, String> env, java.nio.file.Path dir) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var builder = WasiOptions.builder().withStdout(out).withStderr(err).withArguments(args);
        env.forEach(builder::withEnvironment);
        if (dir != null) {
            builder.withDirectory(".", dir);
        }
        var options = builder.build();
        int code = 0;
        try (var wasi = WasiPreview1.builder().withOptions(options).build()) {
            var imports = ImportValues.builder().addFunction(wasi.toHostFunctions()).build();
            var module = Parser.parse(wasm);
            var instance = Instance.builder(module).withImportValues(imports).withStart(false)
                    .withMachineFactory(MachineFactoryCompiler.compile(module)).build();
            instance.export("_start").apply();
        } catch (WasiExitException e) {
            code = e.exitCode();
        } catch (RuntimeException e) {
            // a trap: report it like a host would, so the test shows what happened
            err.writeBytes(("trap: " + e).getBytes(StandardCharsets.UTF_8));
            code = 134;
        }
        return new GuestRun(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    }

    /** Compiles the program whose main module is {@code mainModule} (its imports found beside it). */
    static byte[] compileOrFail(java.nio.file.Path mainModule, Target target) {
        try {
            return switch (GuestCompiler.compile(mainModule, target, List.of())) {
                case CompileResult.Success ok -> ok.wasm();
                case CompileResult.Failure bad -> throw new AssertionError("compile failed: " + bad.diagnostics());
            };
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] compileOrFail(String name, String source) {
        return switch (GuestCompiler.compile(name, source)) {
            case CompileResult.Success ok -> ok.wasm();
            case CompileResult.Failure bad -> throw new AssertionError("compile failed: " + bad.diagnostics());
        };
    }
}
