package dev.wasmhost.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One in-process run of the CLI, with its captured output. */
record CliRun(int status, String stdout, String stderr) {

    static CliRun of(String... args) {
        return withStdin("", args);
    }

    static CliRun withStdin(String stdin, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Wasmhost.execute(
                args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A test guest built by src/test/resources/wasm/build.sh. */
    static String guest(String name) {
        try {
            return Path.of(CliRun.class.getResource("/wasm/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
