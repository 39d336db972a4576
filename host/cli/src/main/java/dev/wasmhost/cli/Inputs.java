package dev.wasmhost.cli;

import dev.wasmhost.runtime.ExitCode;
import dev.wasmhost.runtime.WasmhostException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the files named on the command line, with the one-line errors the CLI documents. */
final class Inputs {
    private Inputs() {}

    static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new WasmhostException(ExitCode.NOT_FOUND, "cannot read '" + path + "': no such file");
        } catch (IOException e) {
            throw new WasmhostException(ExitCode.NOT_FOUND, "cannot read '" + path + "': " + e.getMessage());
        }
    }
}
