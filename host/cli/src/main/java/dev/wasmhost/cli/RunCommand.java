package dev.wasmhost.cli;

import dev.wasmhost.capability.wasi.WasiP1;
import dev.wasmhost.capability.wasi.WasiConfig;
import dev.wasmhost.capability.wasi.WasiConfig;
import dev.wasmhost.runtime.BinaryKind;
import dev.wasmhost.runtime.CodeCache;
import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import dev.wasmhost.runtime.ExitCode;
import dev.wasmhost.runtime.GuestExecution;
import dev.wasmhost.runtime.GuestTrap;
import dev.wasmhost.runtime.ImportCheck;
import dev.wasmhost.runtime.MemoryLimit;
import dev.wasmhost.runtime.PreparedModule;
import dev.wasmhost.runtime.WasmhostException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.wasi.WasiExitException;

/** {@code wasmhost run}: runs a WASI command module, with wasmtime-compatible flags. */
@Command(
        name = "run",
        description = "Runs a WebAssembly module: its _start export, or --invoke NAME.",
        sortOptions = false,
        usageHelpAutoWidth = true,
        mixinStandardHelpOptions = true)
final class RunCommand extends CliCommand {

    @Option(names = "--dir", paramLabel = "HOST[::GUEST]",
            description = "Grant access to a host directory, seen by the guest as GUEST (default: the same path). Repeatable.")
    List<String> dirs = new ArrayList<>();

    @Option(names = "--env", paramLabel = "NAME[=VALUE]",
            description = "Set an environment variable for the guest; a bare NAME copies the host's value. Repeatable.")
    List<String> envs = new ArrayList<>();

    @Option(names = "--invoke", paramLabel = "NAME",
            description = "Call export NAME instead of _start; arguments follow the file (or NAME(ARG, ...)); results are printed one per line.")
    String invoke;

    @Option(names = "--argv0", paramLabel = "NAME",
            description = "The guest's argv[0] (default: the file's base name).")
    String argv0;

    @Option(names = "--engine", paramLabel = "compiler|interpreter", defaultValue = "compiler",
            description = "Execution engine: Endive's compiler to JVM bytecode (default) or its interpreter.")
    String engine;

