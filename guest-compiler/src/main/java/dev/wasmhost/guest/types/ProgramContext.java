package dev.wasmhost.guest.types;

import dev.wasmhost.guest.ir.IrFunction;
import dev.wasmhost.guest.ir.IrGlobal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the modules of one program share while they are checked: the module variables, every class
 * (by name: class names are unique across a program's modules, because method, constructor and
 * layout names are derived from them), the virtual-call dispatchers, and the user modules by name.
 */
final class ProgramContext {
    final List<IrGlobal> globals;
    final Map<String, ClassInfo> classes = new LinkedHashMap<>();
    /** The file of the module that defines each class, for diagnostics. */
    final Map<String, String> classFiles = new HashMap<>();
    final Map<String, IrFunction> dispatchers = new LinkedHashMap<>();
    /** The functions module-level functions become as values ({@code f$value}), made once per program. */
    final Map<String, IrFunction> valueWrappers = new HashMap<>();
    /** The program's own modules by full name ("util", "pkg.sub"), the main one as "__main__". */
    final Map<String, ModuleChecker> userModules = new LinkedHashMap<>();

    ProgramContext(List<IrGlobal> globals) {
        this.globals = globals;
    }

    ProgramContext() {
        this(new ArrayList<>());
    }
}
