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

    /** Throws {@link dev.wasmhost.guest.CompileError} at the first error. */
    public static IrModule check(String file, List<Stmt> program, String runtimeFile, List<Stmt> runtime) {
        return check(file, program, runtimeFile, runtime, java.util.Map.of());
    }

    /**
     * Also checks the standard-library modules the program imports ({@code stdlib}: module name to
     * its parsed source, each compiled with its name as prefix, like the runtime's "rt.").
     */
    public static IrModule check(String file, List<Stmt> program, String runtimeFile, List<Stmt> runtime,
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
        ModuleChecker userModule = new ModuleChecker(file, "", false, globals);
        userModule.useStdlib(libs);
        List<IrFunction> user = userModule.check(program);
        List<IrFunction> all = new ArrayList<>();
        all.addAll(rt);
        all.addAll(libFunctions);
        all.addAll(user.subList(1, user.size()));
        IrFunction main = user.get(0);
        for (IrFunction libMain : libMains) {
            main.body().add(0, new IrStmt.Eval(new IrExpr.Call(Type.NONE, libMain.name(), List.of())));
        }
        main.body().add(0, new IrStmt.Eval(new IrExpr.Call(Type.NONE, rt.get(0).name(), List.of())));
        all.forEach(ModuleChecker::finish);
        ModuleChecker.finish(main);
        return new IrModule(all, globals, userModule.classes().stream().map(ClassInfo::layout).toList(), main);
    }
}
