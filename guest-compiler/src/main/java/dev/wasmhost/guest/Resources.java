package dev.wasmhost.guest;

import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Parser;
import dev.wasmhost.guest.syntax.Pos;
import dev.wasmhost.guest.syntax.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The guest side of {@code @export} classes (WIT resources): Python glue added to the program before type checking.
 *
 * <p>Each exported class {@code C} gets a rooted table, the module variable {@code _wasmhost_C_objects: list[C | None]}
 * (module variables are roots of the collector, so an object the host holds a handle to stays alive), indexed by the
 * resource's rep, with a free list of reps. {@code _wasmhost_C_own(obj)} puts an object in a free slot and makes an own
 * handle of that rep ({@code resource.new}, imported as {@code [export]wasmhost:guest/api}
 * {@code [resource-new]c}); {@code _wasmhost_C_borrow(rep)} is the object of a borrowed handle (a borrow of the
 * component's own resource arrives as its rep); the destructor {@code _wasmhost_C_dtor(rep)} calls the class's
 * {@code __del__} if it has one and frees the slot. Every exported function that takes or returns an instance of an
 * exported class, and every method and constructor of one, is called through a wrapper that takes and returns reps and
 * handles as int.
 */
final class Resources {
    /** An exported class: its syntax, and the wrappers of its constructor and public methods by method name. */
    record ResourceClass(Stmt.ClassDef def, String ctor, Map<String, String> methods, boolean hasDel) {}

    /** The glue: statements to add, the exported classes by name, and the wrappers of exported functions. */
    record Glue(List<Stmt> statements, Map<String, ResourceClass> classes, Map<String, String> functionWrappers) {
        boolean isEmpty() {
            return classes.isEmpty();
        }
    }

    private static final String FILE = "<exports>";

    private final Set<String> names;
    private final List<Stmt> out = new ArrayList<>();

    private Resources(Set<String> names) {
        this.names = names;
    }

    static String objects(String cls) {
        return "_wasmhost_" + cls + "_objects";
    }

    static String newStub(String cls) {
        return "_wasmhost_" + cls + "_resource_new";
    }

    static String dtor(String cls) {
        return "_wasmhost_" + cls + "_dtor";
    }

    static Glue synthesize(String file, List<Stmt.ClassDef> exportedClasses, List<Stmt.FunctionDef> exported) {
        if (exportedClasses.isEmpty()) {
            return new Glue(List.of(), Map.of(), Map.of());
        }
        Set<String> names = exportedClasses.stream().map(Stmt.ClassDef::name).collect(Collectors.toSet());
        Resources r = new Resources(names);
        Map<String, ResourceClass> classes = new LinkedHashMap<>();
        for (Stmt.ClassDef c : exportedClasses) {
            if (c.decorators().contains("dataclass") || c.base() != null) {
                throw new CompileError(new Diagnostic(file, c.pos().line(), c.pos().column(),
                        "@export class " + c.name() + " becomes a WIT resource, which cannot be a @dataclass or have"
                                + " a base class (a @dataclass is passed by value as a record: drop @export)"));
            }
            boolean hasDel = c.methods().stream().anyMatch(m -> m.name().equals("__del__"));
            r.table(c.name(), hasDel);
            Stmt.FunctionDef init = c.methods().stream().filter(m -> m.name().equals("__init__")).findFirst()
                    .orElse(null);
            List<Stmt.Param> initParams = init == null ? List.of() : init.params().subList(1, init.params().size());
            String ctor = "_wasmhost_" + c.name() + "__new";
            r.wrapper(ctor, c.pos(), List.of(), initParams, new Expr.Name(c.pos(), c.name()), new Expr.Name(c.pos(), c.name()));
            Map<String, String> methods = new LinkedHashMap<>();
            for (Stmt.FunctionDef m : c.methods()) {
                if (m.decorator() != null) {
                    throw new CompileError(new Diagnostic(file, m.pos().line(), m.pos().column(), "unsupported feature: @"
                            + m.decorator() + " in an @export class (a WIT resource has methods, constructors and no properties)"));
                }
                if (m.name().startsWith("_")) {
                    continue;
                }
                if (m.params().isEmpty() || !m.params().get(0).name().equals("self")) {
                    throw new CompileError(new Diagnostic(file, m.pos().line(), m.pos().column(),
                            "method " + c.name() + "." + m.name() + " of an @export class must take self first"));
                }
                String w = "_wasmhost_" + c.name() + "_m_" + m.name();
                Expr self = r.call("_wasmhost_" + c.name() + "_borrow", new Expr.Name(m.pos(), "self"));
                r.wrapper(w, m.pos(), List.of(new Stmt.Param(m.pos(), "self", new Expr.Name(m.pos(), "int"), null)),
                        m.params().subList(1, m.params().size()), new Expr.Attribute(m.pos(), self, m.name()), m.returns());
                methods.put(m.name(), w);
            }
            classes.put(c.name(), new ResourceClass(c, ctor, methods, hasDel));
        }
        Map<String, String> wrappers = new LinkedHashMap<>();
        for (Stmt.FunctionDef f : exported) {
            boolean uses = r.isResource(f.returns()) || f.params().stream().anyMatch(p -> r.isResource(p.annotation()));
            if (uses) {
                String w = "_wasmhost_f_" + f.name();
                r.wrapper(w, f.pos(), List.of(), f.params(), new Expr.Name(f.pos(), f.name()), f.returns());
                wrappers.put(f.name(), w);
            }
        }
        return new Glue(r.out, classes, wrappers);
    }

    /** The name of the exported class an annotation names ({@code C} or {@code "C"}), or null. */
    String resourceName(Expr annotation) {
        String id = annotation instanceof Expr.Name n ? n.id() : annotation instanceof Expr.StrLit s ? s.value() : null;
        return id != null && names.contains(id) ? id : null;
    }

    boolean isResource(Expr annotation) {
        return annotation != null && resourceName(annotation) != null;
    }

    private Expr call(String fn, Expr... args) {
        Pos p = args.length > 0 ? args[0].pos() : new Pos(1, 1);
        return new Expr.Call(p, new Expr.Name(p, fn), List.of(args), List.of());
    }

    /**
     * {@code def name(lead..., params...) -> R': return own(callee(borrow(p)...))}: a resource parameter arrives as
     * its rep (int) and is passed as the object; a resource result leaves as a new own handle (int).
     */
    private void wrapper(String name, Pos pos, List<Stmt.Param> lead, List<Stmt.Param> params, Expr callee, Expr returns) {
        List<Stmt.Param> ps = new ArrayList<>(lead);
        List<Expr> args = new ArrayList<>();
        for (Stmt.Param p : params) {
            String res = p.annotation() == null ? null : resourceName(p.annotation());
            ps.add(new Stmt.Param(p.pos(), p.name(), res != null ? new Expr.Name(p.pos(), "int") : p.annotation(), null));
            Expr arg = new Expr.Name(p.pos(), p.name());
            args.add(res != null ? call("_wasmhost_" + res + "_borrow", arg) : arg);
        }
        Expr result = new Expr.Call(pos, callee, args, List.of());
        String res = returns == null ? null : resourceName(returns);
        List<Stmt> body;
        Expr ret;
        if (res != null) {
            body = List.of(new Stmt.Return(pos, call("_wasmhost_" + res + "_own", result)));
            ret = new Expr.Name(pos, "int");
        } else if (returns == null || returns instanceof Expr.NoneLit) {
            body = List.of(new Stmt.ExprStmt(pos, result));
            ret = returns;
        } else {
            body = List.of(new Stmt.Return(pos, result));
            ret = returns;
        }
        out.add(new Stmt.FunctionDef(pos, name, ps, ret, body));
    }

    /** The rooted table of class {@code c} and its functions. */
    private void table(String c, boolean hasDel) {
        String src = """
                _wasmhost_C_objects: list[C | None] = []
                _wasmhost_C_free: list[int] = []


                def _wasmhost_C_resource_new(rep: int) -> int:
                    return rep


                def _wasmhost_C_own(obj: C) -> int:
                    if len(_wasmhost_C_free) > 0:
                        rep = _wasmhost_C_free.pop()
                        _wasmhost_C_objects[rep] = obj
                        return _wasmhost_C_resource_new(rep)
                    _wasmhost_C_objects.append(obj)
                    return _wasmhost_C_resource_new(len(_wasmhost_C_objects) - 1)


                def _wasmhost_C_borrow(rep: int) -> C:
                    obj = _wasmhost_C_objects[rep]
                    if obj is None:
                        raise ValueError("no C object for this handle")
                    return obj


                def _wasmhost_C_dtor(rep: int) -> None:
                    DEL
                    _wasmhost_C_objects[rep] = None
                    _wasmhost_C_free.append(rep)
                """.replace("_C_", "_" + c + "_").replace("[C ", "[" + c + " ").replace(": C)", ": " + c + ")")
                .replace("-> C:", "-> " + c + ":").replace("no C object", "no " + c + " object")
                .replace("DEL", hasDel ? "gone = _wasmhost_" + c + "_objects[rep]\n    if gone is not None:\n"
                        + "        gone.__del__()" : "pass");
        out.addAll(Parser.parseModule(FILE, src));
    }
}
