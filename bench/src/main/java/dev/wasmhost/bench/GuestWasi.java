package dev.wasmhost.bench;

import dev.wasmhost.capability.wasi.WasiP1;
import dev.wasmhost.capability.wasi.WasiConfig;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import run.endive.runtime.HostFunction;

/** One WASI preview 1 context (wasmhost's own {@link WasiP1}) for one guest run of a benchmark. */
final class GuestWasi implements AutoCloseable {
    private final WasiP1 wasi;

    private GuestWasi(WasiP1 wasi) {
        this.wasi = wasi;
    }

    static GuestWasi create(List<String> argv, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        var config = WasiConfig.builder().args(argv).stdin(stdin).stdout(stdout).stderr(stderr).build();
        return new GuestWasi(WasiP1.create(config));
    }

    /** Which implementation is measured, for reports. */
    static String implementation() {
        return "wasmhost WasiP1";
    }

    HostFunction[] hostFunctions() {
        return wasi.hostFunctions();
    }

    @Override
    public void close() {
        wasi.close();
    }
}
