package dev.wasmhost.cli;

import dev.wasmhost.component.binary.Component;
import dev.wasmhost.component.binary.ComponentDecoder;
import dev.wasmhost.component.binary.ComponentFormatException;
import dev.wasmhost.component.binary.WasmBinary;
import dev.wasmhost.component.world.ComponentWorld;
import dev.wasmhost.runtime.ExitCode;
import dev.wasmhost.runtime.WasmhostException;
import java.nio.file.Path;

/** A component read from a file, decoded and validated, for {@code wit print} and {@code inspect}. */
record ComponentInfo(Path path, int size, Component component) {

    static ComponentInfo load(Path path) {
        byte[] bytes = Inputs.read(path);
        return switch (WasmBinary.kind(bytes)) {
            case COMPONENT -> new ComponentInfo(path, bytes.length, decode(path, bytes));
            case CORE_MODULE -> throw new WasmhostException(ExitCode.INVALID_MODULE,
                    "'" + path + "' is a core module, not a component: it has no WIT world (try 'wasmhost inspect')");
            case NOT_WASM -> throw new WasmhostException(ExitCode.INVALID_MODULE,
                    "'" + path + "' is not a WebAssembly binary (no \\0asm header)");
        };
    }

    static Component decode(Path path, byte[] bytes) {
        try {
            return ComponentDecoder.decode(bytes);
        } catch (ComponentFormatException e) {
            throw new WasmhostException(ExitCode.INVALID_MODULE, "'" + path + "' is not a valid component: " + e.getMessage(), e);
        }
    }

    String worldWit() {
        return ComponentWorld.of(component).toWit();
    }
}
