package dev.wasmhost.guest.types;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrFunction;
import dev.wasmhost.guest.ir.IrGlobal;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrStmt;
import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Pos;
import dev.wasmhost.guest.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks one source file: collects signatures, then types module-level code and each function. */
final class ModuleChecker {
    private final String file;
    private final String prefix;
    private final boolean intrinsics;
    private final List<IrGlobal> allGlobals;
    private final TypeResolver types;
    private final Map<String, Signature> signatures = new LinkedHashMap<>();
    private final Map<String, IrFunction> functions = new LinkedHashMap<>();
    private final Map<String, Integer> defLines = new HashMap<>();
    private final Map<String, IrGlobal> globals = new HashMap<>();
    private final Map<String, ClassInfo> classes = new LinkedHashMap<>();
    private final Map<String, IrFunction> methodFunctions = new LinkedHashMap<>();
    private final List<IrFunction> constructors = new ArrayList<>();
    private final Map<String, IrFunction> dispatchers;
    /** The classes this file defines (classes also holds the builtin and imported ones it sees). */
    private final List<ClassInfo> ownClasses = new ArrayList<>();
    private final ProgramContext program;
    /** The module's name as Python knows it ("__main__", "util", "pkg.sub"; stdlib "math"). */
    private String moduleName;
    /** For the program's own modules but the main one: set when its code starts, so it runs once. */
    private IrGlobal loadedFlag;
    private final java.util.Set<Stmt.Import> topLevelImports = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Names bound by imports of the program's own modules, checked once that module's code has run. */
    private final Map<String, ModuleChecker> importedClasses = new HashMap<>();
    private List<Stmt> body;
    private IrFunction moduleFunction;

    /** Standard-library modules this program may import, by name (checked before it). */
    private Map<String, ModuleChecker> stdlib = Map.of();
    private final Map<String, ModuleChecker> importedModules = new HashMap<>();
    private final Map<String, ModuleChecker> importedNames = new HashMap<>();

    void useStdlib(Map<String, ModuleChecker> modules) {
        this.stdlib = modules;
    }

    /** A standard-library module of the program, imported here or not (null when the program has none of that name). */
    ModuleChecker stdlibModule(String name) {
        return stdlib.get(name);
    }

    ModuleChecker importedModule(String name) {
        return importedModules.get(name);
    }

    Signature importedSignature(String name) {
        ModuleChecker m = importedNames.get(name);
        return m == null ? null : m.signature(name);
    }

    IrGlobal importedGlobal(String name) {
        ModuleChecker m = importedNames.get(name);
        if (m == null || m == this) {
            return null;
        }
        return m.global(name) != null ? m.global(name) : m.importedGlobal(name);
    }

    ModuleChecker(String file, String prefix, boolean intrinsics, List<IrGlobal> allGlobals) {
        this(file, prefix, intrinsics, new ProgramContext(allGlobals));
    }

    ModuleChecker(String file, String prefix, boolean intrinsics, ProgramContext program) {
        this.file = file;
        this.prefix = prefix;
        this.intrinsics = intrinsics;
        this.program = program;
        this.allGlobals = program.globals;
        this.dispatchers = program.dispatchers;
        this.types = new TypeResolver(file, classes);
        this.types.qualified = this::qualifiedClass;
        this.moduleName = prefix.isEmpty() ? "__main__" : prefix.substring(0, prefix.length() - 1);
    }

    /** Names this checker's module ({@code __name__}) and, for an imported module of the program, its run-once flag. */
    void setModuleName(String name) {
        this.moduleName = name;
        if (!name.equals("__main__")) {
            loadedFlag = newGlobal("$loaded", Type.BOOL);
        }
    }

    String moduleName() {
        return moduleName;
    }

    private ModuleChecker builtinModule;

    /** A function of the builtins (the runtime's Python prelude, e.g. runtime/files.py), or null. */
    Signature builtinFunction(String name) {
        return builtinModule == null ? null : builtinModule.signature(name);
    }

    /** Makes the builtin classes (exceptions, Enum) visible in this module. */
    void seeBuiltins(ModuleChecker builtins) {
        this.builtinModule = builtins;
        for (ClassInfo c : builtins.ownClasses) {
            classes.put(c.name, c);
        }
    }

    /** Returns the functions of this file; the first is its module-level code. */
    List<IrFunction> check(List<Stmt> module) {
        declareAll(module);
        return checkBodies();
    }

    /**
     * First pass: imports, classes, members and function signatures. Every module of a program is
     * declared (in import order) before any body is checked, so that virtual calls and except
     * clauses know every subclass.
     */
    void declareAll(List<Stmt> module) {
        this.body = module;
        for (Stmt s : module) {
            if (s instanceof Stmt.Import imp) {
                topLevelImports.add(imp);
                importModule(imp);
            }
        }
        for (Stmt s : module) {
            if (s instanceof Stmt.ClassDef c) {
                declareClass(c);
            }
        }
        for (ClassInfo c : ownClasses) {
            declareMembers(c);
        }
        List<Stmt.FunctionDef> sorts = new ArrayList<>();
        for (ClassInfo c : ownClasses) {
            Stmt.FunctionDef sort = sortFunction(c);
            if (sort != null) {
                sorts.add(sort);
                c.sortFunction = prefix + sort.name();
            }
        }
        if (!sorts.isEmpty()) {
            module = new ArrayList<>(module);
            module.addAll(sorts);
            this.body = module;
        }
        for (Stmt s : module) {
            if (s instanceof Stmt.FunctionDef f) {
                if (classes.containsKey(f.name())) {
                    throw Errors.at(file, f.pos(), "Name \"" + f.name() + "\" already defined (a class)");
                }
                declare(f);
            }
        }
        moduleFunction = new IrFunction(moduleFunctionName != null ? moduleFunctionName : prefix + "<module>", List.of(), Type.NONE);
    }

    private String moduleFunctionName;

    /** Names the module-level code's function other than PREFIX.&lt;module&gt; (the builtins share the main module's empty prefix). */
    void renameModuleFunction(String name) {
        this.moduleFunctionName = name;
    }

