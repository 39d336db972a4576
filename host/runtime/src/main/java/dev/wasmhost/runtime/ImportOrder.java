package dev.wasmhost.runtime;

import java.util.HashMap;
import java.util.Map;
import run.endive.runtime.ImportFunction;
import run.endive.runtime.ImportValues;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.ExternalType;
import run.endive.wasm.types.Import;

/**
 * Puts a host's function imports in the order the module imports them, keeping only those it
 * imports. Endive matches each import against every host function by name, and a WASI context
 * offers dozens, so handing it exactly the module's imports, in order, makes linking linear:
 * most of the cost of instantiating a small module. Worked out once per module.
 */
final class ImportOrder {
    /** module name, then field name, to the position among the module's function imports. */
    private final Map<String, Map<String, Integer>> positions;
    private final int functionImports;
    /** Whether this order can be used: only function imports, none imported twice. */
    private final boolean usable;

    /**
     * The last host's function names (the very String objects) and where each import was found.
     * A host that builds its functions the same way every time (a WASI context) offers the same
     * names in the same order, so the next arrangement is a reference comparison per function.
     */
    private record Memo(String[] modules, String[] names, int[] picks) {}

    private volatile Memo memo;

    ImportOrder(WasmModule module) {
        var section = module.importSection();
        Map<String, Map<String, Integer>> byName = new HashMap<>();
        boolean ok = true;
        int functions = 0;
        for (int i = 0; i < section.importCount(); i++) {
            Import imp = section.getImport(i);
            if (imp.importType() != ExternalType.FUNCTION) {
                ok = false;
                break;
            }
            var previous =
                    byName.computeIfAbsent(imp.module(), m -> new HashMap<>())
                            .putIfAbsent(imp.name(), functions++);
            if (previous != null) {
                ok = false;
                break;
            }
        }
        this.positions = byName;
        this.functionImports = functions;
        this.usable = ok;
    }

    /**
     * The host's imports reduced to the module's, in its order; the host's own when they cannot
     * be (other kinds of import, a name offered twice, a missing import): then Endive links them
     * itself and reports what is wrong.
     */
    ImportValues arrange(ImportValues host) {
        if (!usable
                || host.globalCount() + host.memoryCount() + host.tableCount() + host.tagCount()
                        > 0) {
            return host;
        }
        var ordered = new ImportFunction[functionImports];
        Memo last = memo;
        if (last != null && sameNames(last, host)) {
            for (int k = 0; k < functionImports; k++) {
                ordered[k] = host.function(last.picks[k]);
            }
            return ImportValues.builder().addFunction(ordered).build();
        }
        int[] picks = new int[functionImports];
        int found = 0;
        for (int j = 0; j < host.functionCount(); j++) {
            ImportFunction f = host.function(j);
            var names = positions.get(f.module());
            Integer at = names == null ? null : names.get(f.name());
            if (at == null) {
                continue;
            }
            if (ordered[at] != null) {
                return host; // offered twice: Endive picks by signature
            }
            ordered[at] = f;
            picks[at] = j;
            found++;
        }
        if (found != functionImports) {
            return host;
        }
        memo = remember(host, picks);
        return ImportValues.builder().addFunction(ordered).build();
    }

    private static Memo remember(ImportValues host, int[] picks) {
        int n = host.functionCount();
        var modules = new String[n];
        var names = new String[n];
        for (int j = 0; j < n; j++) {
            modules[j] = host.function(j).module();
            names[j] = host.function(j).name();
        }
        return new Memo(modules, names, picks);
    }

    private static boolean sameNames(Memo memo, ImportValues host) {
        int n = host.functionCount();
        if (n != memo.names.length) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            var f = host.function(j);
            if (f.module() != memo.modules[j] || f.name() != memo.names[j]) {
                return false;
            }
        }
        return true;
    }
}
