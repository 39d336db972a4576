package dev.wasmhost.cli;

import picocli.CommandLine;

/** {@code wasmhost --version}: our version and the engine's. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String ours = Wasmhost.class.getPackage().getImplementationVersion();
        return new String[] {
            "wasmhost " + (ours == null ? "development build" : ours),
            "engine: Endive 1.0.0 on Java " + Runtime.version()
        };
    }
}
