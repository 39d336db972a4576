package dev.wasmhost.guest;

import dev.wasmhost.component.wit.Function;
import dev.wasmhost.component.wit.Interface;
import dev.wasmhost.component.wit.Primitive;
import dev.wasmhost.component.wit.Type;
import dev.wasmhost.component.wit.TypeDef;
import dev.wasmhost.component.wit.World;
import dev.wasmhost.component.wit.WorldItem;
import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Parser;
import dev.wasmhost.guest.syntax.Pos;
import dev.wasmhost.guest.syntax.Stmt;
import dev.wasmhost.guest.wasm.WasmBackend;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The WIT interfaces a world imports, as Python modules of the program: {@code from wit_world.imports import calc}
 * (then {@code calc.add(1, 2)}, {@code calc.Point(1, 2)}) or {@code from wit_world.imports.calc import add, Point}.
 * Each imported interface becomes Python definitions compiled with the program: its records as {@code @dataclass}
 * classes and its enums as {@code Enum} classes (names in PascalCase, fields and members in snake case and upper
 * case), and its functions as stubs named {@code calc.add} whose bodies the backend replaces with the import glue
 * ({@link WasmBackend.Import}). The program's own statements are rewritten so that {@code calc.add} and an imported
 * {@code add} name the stub; the import statements themselves are dropped.
 *
 * <p>WIT types with a Python form: s64 (int), f64 (float), bool, string (str), list, option (T | None), tuple,
 * records and enums (also through {@code use} and aliases). A function using another type (other integer widths,
 * f32, char, result, variant, flags, resources) is left out of the module, and naming it is an error that says why.
 */
final class WitImports {
    static final String PACKAGE = "wit_world.imports";

    /** An interface of the world the program imports, as a Python module. */
    record Module(String python, Interface iface, Map<String, String> functions, Map<String, String> unavailable,
            Set<String> classes) {}

    private final String file;
    private final World world;
    private final Map<String, Module> modules = new LinkedHashMap<>();
    /** Python class name by WIT type definition (unaliased). */
    private final Map<TypeDef, String> classNames = new LinkedHashMap<>();
    private final Map<String, TypeDef> classDefs = new LinkedHashMap<>();
    private final List<WasmBackend.Import> imports = new ArrayList<>();
    private final StringBuilder source = new StringBuilder("from dataclasses import dataclass\nfrom enum import Enum\n\n\n"
            + "class WitError(Exception):\n    pass\n");
    /** Stub function names by the placeholder names they are parsed with. */
    private final Map<String, String> stubNames = new LinkedHashMap<>();

    /** The program imports WitError (from wit_world), so the prelude is needed even without interfaces. */
    private boolean witError;

    private WitImports(String file, World world) {
        this.file = file;
        this.world = world;
    }

    /** The Python module name of each interface the world imports (other than WASI's), by module name. */
    static Map<String, Interface> interfaces(World world) {
        Map<String, Interface> out = new LinkedHashMap<>();
        for (WorldItem item : world.imports().values()) {
            if (item instanceof WorldItem.InterfaceItem ii && !ii.iface().owner().pkg().namespace().equals("wasi")) {
                out.put(snake(ii.iface().name()), ii.iface());
            }
        }
        return out;
    }

    /** The program with its WIT imports resolved: definitions to put before its statements, and the rewritten statements. */
    record Resolved(List<Stmt> program, List<WasmBackend.Import> imports, Map<String, TypeDef> classTypes) {}

    /**
     * Resolves the program's imports of {@code wit_world.imports} against {@code world} (null: the program has no
     * WIT world, and such an import is an error); the statements come back with the definitions first.
     */
    static Resolved resolve(String file, List<Stmt> program, World world, dev.wasmhost.guest.Target target) {
        // `from wit_world import export` is for mypy (see WitStubs): the compiler knows export without it
        boolean witError = program.stream().anyMatch(s -> s instanceof Stmt.Import imp && imp.module().equals("wit_world")
                && imp.names() != null && imp.names().contains("WitError"));
        program = program.stream().filter(s -> !(s instanceof Stmt.Import imp && imp.module().equals("wit_world")
                && imp.names() != null && List.of("export", "WitError").containsAll(imp.names()))).toList();
        if (world == null) {
            for (Stmt s : program) {
                if (s instanceof Stmt.Import imp && (imp.module().equals("wit_world") || imp.module().startsWith("wit_world."))) {
                    throw new CompileError(new Diagnostic(file, imp.pos().line(), imp.pos().column(), "Module \""
                            + imp.module() + "\" needs a WIT world: compile with --wit-dir DIR --world NAME"));
                }
            }
            if (witError) {
                List<Stmt> withError = new ArrayList<>(Parser.parseModule("<wit>", "class WitError(Exception):\n    pass\n"));
                withError.addAll(program);
                return new Resolved(withError, List.of(), Map.of());
            }
            return new Resolved(program, List.of(), Map.of());
        }
        WitImports w = new WitImports(file, world);
        w.witError = witError;
        Resolved r = w.resolve(program);
        if (target != dev.wasmhost.guest.Target.COMPONENT && !r.imports().isEmpty()) {
            throw new CompileError(new Diagnostic(file, 1, 1, "WIT imports need the component target"
                    + " (--target component)"));
        }
        return r;
    }

