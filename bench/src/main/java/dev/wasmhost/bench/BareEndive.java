package dev.wasmhost.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import run.endive.compiler.MachineFactoryCompiler;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.runtime.InterpreterMachine;
import run.endive.runtime.Machine;
import run.endive.wasi.WasiExitException;
import run.endive.wasi.WasiOptions;
import run.endive.wasi.WasiPreview1;
import run.endive.wasm.Parser;
import run.endive.wasm.WasmModule;

/**
 * The baseline peer: a WASI command on Endive alone, the way Endive's own documentation runs
 * one (its {@code WasiPreview1}, compiler or interpreter, no code cache), with nothing of
 * wasmhost in between.
 *
 * <pre>java -cp ... dev.wasmhost.bench.BareEndive [--interpreter] FILE.wasm [ARGS...]</pre>
 *
 * The process exits with the guest's exit code.
 */
public final class BareEndive {
    private BareEndive() {}

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean interpreter = !rest.isEmpty() && rest.get(0).equals("--interpreter");
        if (interpreter) {
            rest.remove(0);
        }
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            System.err.println("usage: BareEndive [--interpreter] FILE.wasm [ARGS...]");
            System.exit(2);
        }
        Path file = Path.of(rest.get(0));
        List<String> argv = new ArrayList<>(rest);
        argv.set(0, file.getFileName().toString());
        int status = run(file, argv, interpreter, System.in, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** Runs {@code _start} of the module in {@code file}; returns the guest's exit code. */
    static int run(
            Path file,
            List<String> argv,
            boolean interpreter,
            InputStream stdin,
            OutputStream stdout,
            PrintStream stderr) {
        WasmModule module;
        try {
            module = Parser.parse(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            stderr.println("error: no such file: " + file);
            return 66;
        } catch (IOException e) {
            stderr.println("error: cannot read " + file + ": " + e.getMessage());
            return 66;
        }
        Function<Instance, Machine> machines =
                interpreter ? InterpreterMachine::new : MachineFactoryCompiler.compile(module);
        var options =
                WasiOptions.builder()
                        .withStdin(stdin)
                        .withStdout(stdout)
                        .withStderr(stderr)
                        .withArguments(argv)
                        .build();
        try (var wasi = WasiPreview1.builder().withOptions(options).build()) {
            var imports = ImportValues.builder().addFunction(wasi.toHostFunctions()).build();
            // build() runs _start.
            Instance.builder(module).withImportValues(imports).withMachineFactory(machines).build();
            return 0;
        } catch (WasiExitException e) {
            return e.exitCode();
        }
    }
}
