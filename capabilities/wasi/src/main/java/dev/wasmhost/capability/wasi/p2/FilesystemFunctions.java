package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/** wasi:filesystem/preopens and the registration of wasi:filesystem/types. */
final class FilesystemFunctions {
    private FilesystemFunctions() {}

    /** @throws IllegalArgumentException when a configured preopen is not an existing directory */
    static void register(Host host, Registry r) {
        List<Map.Entry<FsLocation, String>> preopens = new ArrayList<>();
        for (Map.Entry<Path, String> p : host.config.preopens()) {
            preopens.add(Map.entry(new FsLocation(realDirectory(p.getKey()), List.of()), p.getValue()));
        }
        r.add("wasi:filesystem/preopens", "get-directories", a -> {
            List<Value> out = new ArrayList<>();
            for (Map.Entry<FsLocation, String> p : preopens) {
                BitSet all = new BitSet();
                all.set(Descriptor.READ);
                all.set(Descriptor.MUTATE_DIRECTORY);
                // Each call hands out fresh descriptors; dropping one leaves the others usable.
                Value dir = host.own(host.descriptor, Descriptor.directory(p.getKey(), all));
                out.add(Values.tuple(dir, Values.string(p.getValue())));
            }
            return new Value.ListValue(out);
        });
        r.add("wasi:filesystem/types", "filesystem-error-code", a -> {
            IoError e = host.require(host.error, Values.repArg(a, 0), IoError.class);
            return e.errorCode() < 0 ? Values.none() : Values.some(Values.enumCase(e.errorCode()));
        });
        DescriptorFunctions.register(host, r);
        PathFunctions.register(host, r);
    }

    private static Path realDirectory(Path dir) {
        try {
            Path real = dir.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new IllegalArgumentException("preopen " + dir + " is not a directory: grant a directory");
            }
            return real;
        } catch (IOException e) {
            throw new IllegalArgumentException("preopen " + dir + " cannot be opened (" + IoFunctions.message(e)
                    + "): grant an existing directory");
        }
    }
}
