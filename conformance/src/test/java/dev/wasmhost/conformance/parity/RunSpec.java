package dev.wasmhost.conformance.parity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a program, made the same way on every host.
 *
 * @param name shown in test names and PARITY.md
 * @param flags host flags before the file ({@code --env}, {@code --invoke}, ...), without {@code --dir}
 * @param wasm the program
 * @param args guest arguments (passed after {@code --}, so they may look like flags)
 * @param fixtures directories copied fresh into each run's temp dir and granted under their own names
 * @param stdin fed to the guest's stdin
 */
record RunSpec(String name, List<String> flags, Path wasm, List<String> args, List<Path> fixtures, String stdin) {

    RunSpec(String name, List<String> flags, Path wasm, List<String> args) {
        this(name, flags, wasm, args, List.of(), "");
    }

    /** The same run of another file (a preview 1 program's component wrapping). */
    RunSpec with(String newName, Path otherWasm) {
        return new RunSpec(newName, flags, otherWasm, args, fixtures, stdin);
    }

    /** {@code FLAGS --dir DIR/F::F... FILE [-- ARGS]}: what follows {@code run} on either host. */
    List<String> line(Path dir) {
        List<String> line = new ArrayList<>(flags);
        for (Path fixture : fixtures) {
            String name = fixture.getFileName().toString();
            line.add("--dir");
            line.add(dir.resolve(name) + "::" + name);
        }
        line.add(wasm.toString());
        if (!args.isEmpty()) {
            line.add("--");
            line.addAll(args);
        }
        return line;
    }
}
