package dev.wasmhost.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The committed kernel binaries (bench/kernels/NAME.wasm), packaged on the class path. */
final class Kernels {
    private Kernels() {}

    static byte[] load(String name) {
        String resource = "/kernels/" + name + ".wasm";
        try (InputStream in = Kernels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "no kernel " + resource + " on the class path: run bench/kernels/build.sh, then rebuild the bench module");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
