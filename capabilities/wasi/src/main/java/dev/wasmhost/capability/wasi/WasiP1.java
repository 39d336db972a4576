package dev.wasmhost.capability.wasi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import run.endive.runtime.HostFunction;

/**
 * WASI preview 1 ({@code wasi_snapshot_preview1}) for one guest instance: every function of the
 * module, answering with an errno and never trapping (except {@code proc_exit}, which throws
 * {@link run.endive.wasi.WasiExitException} carrying the exit code).
 *
 * <pre>{@code
 * try (WasiP1 wasi = WasiP1.create(config)) {
 *     ImportValues imports = ImportValues.builder().addFunction(wasi.hostFunctions()).build();
 *     Instance.builder(module).withImportValues(imports).build();   // runs _start
 * } catch (WasiExitException exit) {
 *     status = exit.exitCode();
 * }
 * }</pre>
 *
 * <p>File access is confined to the preopened directories (see {@link WasiConfig}); stdout and
 * stderr are written through and flushed on every fd_write; stdin is read on demand.
 */
public final class WasiP1 implements AutoCloseable {
    private final FdTable fds = new FdTable();
    private final HostFunction[] functions;

    private WasiP1(WasiConfig config) {
        fds.add(new Descriptor.Input(config.stdin()));
        fds.add(new Descriptor.Output(config.stdout()));
        fds.add(new Descriptor.Output(config.stderr()));
        for (Map.Entry<Path, String> preopen : config.preopens()) {
            fds.add(new Descriptor.Directory(Location.of(root(preopen.getKey())), preopen.getValue()));
        }
        HostCall calls = new HostCall();
        new ProcFunctions(config).register(calls);
        new FdFunctions(fds).register(calls);
        new FdIoFunctions(fds).register(calls);
        PathFunctions paths = new PathFunctions(fds);
        paths.register(calls);
        new PathOpen(fds, paths).register(calls);
        new PollFunctions(fds).register(calls);
        new SocketFunctions(fds).register(calls);
        List<HostFunction> all = calls.functions();
        this.functions = all.toArray(HostFunction[]::new);
    }

    /**
     * Builds the host side of one guest.
     *
     * @throws IllegalArgumentException when a preopened directory does not exist
     */
    public static WasiP1 create(WasiConfig config) {
        return new WasiP1(config);
    }

    /** All 46 functions of {@code wasi_snapshot_preview1}, to pass to Endive's ImportValues. */
    public HostFunction[] hostFunctions() {
        return functions.clone();
    }

    /** Closes every file and directory the guest still holds (not the configured streams). */
    @Override
    public void close() {
        fds.closeAll();
    }

    private static Path root(Path host) {
        try {
            Path real = host.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new IllegalArgumentException("preopen '" + host + "' is not a directory: grant a directory");
            }
            return real;
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "preopen '" + host + "' cannot be opened (" + e.getMessage() + "): grant an existing directory");
        }
    }
}