    /** Second pass: the module-level code, then every function and method; the first function returned is the module's code. */
    List<IrFunction> checkBodies() {
        List<Stmt> module = body;
        IrFunction main = moduleFunction;
        for (var e : importedNames.entrySet()) {
            ModuleChecker from = e.getValue();
            if (from.loadedFlag != null && from.signature(e.getKey()) == null && from.global(e.getKey()) == null
                    && from.importedGlobal(e.getKey()) == null) {
                throw Errors.at(file, importPositions.get(e.getKey()), "Module \"" + from.moduleName + "\" has no attribute \"" + e.getKey() + "\"");
            }
            if (from.loadedFlag != null && from.global(e.getKey()) != null && from.reassigned.contains(e.getKey())) {
                // CPython binds the value the variable has at the import; here the name would follow later assignments
                throw Errors.unsupported(file, importPositions.get(e.getKey()), "from " + from.moduleName + " import " + e.getKey()
                        + ", a variable that functions of " + from.moduleName + " assign (read it as " + from.moduleName + "." + e.getKey() + ")");
            }
        }
        if (loadedFlag != null) {
            // an imported module's code runs once, on its first import (as in CPython's sys.modules)
            main.body().add(new IrStmt.If(new IrExpr.Global(loadedFlag, false), List.of(new IrStmt.Return(null)), List.of()));
            main.body().add(new IrStmt.SetGlobal(loadedFlag, new IrExpr.Const(Type.BOOL, true)));
        }
        // defs stay in the module-level body, in order, so a call before its def is reported
        main.setSource(file, 1);
        new FunctionChecker(this, main, true, module).checkBody(module);
        List<IrFunction> out = new ArrayList<>();
        out.add(main);
        for (Stmt s : module) {
            if (s instanceof Stmt.FunctionDef f) {
                IrFunction fn = functions.get(f.name());
                fn.setSource(file, f.pos().line());
                new FunctionChecker(this, fn, false, f.body()).checkBody(f.body());
                if (fn.returnType() != Type.NONE && !Flow.alwaysReturns(f.body())) {
                    throw Errors.at(file, f.pos(), "Missing return statement");
                }
                out.add(fn);
            }
        }
        for (ClassInfo c : ownClasses) {
            for (Stmt.FunctionDef m : c.def.methods()) {
                if ("classmethod".equals(m.decorator())) {
                    continue; // below, with the inherited ones
                }
                boolean isSetter = m.decorator() != null && m.decorator().endsWith(".setter");
                IrFunction fn = methodFunctions.get(c.qualifier + c.name + "." + m.name() + (isSetter ? "$set" : ""));
                fn.setSource(file, m.pos().line());
                FunctionChecker checker = new FunctionChecker(this, fn, false, m.body(), c);
                checker.withoutSelf = "staticmethod".equals(m.decorator());
                checker.checkBody(m.body());
                if (fn.returnType() != Type.NONE && !Flow.alwaysReturns(m.body())) {
                    throw Errors.at(file, m.pos(), "Missing return statement");
                }
                out.add(fn);
            }
            // each class method once per class that has it, with cls that class
            for (var e : c.classMethodDefs.entrySet()) {
                Stmt.FunctionDef m = e.getValue();
                IrFunction fn = methodFunctions.get(c.classMethods.get(e.getKey()).irName());
                fn.setSource(file, m.pos().line());
                FunctionChecker checker = new FunctionChecker(this, fn, false, m.body(), c);
                checker.withoutSelf = true;
                checker.clsName = m.params().get(0).name();
                try {
                    checker.checkBody(m.body());
                } catch (dev.wasmhost.guest.CompileError err) {
                    if (c.classMethodOwners.get(e.getKey()) == c) {
                        throw err;
                    }
                    dev.wasmhost.guest.Diagnostic d = err.diagnostic();
                    throw new dev.wasmhost.guest.CompileError(new dev.wasmhost.guest.Diagnostic(d.file(), d.line(), d.column(),
                            d.message() + " (where " + checker.clsName + " is subclass \"" + c.name + "\", which inherits @classmethod \""
                            + e.getKey() + "\": it is checked for each class that has it)"));
                }
                if (fn.returnType() != Type.NONE && !Flow.alwaysReturns(m.body())) {
                    throw Errors.at(file, m.pos(), "Missing return statement");
                }
                out.add(fn);
            }
        }
        out.addAll(constructors);
        out.addAll(extraFunctions);
        return out;
    }

    /**
     * The function a call of {@code method} on a value of static class {@code c} must call: the
     * implementation itself, or, if a subclass overrides it, a dispatcher that picks the
     * implementation by the instance's exact class.
     */
    String methodTarget(ClassInfo c, String method) {
        Signature sig = c.methods.get(method);
        List<ClassInfo> overriding = overriders(c, sig, d -> d.methods.get(method));
        if (overriding.isEmpty() || method.equals("__init__") || method.equals("__eq__")) {
            return sig.irName();
        }
        String name = c.qualifier + c.name + "." + method + "$virtual";
        if (!dispatchers.containsKey(name)) {
            List<IrLocal> params = new ArrayList<>();
            params.add(new IrLocal(0, "self", c.type));
            params.addAll(copyParams(sig, 1));
            IrFunction fn = new IrFunction(name, params, sig.returnType());
            List<IrExpr> args = params.stream().map(p -> (IrExpr) new IrExpr.Local(p)).toList();
            dispatch(fn, params.get(0), overriding, d -> d.methods.get(method), args);
            fn.body().addAll(callAndReturn(sig, args));
            dispatchers.put(name, fn);
        }
        return name;
    }

    private static List<IrStmt> callAndReturn(Signature impl, List<IrExpr> args) {
        IrExpr call = new IrExpr.Call(impl.returnType(), impl.irName(), args);
        if (impl.returnType() == Type.NONE) {
            return List.of(new IrStmt.Eval(call), new IrStmt.Return(null));
        }
        return List.of(new IrStmt.Return(call));
    }

    /** Every class of the program (all modules, builtins first). */
    List<ClassInfo> classes() {
        return List.copyOf(program.classes.values());
    }

    /** The virtual-call dispatchers made while checking the program's modules. */
    List<IrFunction> dispatchers() {
        return List.copyOf(dispatchers.values());
    }

    /** A class of the program by its (unique) name, whichever module defines it. */
    ClassInfo anyClass(String name) {
        return program.classes.get(name);
    }

    /** True if {@code name} is a class this module defines or imports by name (so its statement must run first). */
    boolean classNeedsDefinition(String name) {
        ClassInfo c = classes.get(name);
        return c != null && (ownClasses.contains(c) || importedClasses.containsKey(name));
    }

    ClassInfo classInfo(String name) {
        return classes.get(name);
    }

