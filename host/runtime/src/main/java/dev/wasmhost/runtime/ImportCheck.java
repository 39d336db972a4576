package dev.wasmhost.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import run.endive.runtime.ImportFunction;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.ExternalType;
import run.endive.wasm.types.FunctionImport;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.Import;

/**
 * Checks, before instantiation, that the host provides every function a module imports with the
 * right signature, so that the user gets one line naming the import instead of an engine error.
 */
public final class ImportCheck {
    private ImportCheck() {}

    /**
     * @throws WasmhostException with {@link ExitCode#UNRESOLVED_IMPORT} naming the first import
     *     that is missing or mistyped, and how many more there are
     */
    public static void requireResolved(WasmModule module, List<? extends ImportFunction> provided) {
        Map<String, ImportFunction> byName = new HashMap<>();
        for (ImportFunction f : provided) {
            byName.put(f.module() + "\u0000" + f.name(), f);
        }
        List<String> problems = new ArrayList<>();
        var imports = module.importSection();
        for (int i = 0; i < imports.importCount(); i++) {
            Import imp = imports.getImport(i);
            String qualified = imp.module() + "::" + imp.name();
            if (imp.importType() != ExternalType.FUNCTION) {
                problems.add(
                        "unknown import: "
                                + qualified
                                + " ("
                                + imp.importType().name().toLowerCase(java.util.Locale.ROOT)
                                + " imports are not provided by this host)");
                continue;
            }
            ImportFunction f = byName.get(imp.module() + "\u0000" + imp.name());
            FunctionType wanted = module.typeSection().getType(((FunctionImport) imp).typeIndex());
            if (f == null) {
                problems.add("unknown import: " + qualified + " has not been defined");
            } else if (!wanted.equals(f.functionType())) {
                problems.add(
                        "incompatible import type for "
                                + qualified
                                + ": the module expects "
                                + wanted
                                + ", the host provides "
                                + f.functionType());
            }
        }
        if (!problems.isEmpty()) {
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
            throw new WasmhostException(
                    ExitCode.UNRESOLVED_IMPORT,
                    problems.get(0)
                            + more
                            + ": this host provides WASI preview 1 (wasi_snapshot_preview1)"
                            + " to core modules");
        }
    }
}
