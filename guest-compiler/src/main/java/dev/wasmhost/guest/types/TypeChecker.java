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
        List<IrGlobal> globals = new ArrayList<>();
        List<IrFunction> rt = new ModuleChecker(runtimeFile, "rt.", true, globals).check(runtime);
        ModuleChecker userModule = new ModuleChecker(file, "", false, globals);
        List<IrFunction> user = userModule.check(program);
        List<IrFunction> all = new ArrayList<>();
        all.addAll(rt);
        all.addAll(user.subList(1, user.size()));
        IrFunction main = user.get(0);
        main.body().add(0, new IrStmt.Eval(new IrExpr.Call(Type.NONE, rt.get(0).name(), List.of())));
        all.forEach(ModuleChecker::finish);
        ModuleChecker.finish(main);
        return new IrModule(all, globals, userModule.classes().stream().map(ClassInfo::layout).toList(), main);
    }
}
