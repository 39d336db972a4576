package dev.wasmhost.cli;

import dev.wasmhost.component.wit.Resolution;
import dev.wasmhost.component.wit.WitException;
import dev.wasmhost.component.wit.WitPrinter;
import dev.wasmhost.component.wit.WitResolver;
import dev.wasmhost.runtime.ExitCode;
import dev.wasmhost.runtime.WasmhostException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wasmhost wit}: works with WIT packages. */
@Command(
        name = "wit",
        description = "Works with WIT (WebAssembly Interface Type) packages.",
        mixinStandardHelpOptions = true,
        subcommands = {WitCommand.Print.class})
final class WitCommand {

    /** {@code wasmhost wit print DIR|FILE.wit|FILE.wasm}. */
    @Command(
            name = "print",
            description = "Resolves a WIT package (a folder with deps/, or one .wit file), or reads a component's"
                    + " world (FILE.wasm), and prints it as canonical WIT text.",
            mixinStandardHelpOptions = true)
    static final class Print extends CliCommand {
        @Parameters(index = "0", paramLabel = "DIR|FILE.wit|FILE.wasm", description = "What to print.")
        Path path;

        @Override
        int execute() {
            if (!Files.exists(path)) {
                throw new WasmhostException(ExitCode.NOT_FOUND, "'" + path + "' does not exist: check the path");
            }
            if (path.toString().endsWith(".wasm")) {
                out().print(ComponentInfo.load(path).worldWit());
                out().flush();
                return 0;
            }
            try {
                Resolution resolution = Files.isDirectory(path)
                        ? WitResolver.resolveDirectory(path)
                        : WitResolver.resolveFile(path);
                out().print(WitPrinter.print(resolution));
                out().flush();
                return 0;
            } catch (WitException e) {
                throw new WasmhostException(ExitCode.INVALID_MODULE, e.getMessage(), e);
            }
        }
    }
}