    @Option(names = "--max-memory", paramLabel = "SIZE",
            description = "Cap the guest's linear memory, e.g. 64MiB. Growing past it fails in the guest.")
    String maxMemory;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "Stop the guest after this long, e.g. 500ms, 10s, 2m (exit status 124).")
    String timeout;

    @Option(names = "--no-cache", description = "Do not read or write the compiled-code cache.")
    boolean noCache;


    @Parameters(index = "0", paramLabel = "FILE.wasm", description = "The module to run.")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the guest (or for --invoke).")
    List<String> guestArgs = new ArrayList<>();

    /** The guest's arguments: everything after the file, less one {@code --} right after it. */
    private List<String> guestArgs() {
        return !guestArgs.isEmpty() && "--".equals(guestArgs.get(0)) ? guestArgs.subList(1, guestArgs.size()) : guestArgs;
    }

    private final Wasmhost.Streams streams;

    @Override
    java.io.OutputStream stderr() {
        return streams.err();
    }

    RunCommand(Wasmhost.Streams streams) {
        this.streams = streams;
    }

    @Override
    int execute() {
        return run();
    }

    private int run() {
        Options o = options();
        byte[] bytes = Inputs.read(Path.of(file));
        // One process, one run: Endive's classes as made, unless JAVA_OPTS has
        // -Dwasmhost.inlineHelpers=true (see EndiveEngine and bench/RESULTS.md: a single run's
        // long loops go through on-stack-replacement code, which inlines Endive's helpers anyway,
        // and the rewritten methods take longer to warm up).
        var engineImpl = new EndiveEngine(
                o.engine,
                noCache ? null : new CodeCache(CodeCache.defaultRoot()),
                Boolean.getBoolean("wasmhost.inlineHelpers"));
        if (BinaryKind.of(bytes) == BinaryKind.COMPONENT) {
            return runComponent(bytes, o, engineImpl);
        }
        PreparedModule prepared = engineImpl.prepare(bytes);

        List<String> argv = new ArrayList<>();
        argv.add(argv0 != null ? argv0 : Path.of(file).getFileName().toString());
        CoreInvoke call;
        try {
            call = invoke == null ? null : CoreInvoke.parse(invoke, guestArgs());
        } catch (IllegalArgumentException e) {
            throw new WasmhostException(ExitCode.USAGE, "invalid --invoke '" + invoke + "': " + e.getMessage());
        }
        if (call == null) {
            argv.addAll(guestArgs());
        }
        try (WasiP1 host = WasiP1.create(grants(o, argv))) {
            var functions = List.of(host.hostFunctions());
            ImportCheck.requireResolved(prepared.module(), functions);
            ImportValues imports = ImportValues.builder().addFunction(host.hostFunctions()).build();
            int status = GuestExecution.run(
                    () -> execute(prepared, imports, o.memory, call),
                    o.timeout,
                    prepared.module());
            flush();
            return status;
        } finally {
            flush();
        }
    }

    private int runComponent(byte[] bytes, Options o, EndiveEngine engine) {
        List<String> argv = new ArrayList<>();
        argv.add(argv0 != null ? argv0 : Path.of(file).getFileName().toString());
        if (invoke == null) {
            argv.addAll(guestArgs());
        } else if (!guestArgs().isEmpty()) {
            throw new WasmhostException(ExitCode.USAGE, "a component's --invoke takes its arguments inside the call,"
                    + " in WAVE: --invoke '" + invoke + "(...)'");
        }
        var run = new ComponentRun(engine, grants(o, argv), o.memory, o.timeout);
        try {
            return invoke == null
                    ? run.command(Path.of(file), bytes)
                    : run.invoke(Path.of(file), bytes, invoke, spec.commandLine().getOut());
        } finally {
            flush();
        }
    }

    /** What the guest may see: its arguments, the granted environment and directories, the process's streams. */
    private WasiConfig grants(Options o, List<String> argv) {
        WasiConfig.Builder wasi = WasiConfig.builder()
                .args(argv)
                .env(o.env)
                .stdin(streams.in())
                .stdout(streams.out())
                .stderr(streams.err());
        for (var dir : o.dirs) {
            wasi.preopen(dir.getKey(), dir.getValue());
        }
        return wasi.build();
    }

    private int execute(PreparedModule prepared, ImportValues imports, MemoryLimit memory, CoreInvoke call) {
        Instance instance = null;
        try {
            instance = prepared.instantiate(imports, memory, false);
            if (call == null) {
                if (!hasExport(instance, "_start")) {
                    throw new WasmhostException(
                            ExitCode.INVALID_MODULE,
                            "the module has no _start export: call one of its exports with --invoke NAME");
                }
                instance.exports().function("_start").apply();
                return 0;
            }
            return invoke(instance, call);
        } catch (WasiExitException exit) {
            return exit.exitCode();
        } catch (RuntimeException | StackOverflowError e) {
            throw memoryLimitHit(instance, memory, GuestExecution.translate(e, prepared.module()));
        }
    }

    private int invoke(Instance instance, CoreInvoke call) {
        if (hasExport(instance, "_initialize")) {
            instance.exports().function("_initialize").apply();
        }
        if (!hasExport(instance, call.function)) {
            throw new WasmhostException(
                    ExitCode.USAGE, "the module has no exported function '" + call.function + "'");
        }
        var type = instance.exportType(call.function);
        long[] args;
        try {
            args = call.lower(type);
        } catch (IllegalArgumentException e) {
            throw new WasmhostException(ExitCode.USAGE, e.getMessage());
        }
        long[] results = instance.exports().function(call.function).apply(args);
        PrintWriter out = spec.commandLine().getOut();
        for (String line : CoreInvoke.lift(type, results == null ? new long[0] : results)) {
            out.println(line);
        }
        out.flush();
        return 0;
    }

    private static boolean hasExport(Instance instance, String name) {
        try {
            return instance.exports().function(name) != null;
        } catch (RuntimeException missing) {
            return false;
        }
    }

    /**
     * A trap while the guest's memory is close to our cap is most likely an allocation the cap
     * refused (malloc returned NULL, then abort), so it is reported as the memory limit. "Close"
     * means less headroom than an eighth of the cap or two pages, whichever is more: Endive gives
     * no hook on a refused memory.grow, so this is a judgement, stated as such in the message.
     */
    private static RuntimeException memoryLimitHit(Instance instance, MemoryLimit memory, RuntimeException failure) {
        if (instance == null || memory == MemoryLimit.UNLIMITED || !(failure instanceof GuestTrap)) {
            return failure;
        }
        try {
            long used = (long) instance.memory().pages() * MemoryLimit.PAGE_SIZE;
            long slack = Math.max(2 * MemoryLimit.PAGE_SIZE, memory.maxBytes() / 8);
            if (used + slack > memory.maxBytes()) {
                return new WasmhostException(
                        ExitCode.MEMORY_LIMIT,
                        "the guest failed with " + used + " bytes of memory, reaching the memory limit of "
                                + memory.maxBytes() + " bytes (" + failure.getMessage()
                                + "): raise --max-memory",
                        failure);
            }
        } catch (RuntimeException noMemory) {
            // a module without memory cannot have hit the limit
        }
        return failure;
    }

    private record Options(EngineKind engine, MemoryLimit memory, Duration timeout,
                           Map<String, String> env, List<Map.Entry<Path, String>> dirs) {}

    private Options options() {
        try {
            EngineKind kind = EngineKind.parse(engine);
            MemoryLimit memory = maxMemory == null ? MemoryLimit.UNLIMITED : new MemoryLimit(Flags.size(maxMemory));
            Duration deadline = timeout == null ? null : Flags.duration(timeout);
            Map<String, String> env = new LinkedHashMap<>();
            for (String e : envs) {
                int eq = e.indexOf('=');
                if (eq == 0) {
                    throw new IllegalArgumentException("invalid --env '" + e + "': use NAME=VALUE or NAME");
                }
                if (eq < 0) {
                    String inherited = System.getenv(e);
                    if (inherited != null) {
                        env.put(e, inherited);
                    }
                } else {
                    env.put(e.substring(0, eq), e.substring(eq + 1));
                }
            }
            List<Map.Entry<Path, String>> dirGrants = new ArrayList<>();
            for (String d : dirs) {
                var grant = Flags.DirGrant.parse(d);
                Path host = Path.of(grant.host());
                if (!Files.isDirectory(host)) {
                    throw new WasmhostException(
                            ExitCode.NOT_FOUND,
                            "--dir " + d + ": '" + grant.host() + "' is not a directory on this host");
                }
                dirGrants.add(Map.entry(host, grant.guest()));
            }
            return new Options(kind, memory, deadline, env, dirGrants);
        } catch (IllegalArgumentException e) {
            throw new WasmhostException(ExitCode.USAGE, e.getMessage() + " (see 'wasmhost help run')");
        }
    }

    private void flush() {
        try {
            streams.out().flush();
            streams.err().flush();
        } catch (IOException ignored) {
            // the reader went away; nothing left to tell it
        }
    }
}