    private void declareClass(Stmt.ClassDef c) {
        if (c.name().equals("rt")) {
            throw Errors.unsupported(file, c.pos(), "a class named \"rt\" (the name is reserved for the runtime library)");
        }
        if (importedClasses.containsKey(c.name()) || importedNames.containsKey(c.name()) || importedModules.containsKey(c.name())) {
            throw Errors.unsupported(file, c.pos(), "a class named \"" + c.name() + "\" like a name this module imports");
        }
        if (classes.containsKey(c.name())) {
            throw Errors.at(file, c.pos(), "Name \"" + c.name() + "\" already defined on line " + classes.get(c.name()).def.pos().line());
        }
        if (program.classes.containsKey(c.name())) {
            throw Errors.unsupported(file, c.pos(), "a class named \"" + c.name() + "\" in two modules (also in "
                    + program.classFiles.get(c.name()) + "; class names must be unique across a program's modules)");
        }
        if (program.userModules.keySet().stream().anyMatch(m -> m.split("\\.")[0].equals(c.name()))) {
            throw Errors.unsupported(file, c.pos(), "a class named like the module \"" + c.name() + "\"");
        }
        ClassInfo base = null;
        String baseName = c.base();
        if ("enum.Enum".equals(baseName) && types.typingNames.contains("enum")) {
            baseName = "Enum";
        } else if ("Enum".equals(baseName) && !types.typingNames.contains("Enum")) {
            throw Errors.at(file, c.pos(), "Name \"Enum\" is not defined");
        }
        if (baseName != null) {
            base = classes.get(baseName);
            if (base == null || baseName.contains(".")) {
                throw Errors.at(file, c.pos(), c.base().equals("object") ? "unsupported feature: explicit object base"
                        : "Name \"" + c.base() + "\" is not defined");
            }
        }
        ClassInfo info = new ClassInfo(c.name(), base, c);
        info.qualifier = prefix;
        for (String d : c.decorators()) {
            boolean imported = d.equals("dataclass") && types.typingNames.contains("dataclass")
                    || d.equals("dataclasses.dataclass") && types.typingNames.contains("dataclasses");
            if (!imported) {
                throw d.equals("dataclass") || d.equals("dataclasses.dataclass")
                        ? Errors.at(file, c.pos(), "Name \"" + d.split("\\.")[0] + "\" is not defined")
                        : Errors.unsupported(file, c.pos(), "decorator @" + d + " (only @dataclass)");
            }
            info.dataclass = true;
        }
        info.isEnum = base != null && base.name.equals("Enum") && base.base == null;
        if (info.isEnum && info.dataclass) {
            throw Errors.unsupported(file, c.pos(), "a dataclass that is an enum");
        }
        if (base != null && base.isEnum) {
            throw Errors.at(file, c.pos(), "Cannot extend enum with existing members: \"" + base.name + "\"");
        }
        classes.put(c.name(), info);
        ownClasses.add(info);
        program.classes.put(c.name(), info);
        program.classFiles.put(c.name(), file);
    }

    /**
     * Fields that {@code __init__} declares, as mypy reads them: {@code self.x: T = v} (also without a
     * value), and {@code self.x = v} for an x not declared yet, whose type is read off v: an annotated
     * parameter of __init__, a literal, or a constructor call of a class; anything else needs an
     * annotation. In the order they appear (any depth of if/for/while/try/with), after the class
     * body's annotated fields.
     */
    private void declareInitFields(ClassInfo c) {
        Stmt.FunctionDef init = c.def.methods().stream().filter(m -> m.name().equals("__init__") && m.decorator() == null)
                .findFirst().orElse(null);
        if (init == null || init.params().isEmpty()) {
            return;
        }
        initFields(c, init, init.params().get(0).name(), init.body());
    }

    private void initFields(ClassInfo c, Stmt.FunctionDef init, String self, List<Stmt> body) {
        for (Stmt st : body) {
            switch (st) {
                case Stmt.AnnAssign a when selfField(a.target(), self) != null -> {
                    String name = selfField(a.target(), self);
                    Type t = types.resolve(a.annotation());
                    int at = c.field(name);
                    if (at >= 0) {
                        if (!c.fieldTypes.get(at).equals(t)) {
                            throw Errors.at(file, a.pos(), "Incompatible types in assignment (attribute \"" + name
                                    + "\" is declared with type \"" + c.fieldTypes.get(at) + "\")");
                        }
                    } else {
                        addInitField(c, a.pos(), name, t, a.annotation());
                    }
                }
                case Stmt.Assign a when a.targets().size() == 1 && selfField(a.targets().get(0), self) != null -> {
                    String name = selfField(a.targets().get(0), self);
                    if (c.field(name) < 0 && !c.methods.containsKey(ClassInfo.setter(name))
                            && c.def.methods().stream().noneMatch(m -> m.name().equals(name) && "property".equals(m.decorator()))) {
                        Expr annotation = inferredAnnotation(init, a.value());
                        if (annotation == null) {
                            throw Errors.at(file, a.pos(), "Need type annotation for \"" + name + "\" (hint: \"self." + name
                                    + ": <type> = ...\", or \"" + name + ": <type>\" in the class body)");
                        }
                        addInitField(c, a.pos(), name, types.resolve(annotation), annotation);
                    }
                }
                case Stmt.If i -> {
                    initFields(c, init, self, i.body());
                    initFields(c, init, self, i.orelse());
                }
                case Stmt.For f -> {
                    initFields(c, init, self, f.body());
                    initFields(c, init, self, f.orelse());
                }
                case Stmt.While w -> {
                    initFields(c, init, self, w.body());
                    initFields(c, init, self, w.orelse());
                }
                case Stmt.Try t -> {
                    initFields(c, init, self, t.body());
                    for (Stmt.Handler h : t.handlers()) {
                        initFields(c, init, self, h.body());
                    }
                    initFields(c, init, self, t.orelse());
                    initFields(c, init, self, t.finalbody());
                }
                case Stmt.With w -> initFields(c, init, self, w.body());
                default -> { }
            }
        }
    }

    private void addInitField(ClassInfo c, Pos pos, String name, Type t, Expr annotation) {
        if (t == Type.NONE) {
            throw Errors.unsupported(file, pos, "fields of type None");
        }
        c.fieldNames.add(name);
        c.fieldTypes.add(t);
        c.fieldAnnotations.add(annotation);
        c.fieldDefaults.add(null);
    }

    /** The field name of {@code self.name}, else null. */
    private static String selfField(Expr target, String self) {
        return target instanceof Expr.Attribute attr && attr.target() instanceof Expr.Name n && n.id().equals(self) ? attr.name() : null;
    }

    /** The annotation that types {@code value} in __init__ for an unannotated field, or null when it cannot be read off. */
    private Expr inferredAnnotation(Stmt.FunctionDef init, Expr value) {
        Pos p = value.pos();
        return switch (value) {
            case Expr.Name n -> init.params().stream().skip(1).filter(q -> q.name().equals(n.id())).map(Stmt.Param::annotation)
                    .findFirst().orElse(null);
            case Expr.IntLit i -> new Expr.Name(p, "int");
            case Expr.FloatLit f -> new Expr.Name(p, "float");
            case Expr.StrLit s -> new Expr.Name(p, "str");
            case Expr.BoolLit b -> new Expr.Name(p, "bool");
            case Expr.BytesLit b -> new Expr.Name(p, "bytes");
            case Expr.FString f -> new Expr.Name(p, "str");
            case Expr.Unary u when u.op().equals("-") && (u.operand() instanceof Expr.IntLit || u.operand() instanceof Expr.FloatLit) ->
                    inferredAnnotation(init, u.operand());
            case Expr.Call call when call.func() instanceof Expr.Name n && classes.containsKey(n.id()) && !classes.get(n.id()).isEnum ->
                    new Expr.Name(p, n.id());
            default -> null;
        };
    }

