package dev.wasmhost.guest.types;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrFunction;
import dev.wasmhost.guest.ir.IrGlobal;
import dev.wasmhost.guest.ir.IrModule;
import dev.wasmhost.guest.ir.IrStmt;
import dev.wasmhost.guest.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Type-checks a program together with the runtime library and lowers both to one {@link IrModule}.
 * Runtime functions and variables are named with an {@code rt.} prefix, which no Python identifier
 * can collide with.
 */
public final class TypeChecker {
    private TypeChecker() {}

    /** One module of the program: its Python name ("__main__" for the main one), file as shown, statements. */
    public record Source(String name, String file, List<Stmt> body) {}

    /** Throws {@link dev.wasmhost.guest.CompileError} at the first error. */
    public static IrModule check(String file, List<Stmt> program, String runtimeFile, List<Stmt> runtime) {
        return check(List.of(new Source("__main__", file, program)), List.of(), runtimeFile, runtime, java.util.Map.of());
    }

    /**
     * Checks a program made of {@code modules} (imported modules in the order their code first runs
     * under CPython's import rules, so each comes after the modules it imports; the main module last)
     * with the builtin classes ({@code builtins}, visible in every module) and the standard-library
     * modules it imports ({@code stdlib}: module name to its parsed source, each compiled with its name
     * as prefix, like the runtime's "rt."). Functions and variables of an imported module {@code
     * pkg.util} are named with the prefix {@code pkg.util.}; the main module's have none.
     */
    public static IrModule check(List<Source> modules, List<Stmt> builtins, String runtimeFile, List<Stmt> runtime,
            java.util.Map<String, List<Stmt>> stdlib) {
        List<IrGlobal> globals = new ArrayList<>();
        List<IrFunction> rt = CheckedRuntime.check(runtimeFile, runtime, globals);
        java.util.Map<String, ModuleChecker> libs = new java.util.HashMap<>();
        List<IrFunction> libFunctions = new ArrayList<>();
        List<IrFunction> libMains = new ArrayList<>();
        for (var lib : stdlib.entrySet()) {
            ModuleChecker checker = new ModuleChecker(runtimeFile + "/" + lib.getKey() + ".py", lib.getKey() + ".", true, globals);
            List<IrFunction> fns = checker.check(lib.getValue());
            libMains.add(fns.get(0));
            libFunctions.addAll(fns);
            libs.put(lib.getKey(), checker);
        }
        ProgramContext program = new ProgramContext(globals);
        ModuleChecker builtinModule = new ModuleChecker(runtimeFile + "/builtins.py", "", false, program);
        builtinModule.renameModuleFunction("builtins.<module>");
        builtinModule.useStdlib(libs); // the builtins may include runtime/files.py, which imports a stdlib module
        List<ModuleChecker> checkers = new ArrayList<>();
        for (Source m : modules) {
            ModuleChecker checker = new ModuleChecker(m.file(), m.name().equals("__main__") ? "" : m.name() + ".", false, program);
            checker.setModuleName(m.name());
            checker.useStdlib(libs);
            program.userModules.put(m.name(), checker);
            checkers.add(checker);
        }
        builtinModule.declareAll(builtins);
        for (int k = 0; k < modules.size(); k++) {
            checkers.get(k).seeBuiltins(builtinModule);
            checkers.get(k).declareAll(modules.get(k).body());
        }
        List<IrFunction> all = new ArrayList<>();
        all.addAll(rt);
        all.addAll(libFunctions);
        all.addAll(builtinModule.checkBodies());
        List<IrFunction> user = List.of();
        for (ModuleChecker checker : checkers) {
            user = checker.checkBodies();
            if (checker != checkers.get(checkers.size() - 1)) {
                all.addAll(user);
            }
        }
        all.addAll(user.subList(1, user.size()));
        all.addAll(builtinModule.dispatchers());
        IrFunction main = user.get(0);
        main.body().add(0, new IrStmt.Eval(new IrExpr.Call(Type.NONE, "builtins.<module>", List.of())));
        for (IrFunction libMain : libMains) {
            main.body().add(0, new IrStmt.Eval(new IrExpr.Call(Type.NONE, libMain.name(), List.of())));
        }
        main.body().add(0, new IrStmt.Eval(new IrExpr.Call(Type.NONE, rt.get(0).name(), List.of())));
        all.forEach(ModuleChecker::finish);
        ModuleChecker.finish(main);
        return new IrModule(all, globals, builtinModule.classes().stream().map(ClassInfo::layout).toList(), main);
    }
}
