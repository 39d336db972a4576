package dev.wasmhost.guest.types;

import dev.wasmhost.guest.ir.IrFunction;
import dev.wasmhost.guest.ir.IrGlobal;
import dev.wasmhost.guest.syntax.Stmt;
import java.util.List;

/**
 * The runtime library, checked and lowered once: its checker sees nothing of the program, so as long
 * as its parsed statements are the same objects (the compiler parses the library once per class
 * loader), the IR is the same too. Checking it again for every compilation was about a third of the
 * compile time. The cached functions are finished before they are shared, and nothing downstream
 * changes them.
 */
final class CheckedRuntime {
    private record Entry(String file, List<Stmt> source, List<IrFunction> functions, List<IrGlobal> globals) {}

    private static volatile Entry last;

    private CheckedRuntime() {}

    /** The runtime's functions; its module variables are appended to {@code globals}, which must be empty. */
    static List<IrFunction> check(String file, List<Stmt> runtime, List<IrGlobal> globals) {
        if (!globals.isEmpty()) {
            throw new IllegalStateException("the runtime library's variables come first");
        }
        Entry e = last;
        if (e == null || !e.file().equals(file) || !sameStatements(e.source(), runtime)) {
            List<IrFunction> functions = new ModuleChecker(file, "rt.", true, globals).check(runtime);
            functions.forEach(ModuleChecker::finish);
            e = new Entry(file, List.copyOf(runtime), List.copyOf(functions), List.copyOf(globals));
            last = e;
            return functions;
        }
        globals.addAll(e.globals());
        return new java.util.ArrayList<>(e.functions());
    }

    private static boolean sameStatements(List<Stmt> a, List<Stmt> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (a.get(k) != b.get(k)) {
                return false;
            }
        }
        return true;
    }
}