    /**
     * For a class whose instances order with {@code <} (its own or an inherited {@code __lt__} taking
     * an instance), the function that sorts a list of them in place: a stable bottom-up merge sort
     * that, like CPython's sort, compares only with {@code <}, so sorted(), list.sort() and their
     * reverse=True work on instances. Written as Python and checked like the program's functions;
     * dropped from the module when nothing sorts.
     */
    private Stmt.FunctionDef sortFunction(ClassInfo c) {
        Signature lt = c.methods.get("__lt__");
        if (c.isEnum || lt == null || lt.paramTypes().size() != 1 || lt.returnType() != Type.BOOL
                || !ExprChecker.assignable(c.type, lt.paramTypes().get(0))) {
            return null;
        }
        String name = "__wasmhost_sort_" + c.name;
        String source = """
                def %s(xs: list[%s]) -> None:
                    n = len(xs)
                    src = xs[:]
                    dst = xs[:]
                    width = 1
                    while width < n:
                        i = 0
                        while i < n:
                            mid = min(i + width, n)
                            hi = min(i + 2 * width, n)
                            left = i
                            right = mid
                            k = i
                            while k < hi:
                                if left < mid and (right >= hi or not src[right] < src[left]):
                                    dst[k] = src[left]
                                    left += 1
                                else:
                                    dst[k] = src[right]
                                    right += 1
                                k += 1
                            i += 2 * width
                        src, dst = dst, src
                        width *= 2
                    for k in range(n):
                        xs[k] = src[k]
                """.formatted(name, c.name);
        return (Stmt.FunctionDef) dev.wasmhost.guest.syntax.Parser.parseModule(file, source).get(0);
    }

    private void declareMembers(ClassInfo c) {
        c.inherit();
        for (Stmt.AnnAssign f : c.def.fields()) {
            String name = ((Expr.Name) f.target()).id();
            if (c.field(name) >= 0 || c.methods.containsKey(ClassInfo.getter(name))) {
                throw Errors.at(file, f.pos(), "Name \"" + name + "\" already defined in \"" + c.name + "\" or a base class");
            }
            Type t = types.resolve(f.annotation());
            if (t == Type.NONE) {
                throw Errors.unsupported(file, f.pos(), "fields of type None");
            }
            if (f.value() != null && !c.dataclass) {
                throw Errors.unsupported(file, f.pos(), "class attributes with values (declare fields as name: type)");
            }
            Expr value = f.value();
            if (value instanceof Expr.Call call && ClassSynthesis.isField(call)) {
                // field(default=...) or field(default_factory=...): ClassSynthesis makes __init__ use it
                boolean imported = call.func() instanceof Expr.Name ? types.typingNames.contains("field")
                        : types.typingNames.contains("dataclasses");
                if (!imported) {
                    throw Errors.at(file, call.pos(), "Name \"field\" is not defined");
                }
                if (!call.args().isEmpty() || call.keywords().size() != 1
                        || !List.of("default", "default_factory").contains(call.keywords().get(0).name())) {
                    throw Errors.unsupported(file, call.pos(), "field() other than field(default=...) or field(default_factory=...)");
                }
                if (call.keywords().get(0).name().equals("default")) {
                    value = call.keywords().get(0).value();
                }
            }
            c.fieldNames.add(name);
            c.fieldTypes.add(t);
            c.fieldAnnotations.add(f.annotation());
            c.fieldDefaults.add(value);
        }
        if (!c.isEnum && !c.dataclass) {
            declareInitFields(c);
        }
        if (!c.isEnum && !c.def.attributes().isEmpty()) {
            throw Errors.unsupported(file, c.def.attributes().get(0).pos(), "class attributes with values (declare fields as name: type)");
        }
        if (c.isEnum) {
            declareEnum(c);
        }
        if (c.dataclass) {
            ClassSynthesis.dataclass(c, classes, file);
        }
        if (c.fieldNames.size() > 32) {
            throw Errors.unsupported(file, c.def.pos(), "more than 32 fields in a class");
        }
        for (Stmt.FunctionDef m : c.def.methods()) {
            String deco = m.decorator();
            boolean isSetter = deco != null && deco.endsWith(".setter");
            if (c.def.methods().stream().filter(x -> x.name().equals(m.name())
                    && (x.decorator() != null && x.decorator().endsWith(".setter")) == isSetter).count() > 1) {
                throw Errors.at(file, m.pos(), "Name \"" + m.name() + "\" already defined in \"" + c.name + "\"");
            }
            if ("staticmethod".equals(deco) || "classmethod".equals(deco)) {
                declareClassMethod(c, m, deco.equals("classmethod"));
                continue;
            }
            if (m.params().isEmpty()) {
                throw Errors.at(file, m.pos(), "Method must have at least one argument. Did you forget the \"self\" argument?");
            }
            String key = m.name();
            if ("property".equals(deco)) {
                key = ClassInfo.getter(m.name());
                if (m.params().size() != 1) {
                    throw Errors.at(file, m.params().get(1).pos(), "a property getter takes only self");
                }
                if (c.field(m.name()) >= 0) {
                    throw Errors.at(file, m.pos(), "Name \"" + m.name() + "\" already defined in \"" + c.name + "\" or a base class");
                }
                if (c.base != null && c.base.methods.containsKey(ClassInfo.setter(m.name()))
                        && c.def.methods().stream().noneMatch(x -> x.name().equals(m.name()) && (m.name() + ".setter").equals(x.decorator()))) {
                    throw Errors.unsupported(file, m.pos(), "overriding property \"" + m.name() + "\" without its setter "
                            + "(the subclass's property would be read-only)");
                }
            } else if (isSetter) {
                key = ClassInfo.setter(m.name());
                if (!deco.equals(m.name() + ".setter") || c.def.methods().stream().noneMatch(x -> x.name().equals(m.name())
                        && "property".equals(x.decorator()))) {
                    throw Errors.unsupported(file, m.pos(), "a setter other than @NAME.setter after the @property NAME of the same class");
                }
                if (m.params().size() != 2) {
                    throw Errors.at(file, m.pos(), "a property setter takes self and the value");
                }
            }
            boolean clash = deco == null ? c.methods.containsKey(ClassInfo.getter(m.name())) : c.methods.containsKey(m.name());
            if (clash || c.classMethods.containsKey(m.name())) {
                throw Errors.at(file, m.pos(), "Signature of \"" + m.name() + "\" incompatible with supertype \""
                        + c.base.name + "\" (a method, a property and a static or class method are different kinds of attribute)");
            }

            Stmt.Param self = m.params().get(0);
            if (self.annotation() != null && !types.resolve(self.annotation()).equals(c.type)) {
                throw Errors.at(file, self.pos(), "The erased type of self \"" + types.resolve(self.annotation())
                        + "\" is not a supertype of its class \"" + c.name + "\"");
            }
            String irName = c.qualifier + c.name + "." + m.name() + (isSetter ? "$set" : "");
            Signature sig = signature(m, m.params().subList(1, m.params().size()), irName);
            if (m.name().equals("__init__") && sig.returnType() != Type.NONE) {
                throw Errors.at(file, m.pos(), "The return type of \"__init__\" must be None");
            }
            if (isSetter && sig.returnType() != Type.NONE) {
                throw Errors.at(file, m.pos(), "The return type of a property setter must be None");
            }
            List<IrLocal> params = new ArrayList<>();
            params.add(new IrLocal(0, self.name(), c.type));
            for (int k = 0; k < sig.paramTypes().size(); k++) {
                params.add(new IrLocal(k + 1, sig.paramNames().get(k), sig.paramTypes().get(k)));
            }
            Signature inherited = c.base == null ? null : c.base.methods.get(key);
            if (inherited != null && !m.name().equals("__init__") && !m.name().equals("__eq__") && !(inherited.paramNames().equals(sig.paramNames())
                    && inherited.paramTypes().equals(sig.paramTypes()) && inherited.returnType().equals(sig.returnType())
                    && inherited.defaults().equals(sig.defaults()))) {
                // calls through the base type are checked against the base signature, so they must agree
                throw Errors.at(file, m.pos(), "Signature of \"" + m.name() + "\" incompatible with supertype \""
                        + c.base.name + "\" (an override must keep parameter names, types, defaults and return type)");
            }
            methodFunctions.put(sig.irName(), new IrFunction(sig.irName(), params, sig.returnType()));
            c.methods.put(key, sig);
        }
        // inherited class methods get a copy of their own, with cls this class
        for (var e : List.copyOf(c.classMethodDefs.entrySet())) {
            Signature sig = c.classMethods.get(e.getKey());
            String irName = c.qualifier + c.name + "." + e.getKey();
            if (!sig.irName().equals(irName)) {
                if (!c.classMethodOwners.get(e.getKey()).qualifier.equals(c.qualifier)) {
                    throw Errors.unsupported(file, c.def.pos(), "inheriting @classmethod \"" + e.getKey()
                            + "\" from a class of another module");
                }
                Signature copy = new Signature(sig.name(), irName, sig.paramNames(), sig.paramTypes(), sig.defaults(), sig.returnType());
                methodFunctions.put(irName, new IrFunction(irName, copyParams(copy, 0), sig.returnType()));
                c.classMethods.put(e.getKey(), copy);
            }
        }
        // the constructor: allocate, run __init__ (own or inherited), return the instance
        Signature init = c.methods.get("__init__");
        List<IrLocal> params = new ArrayList<>();
        List<String> names = init == null ? List.of() : init.paramNames();
        List<Type> ptypes = init == null ? List.of() : init.paramTypes();
        for (int k = 0; k < names.size(); k++) {
            params.add(new IrLocal(k, names.get(k), ptypes.get(k)));
        }
        IrFunction ctor = new IrFunction(c.qualifier + c.name + ".$new", params, c.type);
        IrLocal self = ctor.newLocal("self", c.type);
        ctor.body().add(new IrStmt.SetLocal(self, new IrExpr.Op(c.type, dev.wasmhost.guest.ir.IrOp.OBJECT_NEW, List.of())));
        ClassInfo baseException = classes.get("BaseException");
        if (baseException != null && c.type.isSubclassOf(baseException.type)) {
            // as CPython's BaseException.__new__ does with args: str(e) works even if __init__ skips super()
            ctor.body().add(new IrStmt.Eval(new IrExpr.Op(Type.NONE, dev.wasmhost.guest.ir.IrOp.FIELD_SET, List.of(
                    new IrExpr.Local(self), new IrExpr.Const(Type.INT, (long) c.field("_wasmhost_text")), exceptionText(params)))));
            if (c.field("__cause__") >= 0) {
                ctor.body().add(new IrStmt.Eval(new IrExpr.Op(Type.NONE, dev.wasmhost.guest.ir.IrOp.FIELD_SET, List.of(new IrExpr.Local(self),
                        new IrExpr.Const(Type.INT, (long) c.field("__cause__")), new IrExpr.Const(Type.optional(baseException.type), null)))));
            }
        }
        if (init != null) {
            List<IrExpr> args = new ArrayList<>();
            args.add(new IrExpr.Local(self));
            for (IrLocal p : params) {
                args.add(new IrExpr.Local(p));
            }
            ctor.body().add(new IrStmt.Eval(new IrExpr.Call(Type.NONE, init.irName(), args)));
        }
        ctor.body().add(new IrStmt.Return(new IrExpr.Local(self)));
        constructors.add(ctor);
        c.constructor = new Signature(c.name, ctor.name(), names, ptypes,
                init == null ? List.of() : init.defaults(), c.type);
    }