    private Resolved resolve(List<Stmt> program) {
        Map<String, Interface> available = interfaces(world);
        // which modules the program imports, and the names it imports from them
        Map<String, String> names = new HashMap<>();
        Set<String> moduleNames = new LinkedHashSet<>();
        List<Stmt> rest = new ArrayList<>();
        List<Stmt.Import> witImports = new ArrayList<>();
        for (Stmt s : program) {
            if (s instanceof Stmt.Import imp && (imp.module().equals(PACKAGE) || imp.module().startsWith(PACKAGE + ".")
                    || imp.module().equals("wit_world"))) {
                witImports.add(imp);
            } else {
                rest.add(s);
            }
        }
        for (Stmt.Import imp : witImports) {
            if (imp.module().equals(PACKAGE) && imp.names() != null) {
                for (String n : imp.names()) {
                    module(imp, n, available);
                    moduleNames.add(n);
                }
            } else if (imp.module().startsWith(PACKAGE + ".") && imp.names() != null) {
                String m = imp.module().substring(PACKAGE.length() + 1);
                Module mod = module(imp, m, available);
                for (String n : imp.names()) {
                    String target = target(imp.pos(), mod, n);
                    names.put(n, target);
                }
            } else {
                throw error(imp.pos(), "import the world's interfaces as 'from " + PACKAGE + " import NAME' or 'from "
                        + PACKAGE + ".NAME import f, T'");
            }
        }
        List<Stmt> prelude = modules.isEmpty() && !witError ? List.of() : Parser.parseModule("<wit>", source.toString());
        List<Stmt> renamed = new ArrayList<>();
        Rewriter stubs = new Rewriter(Set.of(), stubNames);
        for (Stmt s : prelude) {
            s = (Stmt) stubs.rewrite(s);
            if (s instanceof Stmt.FunctionDef f && stubNames.containsKey(f.name())) {
                s = new Stmt.FunctionDef(f.pos(), stubNames.get(f.name()), f.params(), f.returns(), f.body());
            }
            renamed.add(s);
        }
        Map<String, TypeDef> classTypes = new LinkedHashMap<>(classDefs);
        Rewriter r = new Rewriter(moduleNames, names);
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : rest) {
            out.add((Stmt) r.rewrite(s));
        }
        renamed.addAll(out);
        return new Resolved(renamed, imports, classTypes);
    }

    private Module module(Stmt.Import imp, String name, Map<String, Interface> available) {
        Module known = modules.get(name);
        if (known != null) {
            return known;
        }
        Interface iface = available.get(name);
        if (iface == null) {
            throw error(imp.pos(), "Module \"" + PACKAGE + "." + name + "\" is not an interface of world "
                    + world.name() + (available.isEmpty() ? " (it imports none but WASI's)"
                    : " (it imports " + String.join(", ", available.keySet()) + ")"));
        }
        Map<String, String> functions = new LinkedHashMap<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        Set<String> classes = new LinkedHashSet<>();
        for (TypeDef def : iface.types().values()) {
            if (mappable(new Type.Named(def)) == null) {
                TypeDef real = def.unaliased();
                if (real.kind() instanceof TypeDef.Record || real.kind() instanceof TypeDef.Enum) {
                    classes.add(className(real));
                }
            }
        }
        for (Function f : iface.functions().values()) {
            String py = snake(f.name());
            if (!(f.kind() instanceof Function.Freestanding)) {
                continue;
            }
            String why = null;
            for (Function.Param p : f.params()) {
                why = why != null ? why : mappable(p.type());
            }
            Type.ResultOf result = f.result() instanceof Type.ResultOf r ? r : null;
            if (result != null) {
                why = why != null ? why : result.ok() == null ? null : mappable(result.ok());
                why = why != null ? why : result.err() == null ? null : mappable(result.err());
            } else {
                why = why != null ? why : f.result() == null ? null : mappable(f.result());
            }
            if (why != null) {
                unavailable.put(py, why);
                continue;
            }
            String stub = name + "." + py;
            functions.put(py, stub);
            String placeholder = "__wit_stub_" + stubNames.size();
            stubNames.put(placeholder, stub);
            source.append("\n\ndef ").append(placeholder).append("(");
            List<String> params = new ArrayList<>();
            for (Function.Param p : f.params()) {
                params.add(snake(p.name()) + ": " + python(p.type()));
            }
            if (result != null) {
                // result<T, E>: the glue returns (ok, T, E); this wrapper returns T or raises WitError
                String raw = stub + "$wit";
                String rawPlaceholder = "__wit_raw_" + stubNames.size();
                stubNames.put(rawPlaceholder, raw);
                String ok = result.ok() == null ? "None" : python(result.ok());
                source.append(String.join(", ", params)).append(") -> ").append(ok).append(":\n");
                source.append("    result_ = ").append(rawPlaceholder).append("(")
                        .append(String.join(", ", f.params().stream().map(p -> snake(p.name())).toList())).append(")\n");
                source.append("    if result_[0]:\n        return").append(result.ok() == null ? "" : " result_[1]").append('\n');
                source.append("    raise WitError(").append(errorText(result.err())).append(")\n");
                source.append("\n\ndef ").append(rawPlaceholder).append("(").append(String.join(", ", params))
                        .append(") -> tuple[bool, ").append(result.ok() == null ? "int" : ok).append(", ")
                        .append(result.err() == null ? "int" : python(result.err())).append("]:\n");
                glueBody(iface, f);
                imports.add(new WasmBackend.Import(iface.qualifiedName(), f.canonicalName(), raw,
                        new WasmBackend.Import.Result(result.ok() != null, result.err() != null), wire(f, result)));
                continue;
            }
            source.append(String.join(", ", params)).append(") -> ")
                    .append(f.result() == null ? "None" : python(f.result())).append(":\n");
            glueBody(iface, f);
            imports.add(new WasmBackend.Import(iface.qualifiedName(), f.canonicalName(), stub, null, wire(f, null)));
        }
        Module m = new Module(name, iface, functions, unavailable, classes);
        modules.put(name, m);
        return m;
    }

    private void glueBody(Interface iface, Function f) {
        source.append("    raise RuntimeError(\"the WIT import ").append(iface.qualifiedName()).append("#")
                .append(f.name()).append(" is compiled as glue\")\n");
    }

    /** The text of the WitError raised for a result's error value {@code result_[2]}. */
    private static String errorText(Type err) {
        if (err == null) {
            return "";
        }
        if (err == Primitive.STRING) {
            return "result_[2]";
        }
        if (err instanceof Type.Named n && n.def().unaliased().kind() instanceof TypeDef.Enum) {
            return "result_[2].name.lower().replace(\"_\", \"-\")";
        }
        return "repr(result_[2])";
    }

    /** The stub or class a name of a module stands for. */
    private String target(Pos at, Module m, String name) {
        String stub = m.functions().get(name);
        if (stub != null) {
            return stub;
        }
        if (m.classes().contains(name)) {
            return name;
        }
        String why = m.unavailable().get(name);
        if (why != null) {
            throw error(at, "WIT function " + m.iface().qualifiedName() + "#" + kebabOf(name)
                    + " is not available in Python: " + why);
        }
        throw error(at, "Module \"" + PACKAGE + "." + m.python() + "\" has no attribute \"" + name + "\"");
    }

    /** Why a WIT type has no Python form here, or null (defining the classes it needs). */
    private String mappable(Type t) {
        return switch (t) {
            case Primitive p -> p != Primitive.ERROR_CONTEXT ? null : "its type uses error-context (not mapped yet)";
            case Type.ListOf l -> mappable(l.element());
            case Type.OptionOf o -> o.some() instanceof Type.OptionOf ? "option<option<T>> has no Python form"
                    : mappable(o.some());
            case Type.TupleOf tu -> tu.elements().stream().map(this::mappable).filter(w -> w != null).findFirst()
                    .orElse(null);
            case Type.Named n -> mappableDef(n.def().unaliased());
            case Type.ResultOf r -> "its type uses result (not mapped yet: results and variants have no Python form)";
            default -> "its type uses " + t.getClass().getSimpleName().replace("Of", "").toLowerCase(Locale.ROOT)
                    + " (not mapped yet)";
        };
    }

    private String mappableDef(TypeDef def) {
        if (classNames.containsKey(def)) {
            return null;
        }
        switch (def.kind()) {
            case TypeDef.Alias a -> {
                return mappable(a.target());
            }
            case TypeDef.Enum e -> {
                if (e.cases().size() > 256) {
                    return "enum " + def.name() + " has more than 256 cases";
                }
                String cls = claim(def);
                source.append("\n\nclass ").append(cls).append("(Enum):\n");
                for (int k = 0; k < e.cases().size(); k++) {
                    source.append("    ").append(snake(e.cases().get(k).name()).toUpperCase(Locale.ROOT)).append(" = ")
                            .append(k).append('\n');
                }
                return null;
            }
            case TypeDef.Record r -> {
                for (TypeDef.Field f : r.fields()) {
                    String why = mappable(f.type());
                    if (why != null) {
                        return why;
                    }
                }
                String cls = claim(def);
                source.append("\n\n@dataclass\nclass ").append(cls).append(":\n");
                for (TypeDef.Field f : r.fields()) {
                    source.append("    ").append(snake(f.name())).append(": ").append(python(f.type())).append('\n');
                }
                return null;
            }
            default -> {
                return "its type uses " + def.kind().getClass().getSimpleName().toLowerCase(Locale.ROOT) + " "
                        + def.name() + " (not mapped yet)";
            }
        }
    }

    private String claim(TypeDef def) {
        String cls = className(def);
        TypeDef other = classDefs.get(cls);
        if (other != null && other != def) {
            throw new CompileError(new Diagnostic(file, 1, 1, "WIT types " + other.owner() + " " + other.name()
                    + " and " + def.owner() + " " + def.name() + " would both be the Python class " + cls));
        }
        classNames.put(def, cls);
        classDefs.put(cls, def);
        return cls;
    }

    /** The Python annotation of a (mappable) WIT type. */
    private String python(Type t) {
        return switch (t) {
            case Primitive p -> switch (p) {
                case F32, F64 -> "float";
                case BOOL -> "bool";
                case STRING, CHAR -> "str";
                default -> "int";
            };
            case Type.ListOf l -> "list[" + python(l.element()) + "]";
            case Type.OptionOf o -> python(o.some()) + " | None";
            case Type.TupleOf tu -> "tuple[" + String.join(", ", tu.elements().stream().map(this::python).toList()) + "]";
            case Type.Named n -> n.def().unaliased().kind() instanceof TypeDef.Alias a ? python(a.target())
                    : className(n.def().unaliased());
            default -> throw new IllegalStateException("unmapped " + t);
        };
    }

    /** Record fields as wire types, by class name (filled as records are met). */
    private final Map<String, List<dev.wasmhost.guest.types.Type>> wireFields = new LinkedHashMap<>();

    /** The guest type of a (mappable) WIT type with its WIT width kept in the leaves (see WasmBackend.wireType). */
    private dev.wasmhost.guest.types.Type wire(Type t) {
        return switch (t) {
            case Primitive p -> switch (p) {
                case S64 -> dev.wasmhost.guest.types.Type.INT;
                case F64 -> dev.wasmhost.guest.types.Type.FLOAT;
                case BOOL -> dev.wasmhost.guest.types.Type.BOOL;
                case STRING -> dev.wasmhost.guest.types.Type.STR;
                case F32 -> WasmBackend.wireType(dev.wasmhost.guest.types.Type.Kind.FLOAT, "f32");
                case CHAR -> WasmBackend.wireType(dev.wasmhost.guest.types.Type.Kind.STR, "char");
                default -> WasmBackend.wireType(dev.wasmhost.guest.types.Type.Kind.INT, p.witName());
            };
            case Type.ListOf l -> dev.wasmhost.guest.types.Type.list(wire(l.element()));
            case Type.OptionOf o -> dev.wasmhost.guest.types.Type.optional(wire(o.some()));
            case Type.TupleOf tu -> dev.wasmhost.guest.types.Type.tuple(tu.elements().stream().map(this::wire).toList());
            case Type.Named n -> {
                TypeDef def = n.def().unaliased();
                if (def.kind() instanceof TypeDef.Alias a) {
                    yield wire(a.target());
                }
                String cls = className(def);
                if (def.kind() instanceof TypeDef.Enum) {
                    yield dev.wasmhost.guest.types.Type.ofClass(cls, dev.wasmhost.guest.types.Type.ofClass("Enum", null));
                }
                if (!wireFields.containsKey(cls)) {
                    wireFields.put(cls, ((TypeDef.Record) def.kind()).fields().stream().map(f -> wire(f.type())).toList());
                }
                yield dev.wasmhost.guest.types.Type.ofClass(cls, null);
            }
            default -> throw new IllegalStateException("unmapped " + t);
        };
    }

    private WasmBackend.Import.Wire wire(Function f, Type.ResultOf result) {
        List<dev.wasmhost.guest.types.Type> params = f.params().stream().map(p -> wire(p.type())).toList();
        dev.wasmhost.guest.types.Type r;
        if (result != null) {
            r = dev.wasmhost.guest.types.Type.tuple(List.of(dev.wasmhost.guest.types.Type.BOOL,
                    result.ok() == null ? dev.wasmhost.guest.types.Type.INT : wire(result.ok()),
                    result.err() == null ? dev.wasmhost.guest.types.Type.INT : wire(result.err())));
        } else {
            r = f.result() == null ? dev.wasmhost.guest.types.Type.NONE : wire(f.result());
        }
        return new WasmBackend.Import.Wire(params, r, wireFields);
    }

    /** {@code http-request} → {@code http-request} as {@code HttpRequest}. */
    static String className(TypeDef def) {
        StringBuilder b = new StringBuilder();
        for (String w : def.name().split("-")) {
            if (!w.isEmpty()) {
                b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield", "match", "case", "type");

    /** {@code get-value} → {@code get_value}; a Python keyword gets a trailing underscore ({@code from_}). */
    static String snake(String kebab) {
        String s = kebab.replace('-', '_');
        return KEYWORDS.contains(s) ? s + "_" : s;
    }

    private static String kebabOf(String snake) {
        return snake.replaceAll("_$", "").replace('_', '-');
    }

    private CompileError error(Pos at, String message) {
        return new CompileError(new Diagnostic(file, at.line(), at.column(), message));
    }

    /** The world {@code base} (the program's) with the imports of {@code user} (the world given with --world) added. */
    static World withImports(World base, World user) {
        if (user == null) {
            return base;
        }
        Map<String, WorldItem> imports = new LinkedHashMap<>(base.imports());
        user.imports().forEach(imports::putIfAbsent);
        // no longer the command world itself: the program's own world
        return new World("program", new dev.wasmhost.component.wit.PackageName("wasmhost", "guest", null), "",
                base.gate(), imports, base.exports());
    }

    /**
     * Rewrites {@code calc.NAME} (calc a module imported with {@code from wit_world.imports import calc}) and names
     * imported with {@code from wit_world.imports.calc import NAME} to the stub or class they stand for. Works on any
     * syntax record by its components, rebuilding lists as mutable lists (later passes add synthesized methods).
     */
    private final class Rewriter {
        private final Set<String> moduleNames;
        private final Map<String, String> names;

        Rewriter(Set<String> moduleNames, Map<String, String> names) {
            this.moduleNames = moduleNames;
            this.names = names;
        }

        Object rewrite(Object node) {
            if (node instanceof Expr.Attribute a && a.target() instanceof Expr.Name n && moduleNames.contains(n.id())) {
                return new Expr.Name(a.pos(), target(a.pos(), modules.get(n.id()), a.name()));
            }
            if (node instanceof Expr.Name n && names.containsKey(n.id())) {
                return new Expr.Name(n.pos(), names.get(n.id()));
            }
            if (node instanceof List<?> list) {
                List<Object> out = new ArrayList<>(list.size());
                for (Object o : list) {
                    out.add(rewrite(o));
                }
                return out;
            }
            if (node instanceof Record r && (r instanceof Stmt || r instanceof Expr || r.getClass().getEnclosingClass() == Stmt.class
                    || r.getClass().getEnclosingClass() == Expr.class)) {
                RecordComponent[] parts = r.getClass().getRecordComponents();
                Object[] values = new Object[parts.length];
                Class<?>[] types = new Class<?>[parts.length];
                boolean changed = false;
                try {
                    for (int k = 0; k < parts.length; k++) {
                        java.lang.reflect.Method get = parts[k].getAccessor();
                        get.setAccessible(true);
                        Object v = get.invoke(r);
                        Object w = rewrite(v);
                        changed |= w != v;
                        values[k] = w;
                        types[k] = parts[k].getType();
                    }
                    if (!changed) {
                        return r;
                    }
                    var make = r.getClass().getDeclaredConstructor(types);
                    make.setAccessible(true);
                    return make.newInstance(values);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot rewrite " + r.getClass().getSimpleName(), e);
                }
            }
            return node;
        }
    }
}
