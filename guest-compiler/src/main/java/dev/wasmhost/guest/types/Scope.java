package dev.wasmhost.guest.types;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.syntax.Pos;

/** Name resolution and temporaries, as seen by the expression checker. */
interface Scope {
    /** Resolves a variable read, or throws the diagnostic for an unknown or unassigned name. */
    IrExpr read(String name, Pos pos);

    /** A fresh hidden local for evaluating something once. */
    IrLocal temp(Type type);

    /** True when intrinsics (memory access) are allowed: only in the runtime library. */
    boolean intrinsics();

    /** The function called {@code name}, or null if there is none; errors if called before its def. */
    Signature function(String name, Pos pos);

    String file();

    /** The class called {@code name}, or null. */
    ClassInfo classInfo(String name);

    /** The class of a CLASS type (always known once such a value exists). */
    ClassInfo classOfType(Type type);

    /** The function to call for {@code method} on a value whose static class is {@code c} (may dispatch). */
    String methodTarget(ClassInfo c, String method);

    /** The dispatcher for static or class method {@code method} through an instance of {@code c} (taking it first), or null. */
    String classMethodTarget(ClassInfo c, String method);

    /** True if a subclass of {@code c} has {@code method} while {@code c} itself has none. */
    boolean onlySubclassesDefine(ClassInfo c, String method);

    /** The receiver of the method being checked (its first parameter). */
    IrExpr self();

    /** The class whose method is being checked, or null in a plain function. */
    ClassInfo currentClass();

    /** Opens a comprehension scope; names put into the returned map shadow every other name. */
    java.util.Map<String, IrLocal> pushComprehensionScope();

    void popComprehensionScope();

    /** A lambda, typed by the Callable type expected where it stands (null: an error). */
    IrExpr lambda(dev.wasmhost.guest.syntax.Expr.Lambda l, Type expected);

    /** True if {@code name} is a variable here (so calling it calls a function value). */
    boolean isVariable(String name);

    /** The standard-library module imported under {@code name} ("import math"), or null. */
    ModuleChecker module(String name);

    /** The program's standard-library module {@code name}, whether or not this module imports it (else null). */
    ModuleChecker stdlibModule(String name);

    /** A function of the program's builtins prelude (e.g. runtime/files.py when it opens files), or null. */
    Signature builtinFunction(String name);

    /** True in the module's top-level code (where variables are module variables). */
    boolean isModuleLevel();

    /** Lowers loops (also those of comprehensions). */
    ForLowering forLoops();

    /**
     * Adds the "is not None" facts that hold when {@code cond} evaluates to {@code truth} (narrowing
     * optional variables); returns the facts added, for {@link #popFacts}.
     */
    java.util.Set<String> pushFacts(dev.wasmhost.guest.syntax.Expr cond, boolean truth);

    void popFacts(java.util.Set<String> added);

    /** True if {@code e} (a name or a field path such as {@code self.next}) is known not to be None here. */
    boolean knownNotNone(dev.wasmhost.guest.syntax.Expr e);

    /**
     * The class that {@code e} (a name or field path) is known to be an instance of here (after
     * {@code isinstance(e, C)}), or null.
     */
    ClassInfo narrowedClass(dev.wasmhost.guest.syntax.Expr e);

    /** Forgets facts after an assignment to {@code ".field"} of any object. */
    void kill(String nameOrField);
}