    /**
     * A {@code @staticmethod} (every parameter declared) or a {@code @classmethod} (the first
     * parameter is cls, which is not passed: each class that has the method gets its own copy).
     */
    private void declareClassMethod(ClassInfo c, Stmt.FunctionDef m, boolean isClass) {
        if (isClass && m.params().isEmpty()) {
            throw Errors.at(file, m.pos(), "Method must have at least one argument. Did you forget the \"cls\" argument?");
        }
        if (m.name().startsWith("__") && m.name().endsWith("__")) {
            throw Errors.unsupported(file, m.pos(), "@" + m.decorator() + " on " + m.name());
        }
        if (c.methods.containsKey(m.name()) || c.methods.containsKey(ClassInfo.getter(m.name())) || c.field(m.name()) >= 0) {
            throw Errors.at(file, m.pos(), "Signature of \"" + m.name() + "\" incompatible with supertype \""
                    + c.base.name + "\" (a method, a property and a static or class method are different kinds of attribute)");
        }
        String irName = c.qualifier + c.name + "." + m.name();
        Signature sig = signature(m, m.params().subList(isClass ? 1 : 0, m.params().size()), irName);
        Signature inherited = c.classMethods.get(m.name());
        if (inherited != null && (c.classMethodDefs.containsKey(m.name()) != isClass || !(inherited.paramNames().equals(sig.paramNames())
                && inherited.paramTypes().equals(sig.paramTypes()) && inherited.returnType().equals(sig.returnType())
                && inherited.defaults().equals(sig.defaults())))) {
            throw Errors.at(file, m.pos(), "Signature of \"" + m.name() + "\" incompatible with supertype \""
                    + c.base.name + "\" (an override must keep the decorator, parameter names, types, defaults and return type)");
        }
        methodFunctions.put(irName, new IrFunction(irName, copyParams(sig, 0), sig.returnType()));
        c.classMethods.put(m.name(), sig);
        if (isClass) {
            c.classMethodDefs.put(m.name(), m);
            c.classMethodOwners.put(m.name(), c);
        } else {
            c.classMethodDefs.remove(m.name());
            c.classMethodOwners.remove(m.name());
        }
    }

    private static List<IrLocal> copyParams(Signature sig, int first) {
        List<IrLocal> params = new ArrayList<>();
        for (int k = 0; k < sig.paramTypes().size(); k++) {
            params.add(new IrLocal(first + k, sig.paramNames().get(k), sig.paramTypes().get(k)));
        }
        return params;
    }

    /**
     * The function a call of static or class method {@code method} through an instance of static
     * class {@code c} calls, with the instance as its first argument: a dispatcher that picks the
     * implementation by the instance's exact class when a subclass has another one; null when
     * there is none (the call goes straight to {@code c}'s).
     */
    String classMethodTarget(ClassInfo c, String method) {
        Signature sig = c.classMethods.get(method);
        List<ClassInfo> overriding = overriders(c, sig, d -> d.classMethods.get(method));
        if (overriding.isEmpty()) {
            return null;
        }
        String name = c.qualifier + c.name + "." + method + "$class";
        if (!dispatchers.containsKey(name)) {
            List<IrLocal> params = new ArrayList<>();
            params.add(new IrLocal(0, "self", c.type));
            params.addAll(copyParams(sig, 1));
            IrFunction fn = new IrFunction(name, params, sig.returnType());
            List<IrExpr> args = params.subList(1, params.size()).stream().map(p -> (IrExpr) new IrExpr.Local(p)).toList();
            dispatch(fn, params.get(0), overriding, d -> d.classMethods.get(method), args);
            fn.body().addAll(callAndReturn(sig, args));
            dispatchers.put(name, fn);
        }
        return name;
    }

