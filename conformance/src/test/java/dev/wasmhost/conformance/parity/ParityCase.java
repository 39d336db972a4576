package dev.wasmhost.conformance.parity;

import java.nio.file.Path;
import java.util.List;

/**
 * One program run the same way under both hosts.
 *
 * @param name shown in test names and PARITY.md
 * @param flags host flags before the file ({@code --env}, {@code --invoke}, ...), without {@code --dir}
 * @param wasm the program
 * @param args guest arguments (passed after {@code --}, so they may look like flags)
 * @param fixtures directories copied fresh into each run's temp dir and granted under their own name
 * @param stdin fed to the guest's stdin
 * @param knownDifference why Node is expected to differ (from the corpus's
 *     {@code node_known_difference.reason}), or null
 */
record ParityCase(String name, List<String> flags, Path wasm, List<String> args, List<Path> fixtures, String stdin,
        String knownDifference) {

    ParityCase(String name, List<String> flags, Path wasm, List<String> args) {
        this(name, flags, wasm, args, List.of(), "", null);
    }
}
