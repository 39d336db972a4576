package dev.wasmhost.capability.wasi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.wasi.WasiExitException;
import run.endive.wasm.Parser;
import run.endive.wasm.WasmModule;

/** Runs the C test guest (src/test/resources/wasi-p1/probe.c) on Endive with a {@link WasiP1}. */
final class Probe {
    private static final WasmModule MODULE = load("/wasi-p1/probe.wasm");

    /** What one run produced. */
    record Result(int exitCode, String stdout, String stderr) {
        /** The "key=value" lines of stdout, in order. */
        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : stdout.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return values;
        }

        List<String> lines(String prefix) {
            List<String> out = new ArrayList<>();
            for (String line : stdout.split("\n")) {
                if (line.startsWith(prefix)) {
                    out.add(line.substring(prefix.length()));
                }
            }
            return out;
        }
    }

    private Probe() {}

    static Result run(Path sandbox, String... args) {
        return run(WasiConfig.builder(), sandbox, InputStream.nullInputStream(), args);
    }

    static Result run(WasiConfig.Builder config, Path sandbox, InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(config, sandbox, stdin, out, err, args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static int run(WasiConfig.Builder config, Path sandbox, InputStream stdin, OutputStream out,
                   OutputStream err, String... args) {
        List<String> argv = new ArrayList<>();
        argv.add("probe.wasm");
        argv.addAll(List.of(args));
        config.args(argv).stdin(stdin).stdout(out).stderr(err);
        if (sandbox != null) {
            config.preopen(sandbox, "/sandbox");
        }
        try (WasiP1 wasi = WasiP1.create(config.build())) {
            ImportValues imports = ImportValues.builder().addFunction(wasi.hostFunctions()).build();
            Instance.builder(MODULE).withImportValues(imports).build();
            return 0;
        } catch (WasiExitException exit) {
            return exit.exitCode();
        }
    }

    private static WasmModule load(String resource) {
        try (InputStream in = Probe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: run src/test/resources/wasi-p1/build.sh");
            }
            return Parser.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