    /** The subclasses of {@code c} whose implementation ({@code of}) is not {@code sig}'s. */
    private List<ClassInfo> overriders(ClassInfo c, Signature sig, java.util.function.Function<ClassInfo, Signature> of) {
        List<ClassInfo> overriding = new ArrayList<>();
        for (ClassInfo d : program.classes.values()) {
            if (d != c && d.type.isSubclassOf(c.type) && !of.apply(d).irName().equals(sig.irName())) {
                overriding.add(d);
            }
        }
        return overriding;
    }

    /** Adds to a dispatcher: if self's exact class is one of {@code overriding}, its implementation's result. */
    private void dispatch(IrFunction fn, IrLocal self, List<ClassInfo> overriding,
            java.util.function.Function<ClassInfo, Signature> of, List<IrExpr> args) {
        for (ClassInfo d : overriding) {
            IrExpr isD = new IrExpr.Op(Type.BOOL, dev.wasmhost.guest.ir.IrOp.CLASS_IS,
                    List.of(new IrExpr.Local(self), new IrExpr.Const(Type.STR, d.name)));
            fn.body().add(new IrStmt.If(isD, callAndReturn(of.apply(d), args), List.of()));
        }
    }

    /** {@code auto()} (after {@code from enum import auto}) or {@code enum.auto()} (after {@code import enum}). */
    private boolean isAuto(Expr e) {
        return e instanceof Expr.Call call && call.args().isEmpty() && call.keywords().isEmpty()
                && (call.func() instanceof Expr.Name n && n.id().equals("auto") && types.typingNames.contains("auto")
                || call.func() instanceof Expr.Attribute at && at.name().equals("auto") && at.target() instanceof Expr.Name m
                && m.id().equals("enum") && types.typingNames.contains("enum"));
    }

    /**
     * An enum's members: NAME = literal (all int or all str), each an instance in a module variable
     * made when the class statement runs; the class gets a "value" field and __str__/__repr__.
     */
    private void declareEnum(ClassInfo c) {
        if (!c.def.fields().isEmpty()) {
            throw Errors.unsupported(file, c.def.fields().get(0).pos(), "annotated fields in an enum");
        }
        Type valueType = null;
        long last = 0;
        for (int k = 0; k < c.def.attributes().size(); k++) {
            Stmt.Assign a = c.def.attributes().get(k);
            if (isAuto(a.value())) {
                // auto(): the last int value + 1 (1 for the first member), as Enum's _generate_next_value_
                a = new Stmt.Assign(a.pos(), a.targets(), new Expr.IntLit(a.value().pos(), java.math.BigInteger.valueOf(last + 1)));
                c.def.attributes().set(k, a);
            }
            if (a.value() instanceof Expr.IntLit i) {
                last = i.value().longValue();
            } else if (a.value() instanceof Expr.Unary u && u.op().equals("-") && u.operand() instanceof Expr.IntLit i) {
                last = -i.value().longValue();
            }
            String member = ((Expr.Name) a.targets().get(0)).id();
            Type t = switch (a.value()) {
                case Expr.IntLit i -> Type.INT;
                case Expr.Unary u when u.op().equals("-") && u.operand() instanceof Expr.IntLit -> Type.INT;
                case Expr.StrLit s -> Type.STR;
                default -> throw Errors.unsupported(file, a.value().pos(), "enum values other than int or str literals");
            };
            if (valueType != null && !valueType.equals(t)) {
                throw Errors.unsupported(file, a.value().pos(), "an enum mixing int and str values");
            }
            valueType = t;
            if (c.members.contains(member)) {
                throw Errors.at(file, a.pos(), "Attempted to reuse key: \"" + member + "\"");
            }
            c.members.add(member);
            c.memberGlobals.put(member, newGlobal(c.name + "." + member, c.type));
        }
        if (valueType == null) {
            throw Errors.unsupported(file, c.def.pos(), "an enum without members");
        }
        c.fieldNames.add("value");
        c.fieldTypes.add(valueType);
        c.fieldAnnotations.add(null);
        c.fieldDefaults.add(null);
        c.memberList = newGlobal(c.name + ".$members", Type.list(c.type));
        ClassSynthesis.enumeration(c);
    }

    /** The only imports are typing names the checker understands (the rest of Python's library is not there). */
    private void importModule(Stmt.Import imp) {
        if (program.userModules.containsKey(imp.module())) {
            importUserModule(imp);
            return;
        }
        if (imp.alias() != null || imp.asNames() != null && !imp.asNames().equals(imp.names())) {
            throw Errors.unsupported(file, imp.pos(), "import ... as for module \"" + imp.module() + "\"");
        }
        ModuleChecker lib = stdlib.get(imp.module());
        if (lib != null) {
            if (imp.names() == null) {
                importedModules.put(imp.module(), lib);
                return;
            }
            for (String name : imp.names()) {
                if (lib.signature(name) == null && lib.global(name) == null) {
                    throw Errors.at(file, imp.pos(), "Module \"" + imp.module() + "\" has no attribute \"" + name + "\""
                            + (imp.module().equals("math") ? " (the guest math module has " + CallChecker.MATH + ")" : ""));
                }
                importedNames.put(name, lib);
            }
            return;
        }
        if (imp.module().equals("io") && imp.names() != null
                && List.of("TextIOWrapper", "BufferedReader", "BufferedWriter", "UnsupportedOperation").containsAll(imp.names())) {
            return; // the file classes of runtime/files.py, which the compiler adds to programs that import io
        }
        if (imp.module().equals("types") && imp.names() != null && imp.names().equals(List.of("TracebackType"))) {
            types.typingNames.add("TracebackType");
            return;
        }
        if (imp.module().equals("dataclasses") && (imp.names() == null || List.of("dataclass", "field").containsAll(imp.names()))) {
            if (imp.names() == null) {
                types.typingNames.add("dataclasses");
            } else {
                types.typingNames.addAll(imp.names());
            }
            return;
        }
        if (imp.module().equals("enum") && (imp.names() == null || List.of("Enum", "auto").containsAll(imp.names()))) {
            if (imp.names() == null) {
                types.typingNames.add("enum");
            } else {
                types.typingNames.addAll(imp.names());
            }
            return;
        }
        if (imp.module().equals("typing") && imp.names() != null) {
            for (String name : imp.names()) {
                if (!name.equals("Optional") && !name.equals("Callable")) {
                    throw Errors.unsupported(file, imp.pos(), "typing." + name);
                }
                types.typingNames.add(name);
            }
            return;
        }
        throw Errors.unsupported(file, imp.pos(), "module \"" + imp.module()
                + "\" (the guest standard library has math, os, random, sys and time; docs/guest-language.md lists the imports it accepts)");
    }

