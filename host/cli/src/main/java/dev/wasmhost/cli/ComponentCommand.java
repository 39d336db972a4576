package dev.wasmhost.cli;

import dev.wasmhost.component.build.ComponentBuildException;
import dev.wasmhost.component.build.ComponentBuilder;
import dev.wasmhost.component.wit.Resolution;
import dev.wasmhost.component.wit.WitException;
import dev.wasmhost.component.wit.WitResolver;
import dev.wasmhost.component.wit.World;
import dev.wasmhost.runtime.ExitCode;
import dev.wasmhost.runtime.WasmhostException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wasmhost component}: works with component binaries. */
@Command(
        name = "component",
        description = "Works with WebAssembly component binaries.",
        mixinStandardHelpOptions = true,
        subcommands = {ComponentCommand.New.class})
final class ComponentCommand {

    /** {@code wasmhost component new CORE.wasm --wit DIR [--world NAME] -o OUT.wasm}. */
    @Command(
            name = "new",
            description = "Makes a component from a core module whose imports and exports follow the component"
                    + " model's core naming convention (as wasm-tools component new does).",
            sortOptions = false,
            mixinStandardHelpOptions = true)
    static final class New extends CliCommand {
        @Parameters(index = "0", paramLabel = "CORE.wasm", description = "The core module.")
        Path module;

        @Option(names = "--wit", paramLabel = "DIR|FILE.wit", required = true,
                description = "The WIT package that defines the world (a folder with deps/, or one file).")
        Path wit;

        @Option(names = "--world", paramLabel = "NAME",
                description = "The world the module targets (default: the package's only world).")
        String worldName;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT.wasm", required = true,
                description = "Where to write the component.")
        Path output;

        @Override
        int execute() {
            byte[] core = Inputs.read(module);
            World world = world();
            byte[] component;
            try {
                component = ComponentBuilder.wrap(core, world);
            } catch (ComponentBuildException e) {
                throw new WasmhostException(ExitCode.INVALID_MODULE, "cannot make a component of '" + module + "': "
                        + e.getMessage(), e);
            }
            try {
                Files.write(output, component);
            } catch (IOException e) {
                throw new WasmhostException(ExitCode.CANNOT_CREATE, "cannot write '" + output + "': " + e.getMessage(), e);
            }
            return 0;
        }

        private World world() {
            if (!Files.exists(wit)) {
                throw new WasmhostException(ExitCode.NOT_FOUND, "'" + wit + "' does not exist: check the --wit path");
            }
            Resolution resolution;
            try {
                resolution = Files.isDirectory(wit) ? WitResolver.resolveDirectory(wit) : WitResolver.resolveFile(wit);
            } catch (WitException e) {
                throw new WasmhostException(ExitCode.INVALID_MODULE, e.getMessage(), e);
            }
            var worlds = resolution.root().worlds();
            if (worldName == null) {
                if (worlds.size() != 1) {
                    throw new WasmhostException(ExitCode.USAGE, "package " + resolution.root().name().namespace() + ":"
                            + resolution.root().name().name() + " has " + worlds.size() + " worlds " + worlds.keySet()
                            + ": pick one with --world");
                }
                return worlds.values().iterator().next();
            }
            World world = worlds.get(worldName);
            if (world == null) {
                throw new WasmhostException(ExitCode.USAGE, "no world '" + worldName + "' in the package; it has "
                        + worlds.keySet());
            }
            return world;
        }
    }
}
