package dev.wasmhost.cli;

import dev.wasmhost.component.binary.Section;
import dev.wasmhost.component.binary.WasmBinary;
import dev.wasmhost.component.world.ComponentWorld;
import dev.wasmhost.runtime.EndiveEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.Export;
import run.endive.wasm.types.ExternalType;
import run.endive.wasm.types.FunctionImport;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.Import;

/** {@code wasmhost inspect}: what a module or component imports and exports. */
@Command(
        name = "inspect",
        description = "Shows what a core module or a component imports and exports (a component's world as WIT).",
        mixinStandardHelpOptions = true)
final class InspectCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE.wasm", description = "The module or component.")
    Path file;

    @Override
    int execute() {
        byte[] bytes = Inputs.read(file);
        if (WasmBinary.kind(bytes) == WasmBinary.Kind.COMPONENT) {
            component(new ComponentInfo(file, bytes.length, ComponentInfo.decode(file, bytes)));
        } else {
            core(bytes);
        }
        out().flush();
        return 0;
    }

    private void component(ComponentInfo info) {
        PrintWriter out = out();
        long modules = info.component().sections().stream().filter(s -> s instanceof Section.CoreModule).count();
        ComponentWorld world = ComponentWorld.of(info.component());
        out.printf("%s: component, %d bytes, %d core module%s at the top level%n",
                file, info.size(), modules, modules == 1 ? "" : "s");
        out.printf("imports (%d):%n", world.imports().size());
        world.imports().forEach(name -> out.println("  " + name));
        out.printf("exports (%d):%n", world.exports().size());
        world.exports().forEach(name -> out.println("  " + name));
        out.println();
        out.print(world.toWit());
    }

    private void core(byte[] bytes) {
        PrintWriter out = out();
        WasmModule module = EndiveEngine.decode(bytes);
        var imports = module.importSection();
        int importedFuncs = imports.count(ExternalType.FUNCTION);
        out.printf("%s: core module, %d bytes, %d function%s defined%n",
                file, bytes.length, module.functionSection().functionCount(),
                module.functionSection().functionCount() == 1 ? "" : "s");
        out.printf("imports (%d):%n", imports.importCount());
        for (int i = 0; i < imports.importCount(); i++) {
            Import imp = imports.getImport(i);
            String what = imp instanceof FunctionImport f
                    ? signature(module.typeSection().getType(f.typeIndex()))
                    : kind(imp.importType());
            out.printf("  %s.%s: %s%n", imp.module(), imp.name(), what);
        }
        var exports = module.exportSection();
        out.printf("exports (%d):%n", exports.exportCount());
        for (int i = 0; i < exports.exportCount(); i++) {
            Export e = exports.getExport(i);
            String what = e.exportType() == ExternalType.FUNCTION
                    ? signature(functionType(module, e.index(), importedFuncs))
                    : kind(e.exportType());
            out.printf("  %s: %s%n", e.name(), what);
        }
    }

    private static FunctionType functionType(WasmModule module, int funcIndex, int importedFuncs) {
        if (funcIndex < importedFuncs) {
            int seen = 0;
            for (int i = 0; i < module.importSection().importCount(); i++) {
                if (module.importSection().getImport(i) instanceof FunctionImport f && seen++ == funcIndex) {
                    return module.typeSection().getType(f.typeIndex());
                }
            }
        }
        return module.functionSection().getFunctionType(funcIndex - importedFuncs, module.typeSection());
    }

    private static String signature(FunctionType type) {
        return "func(" + names(type.params()) + ") -> (" + names(type.returns()) + ")";
    }

    private static String names(List<run.endive.wasm.types.ValType> types) {
        return types.stream().map(t -> t.toString().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
    }

    private static String kind(ExternalType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }
}