    private final Map<String, dev.wasmhost.guest.syntax.Pos> importPositions = new HashMap<>();
    /** Module variables that this module's functions assign (declare global). */
    private final java.util.Set<String> reassigned = new java.util.HashSet<>();

    void noteReassigned(String name) {
        reassigned.add(name);
    }

    /**
     * An import of one of the program's own modules (found by the loader): binds module names,
     * functions and classes now (their signatures are declared), variables once the module is checked.
     */
    private void importUserModule(Stmt.Import imp) {
        ModuleChecker m = program.userModules.get(imp.module());
        if (imp.names() == null) {
            if (imp.alias() != null) {
                bindModule(imp, imp.alias(), m);
            } else {
                // import pkg.sub binds pkg; pkg.sub is then reached through it
                String[] parts = imp.module().split("\\.");
                String path = "";
                for (String part : parts) {
                    path = path.isEmpty() ? part : path + "." + part;
                    bindModule(imp, path, program.userModules.get(path));
                }
            }
            return;
        }
        for (int k = 0; k < imp.names().size(); k++) {
            String name = imp.names().get(k);
            String as = imp.asNames().get(k);
            if (!as.equals(name)) {
                throw Errors.unsupported(file, imp.pos(), "from ... import " + name + " as " + as
                        + " (import the name as it is, or import the module: import " + imp.module() + " as ...)");
            }
            checkFreshName(imp, as);
            ModuleChecker sub = program.userModules.get(imp.module() + "." + name);
            if (m.classes.get(name) != null && m.classNeedsDefinition(name)) {
                classes.put(as, m.classes.get(name));
                importedClasses.put(as, m);
            } else if (m.signature(name) != null || m.importedSignature(name) != null) {
                importedNames.put(as, m.signature(name) != null ? m : m.importedNames.get(name));
            } else if (sub != null) {
                importedModules.put(as, sub);
            } else {
                // a module variable: known once the module's code is checked (it is, before this module's)
                importedNames.put(as, m);
                importPositions.put(as, imp.pos());
            }
        }
    }

    private void bindModule(Stmt.Import imp, String as, ModuleChecker m) {
        ModuleChecker bound = importedModules.get(as);
        if (bound != null && bound != m) {
            throw Errors.unsupported(file, imp.pos(), "binding \"" + as + "\" to a second module");
        }
        importedModules.put(as, m);
    }

    private void checkFreshName(Stmt.Import imp, String name) {
        if (importedNames.containsKey(name) || importedClasses.containsKey(name) || importedModules.containsKey(name)) {
            throw Errors.unsupported(file, imp.pos(), "importing the name \"" + name + "\" twice");
        }
    }

    /**
     * What an import statement does when it runs: the code of each of the program's modules it
     * names, outermost package first (each runs once). Imports of the standard library do nothing
     * here (those modules are set up before the program starts).
     */
    List<IrStmt> runImport(Stmt.Import imp, java.util.Set<String> bound) {
        if (imp.asNames() != null) {
            bound.addAll(imp.asNames());
        }
        if (!program.userModules.containsKey(imp.module())) {
            return List.of();
        }
        if (!topLevelImports.contains(imp)) {
            throw Errors.unsupported(file, imp.pos(), "imports of the program's modules inside blocks (import at the top level of the module)");
        }
        List<IrStmt> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String path = "";
        for (String part : imp.module().split("\\.")) {
            path = path.isEmpty() ? part : path + "." + part;
            run.add(path);
        }
        if (imp.names() != null) {
            for (String name : imp.names()) {
                if (program.userModules.containsKey(imp.module() + "." + name) && importedModules.containsKey(name)) {
                    run.add(imp.module() + "." + name);
                }
            }
        }
        for (String name : run) {
            ModuleChecker m = program.userModules.get(name);
            out.add(new IrStmt.Eval(new IrExpr.Call(Type.NONE, m.moduleFunction.name(), List.of())));
        }
        return out;
    }

    /** {@code util.C} or {@code pkg.mod.C} naming a class of an imported module, or null. */
    ClassInfo qualifiedClass(Expr e) {
        if (e instanceof Expr.Attribute a) {
            ModuleChecker m = moduleRef(a.target());
            if (m != null) {
                ClassInfo c = m.classes.get(a.name());
                if (c == null || !m.classNeedsDefinition(a.name())) {
                    throw Errors.at(file, a.pos(), "Name \"" + dotted(e) + "\" is not defined");
                }
                return c;
            }
        }
        return null;
    }

    /** The module a name or dotted name ({@code util}, {@code pkg.sub}) refers to here, or null. */
    ModuleChecker moduleRef(Expr e) {
        String d = dotted(e);
        return d == null ? null : importedModules.get(d);
    }

    private static String dotted(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.Attribute a) {
            String t = dotted(a.target());
            return t == null ? null : t + "." + a.name();
        }
        return null;
    }

    /** str() of an exception's constructor arguments: "" for none, str(arg) for one, repr of the tuple for more. */
    private static IrExpr exceptionText(List<IrLocal> params) {
        IrExpr empty = new IrExpr.Const(Type.STR, "");
        List<IrExpr> args = params.stream().map(p -> (IrExpr) new IrExpr.Local(p)).toList();
        if (args.size() == 1) {
            Type t = params.get(0).type();
            return switch (t.kind()) {
                case STR -> args.get(0);
                case INT -> new IrExpr.Op(Type.STR, dev.wasmhost.guest.ir.IrOp.STR_FROM_INT, args);
                case FLOAT -> new IrExpr.Op(Type.STR, dev.wasmhost.guest.ir.IrOp.STR_FROM_FLOAT, args);
                case BOOL -> new IrExpr.Op(Type.STR, dev.wasmhost.guest.ir.IrOp.STR_FROM_BOOL, args);
                default -> empty;
            };
        }
        if (args.size() > 1 && args.size() <= 32 && params.stream().allMatch(p -> p.type().isScalar() || p.type() == Type.STR)) {
            Type tuple = Type.tuple(params.stream().map(IrLocal::type).toList());
            return new IrExpr.Op(Type.STR, dev.wasmhost.guest.ir.IrOp.REPR,
                    List.of(new IrExpr.Op(tuple, dev.wasmhost.guest.ir.IrOp.TUPLE_NEW, args)));
        }
        return empty;
    }

    private void declare(Stmt.FunctionDef f) {
        if (signatures.containsKey(f.name())) {
            throw Errors.at(file, f.pos(), "Name \"" + f.name() + "\" already defined on line " + defLines.get(f.name()));
        }
        Signature sig = signature(f, f.params(), prefix + f.name());
        List<IrLocal> params = new ArrayList<>();
        for (int k = 0; k < sig.paramTypes().size(); k++) {
            params.add(new IrLocal(k, sig.paramNames().get(k), sig.paramTypes().get(k)));
        }
        signatures.put(f.name(), sig);
        topLevelDefs.add(f);
        functions.put(f.name(), new IrFunction(sig.irName(), params, sig.returnType()));
        defLines.put(f.name(), f.pos().line());
    }

    Signature signature(Stmt.FunctionDef f, List<Stmt.Param> declared, String irName) {
        List<String> names = new ArrayList<>();
        List<Type> paramTypes = new ArrayList<>();
        List<IrExpr> defaults = new ArrayList<>();
        for (Stmt.Param p : declared) {
            if (p.annotation() == null) {
                throw Errors.at(file, p.pos(), "Function is missing a type annotation for one or more arguments");
            }
            if (names.contains(p.name())) {
                throw Errors.at(file, p.pos(), "Duplicate argument \"" + p.name() + "\" in function definition");
            }
            Type t = types.resolve(p.annotation());
            names.add(p.name());
            paramTypes.add(t);
            defaults.add(p.defaultValue() == null ? null : defaultValue(p, t));
        }
        Type ret;
        if (f.returns() == null) {
            if (Flow.returnsValue(f.body())) {
                throw Errors.at(file, f.pos(), "Function is missing a return type annotation");
            }
            ret = Type.NONE;
        } else {
            ret = types.resolve(f.returns());
        }
        return new Signature(f.name(), irName, names, paramTypes, defaults, ret);
    }

    private IrExpr defaultValue(Stmt.Param p, Type t) {
        Expr d = p.defaultValue();
        IrExpr v = constantDefault(d, t);
        if (!ExprChecker.assignable(v.type(), t)) {
            throw Errors.at(file, d.pos(), "Incompatible default for argument \"" + p.name() + "\" (default has type \""
                    + v.type() + "\", argument has type \"" + t + "\")");
        }
        return ExprChecker.coerce(v, t);
    }

    /**
     * A default value: a literal, or a tuple display of them (immutable, so one made at each call that
     * leaves it out behaves as CPython's single object); {@code t} (or null) types a display as
     * {@code tuple[T, ...]} when it asks for one.
     */
    private IrExpr constantDefault(Expr d, Type t) {
        if (t != null && t.kind() == Type.Kind.OPTIONAL) {
            t = t.a();
        }
        if (d instanceof Expr.TupleLit tl) {
            Type elem = t != null && t.kind() == Type.Kind.VARTUPLE ? t.a() : null;
            List<Type> wanted = t != null && t.kind() == Type.Kind.TUPLE && t.items().size() == tl.items().size() ? t.items() : null;
            List<IrExpr> items = new ArrayList<>();
            for (int k = 0; k < tl.items().size(); k++) {
                IrExpr item = constantDefault(tl.items().get(k), elem != null ? elem : wanted != null ? wanted.get(k) : null);
                if (item.type() == Type.NONE && (elem == null || elem.kind() != Type.Kind.OPTIONAL)) {
                    throw Errors.unsupported(file, tl.items().get(k).pos(), "containers of None");
                }
                items.add(item);
            }
            if (elem != null && items.stream().allMatch(i -> ExprChecker.assignable(i.type(), elem))) {
                return new IrExpr.Op(t, dev.wasmhost.guest.ir.IrOp.LIST_NEW, items.stream().map(i -> ExprChecker.coerce(i, elem)).toList());
            }
            if (items.size() > 32) {
                throw Errors.unsupported(file, tl.pos(), "tuples of more than 32 items");
            }
            if (wanted != null) {
                for (int k = 0; k < items.size(); k++) {
                    if (ExprChecker.assignable(items.get(k).type(), wanted.get(k))) {
                        items.set(k, ExprChecker.coerce(items.get(k), wanted.get(k)));
                    }
                }
            }
            return new IrExpr.Op(Type.tuple(items.stream().map(IrExpr::type).toList()), dev.wasmhost.guest.ir.IrOp.TUPLE_NEW, items);
        }
        return switch (d) {
            case Expr.IntLit i -> new IrExpr.Const(Type.INT, i.value().longValue());
            case Expr.Unary u when u.op().equals("-") && u.operand() instanceof Expr.IntLit i ->
                new IrExpr.Const(Type.INT, i.value().negate().longValue());
            case Expr.Unary u when u.op().equals("-") && u.operand() instanceof Expr.FloatLit x ->
                new IrExpr.Const(Type.FLOAT, -x.value());
            case Expr.FloatLit x -> new IrExpr.Const(Type.FLOAT, x.value());
            case Expr.BoolLit b -> new IrExpr.Const(Type.BOOL, b.value());
            case Expr.StrLit s -> new IrExpr.Const(Type.STR, s.value());
            case Expr.NoneLit n -> new IrExpr.Const(Type.NONE, null);
            case Expr.ListLit l -> throw Errors.unsupported(file, d.pos(), "mutable default arguments");
            case Expr.DictLit l -> throw Errors.unsupported(file, d.pos(), "mutable default arguments");
            default -> throw Errors.unsupported(file, d.pos(), "non-constant default arguments");
        };
    }

    private final List<IrFunction> extraFunctions = new ArrayList<>();
    /** The defs at the top level of the module (others, in blocks or functions, make closures). */
    private final java.util.Set<Stmt.FunctionDef> topLevelDefs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    boolean isTopLevel(Stmt.FunctionDef f) {
        return topLevelDefs.contains(f);
    }
    private Map<String, IrFunction> valueWrappers() {
        return program.valueWrappers;
    }
    private int closureCount;

    /** Registers a function made while checking another (nested functions, lambdas). */
    void addFunction(IrFunction fn) {
        extraFunctions.add(fn);
    }

    int nextClosureNumber() {
        return closureCount++;
    }

    /**
     * The function a module-level function becomes as a value: it takes the closure first (as every
     * function value does) and calls the function.
     */
    String valueWrapper(Signature sig) {
        return valueWrappers().computeIfAbsent(sig.irName(), n -> {
            List<IrLocal> params = new ArrayList<>();
            params.add(new IrLocal(0, "$env", Type.tuple(List.of(Type.INT))));
            List<IrExpr> args = new ArrayList<>();
            for (int k = 0; k < sig.paramTypes().size(); k++) {
                IrLocal p = new IrLocal(k + 1, sig.paramNames().get(k), sig.paramTypes().get(k));
                params.add(p);
                args.add(new IrExpr.Local(p));
            }
            IrFunction fn = new IrFunction(n + "$value", params, sig.returnType());
            fn.body().addAll(callAndReturn(sig, args));
            extraFunctions.add(fn);
            return fn;
        }).name();
    }

    Signature signature(String name) {
        return signatures.get(name);
    }

    IrGlobal global(String name) {
        return globals.get(name);
    }

    IrGlobal newGlobal(String name, Type type) {
        IrGlobal g = new IrGlobal(allGlobals.size(), prefix + name, type);
        allGlobals.add(g);
        globals.put(name, g);
        return g;
    }

    boolean intrinsics() {
        return intrinsics;
    }

    String file() {
        return file;
    }

    TypeResolver types() {
        return types;
    }

    /** Appends the implicit {@code return None} a body without one ends with. */
    static void finish(IrFunction fn) {
        List<IrStmt> body = fn.body();
        if (fn.returnType() == Type.NONE && (body.isEmpty() || !(body.get(body.size() - 1) instanceof IrStmt.Return))) {
            body.add(new IrStmt.Return(null));
        }
    }
}
