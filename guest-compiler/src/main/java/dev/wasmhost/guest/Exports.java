package dev.wasmhost.guest;

import dev.wasmhost.component.wit.Function;
import dev.wasmhost.component.wit.Gate;
import dev.wasmhost.component.wit.PackageName;
import dev.wasmhost.component.wit.Primitive;
import dev.wasmhost.component.wit.TypeDef;
import dev.wasmhost.component.wit.TypeOwner;
import dev.wasmhost.component.wit.World;
import dev.wasmhost.component.wit.WitLibrary;
import dev.wasmhost.component.wit.WorldItem;
import dev.wasmhost.guest.ir.IrClass;
import dev.wasmhost.guest.ir.IrFunction;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrModule;
import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Pos;
import dev.wasmhost.guest.syntax.Stmt;
import dev.wasmhost.guest.types.Type;
import dev.wasmhost.guest.wasm.WasmBackend;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code @export} functions of a program: checks that their signatures map to WIT and makes the world the
 * component exports them in, {@code wasmhost:guest/program}: root-level functions with kebab-case names, the imports
 * of {@code wasi:cli/command}, and the world's own types (records and enums) that the signatures use.
 *
 * <p>The mapping: int is s64, float f64, bool bool, str string, list[T] list&lt;T&gt;, tuple[A, B] tuple&lt;A, B&gt;,
 * T | None option&lt;T&gt;, dict[K, V] list&lt;tuple&lt;K, V&gt;&gt; (entries in insertion order), a {@code @dataclass}
 * a record named after the class in kebab case with its fields (inherited first) in kebab case, and an
 * {@code Enum} subclass an enum whose cases are its members' names in kebab case, in order.
 */
final class Exports {
    private static final PackageName PACKAGE = new PackageName("wasmhost", "guest", null);
    private static final TypeOwner WORLD_OWNER = new TypeOwner.OfWorld(PACKAGE, "program");
    /** The interface a program with {@code @export} classes exports everything in. */
    static final String API = "api";
    private static final TypeOwner API_OWNER = new TypeOwner.OfInterface(PACKAGE, API);

    /** The owner of the named types: the world, or the interface {@code api} of a program with exported classes. */
    private final TypeOwner OWNER;
    private final Resources.Glue glue;
    /** The resources of the exported classes by class name. */
    private final Map<String, TypeDef> resources = new LinkedHashMap<>();
    /** The functions of interface {@code api} by canonical name. */
    private final Map<String, Function> apiFunctions = new LinkedHashMap<>();

    private final String file;
    private final Map<String, IrClass> classes = new LinkedHashMap<>();
    private final Map<String, Stmt.ClassDef> classDefs = new LinkedHashMap<>();
    /** Named types of the world, dependencies first. */
    private final Map<String, TypeDef> types = new LinkedHashMap<>();
    private final Set<String> defining = new HashSet<>();
    private final Map<String, String> typeNames = new LinkedHashMap<>();
    private final List<WasmBackend.Export> functions = new ArrayList<>();
    private final Map<String, WorldItem> exported = new LinkedHashMap<>();
    /** The types of imported interfaces the signatures use. */
    private final java.util.Set<TypeDef> usedImported = new java.util.LinkedHashSet<>();
    /** Classes that stand for types of imported WIT interfaces (they keep their interface's type). */
    private final Map<String, TypeDef> imported;

    private Exports(String file, IrModule module, List<Stmt> body, Map<String, TypeDef> imported, Resources.Glue glue) {
        this.file = file;
        this.imported = imported;
        this.glue = glue;
        this.OWNER = glue.isEmpty() ? WORLD_OWNER : API_OWNER;
        module.classes().forEach(c -> classes.put(c.name(), c));
        for (Stmt s : body) {
            if (s instanceof Stmt.ClassDef c) {
                classDefs.put(c.name(), c);
            }
        }
    }

    /** The backend's view of the exports, checked against the typed IR. */
    static Exports check(String file, IrModule module, List<Stmt> body, List<Stmt.FunctionDef> defs) {
        return check(file, module, body, defs, Map.of(), new Resources.Glue(List.of(), Map.of(), Map.of()));
    }

    /** Also with the classes that stand for types of imported WIT interfaces ({@link WitImports}). */
    static Exports check(String file, IrModule module, List<Stmt> body, List<Stmt.FunctionDef> defs,
            Map<String, TypeDef> imported, Resources.Glue glue) {
        Exports x = new Exports(file, module, body, imported, glue);
        Map<String, IrFunction> byName = new LinkedHashMap<>();
        for (IrFunction f : module.functions()) {
            byName.put(f.name(), f);
        }
        Map<String, String> seen = new LinkedHashMap<>();
        x.resourceClasses(byName, seen);
        for (Stmt.FunctionDef def : defs) {
            if (glue.functionWrappers().containsKey(def.name())) {
                if (kebab(def.name()) == null) {
                    throw x.error(def, "@export function '" + def.name() + "': its name has no WIT form (write it"
                            + " as lowercase words separated by underscores, each starting with a letter)");
                }
                String before = seen.put(kebab(def.name()), def.name());
                if (before != null) {
                    throw x.error(def, x.clash(before, def.name(), kebab(def.name())));
                }
                x.member(def.pos(), "@export function '" + def.name() + "'", byName.get(glue.functionWrappers().get(def.name())),
                        0, def.params(), def.returns(), kebab(def.name()), new Function.Freestanding(), def.body());
                continue;
            }
            IrFunction fn = byName.get(def.name());
            if (fn == null) {
                throw x.error(def, "@export function '" + def.name() + "' was not found after type checking");
            }
            String wit = kebab(def.name());
            if (wit == null) {
                throw x.error(def, "@export function '" + def.name() + "': its name has no WIT form (write it"
                        + " as lowercase words separated by underscores, each starting with a letter)");
            }
            String before = seen.put(wit, def.name());
            if (before != null) {
                throw x.error(def, x.clash(before, def.name(), wit));
            }
            List<Function.Param> params = new ArrayList<>();
            for (IrLocal p : fn.params()) {
                if (kebab(p.name()) == null) {
                    throw x.error(def, "@export function '" + def.name() + "': parameter '" + p.name()
                            + "' has no WIT name (lowercase words separated by underscores)");
                }
                String why = x.unmapped(p.type());
                if (why != null) {
                    throw x.error(def, "@export function '" + def.name() + "': parameter '" + p.name()
                            + "' has type " + p.type() + ", which has no WIT mapping (" + why + ")");
                }
                params.add(new Function.Param(kebab(p.name()), x.witType(def.pos(), p.type())));
            }
            Type ret = fn.returnType();
            if (ret != Type.NONE) {
                String why = x.unmapped(ret);
                if (why != null) {
                    throw x.error(def, "@export function '" + def.name() + "': its result type " + ret
                            + " has no WIT mapping (" + why + ")");
                }
            }
            // a function that raises WitError returns result<T, string>: err is the WitError's text
            boolean result = raisesWitError(def.body()) && x.classes.containsKey("WitError");
            dev.wasmhost.component.wit.Type witRet = ret == Type.NONE ? null : x.witType(def.pos(), ret);
            Function f = new Function(wit, new Function.Freestanding(), false, params,
                    result ? new dev.wasmhost.component.wit.Type.ResultOf(witRet, Primitive.STRING) : witRet, "", Gate.NONE);
            if (glue.isEmpty()) {
                x.exported.put(wit, new WorldItem.FunctionItem(f));
                x.functions.add(new WasmBackend.Export(wit, fn, result));
            } else {
                x.apiFunctions.put(wit, f);
                x.functions.add(new WasmBackend.Export(API_OWNER_ID + "#" + wit, fn, result));
            }
        }
        if (!glue.isEmpty()) {
            for (Resources.ResourceClass rc : glue.classes().values()) {
                x.functions.add(new WasmBackend.Export(API_OWNER_ID + "#[dtor]" + x.resources.get(rc.def().name()).name(),
                        byName.get(Resources.dtor(rc.def().name())), false,
                        List.of(WasmBackend.wireType(Type.Kind.INT, "u32")), Type.NONE));
            }
        }
        return x;
    }

    private static final String API_OWNER_ID = PACKAGE.interfaceId(API);

    /** The diagnostic of an exported function whose WIT name an earlier function or @export class has. */
    private String clash(String before, String function, String wit) {
        return glue.classes().containsKey(before)
                ? "@export function '" + function + "' and @export class " + before + " have the same WIT name '" + wit + "'"
                : "@export functions '" + before + "' and '" + function + "' have the same WIT name '" + wit + "'";
    }

    /** {@code wasmhost:guest/api}. */
    static String apiId() {
        return API_OWNER_ID;
    }

    /** The resources of the exported classes, their constructors and methods (interface {@code api}). */
    private void resourceClasses(Map<String, IrFunction> byName, Map<String, String> seen) {
        for (Resources.ResourceClass rc : glue.classes().values()) {
            Stmt.ClassDef c = rc.def();
            String name = witName(c.name());
            if (name == null) {
                throw error(c.pos(), "@export class " + c.name() + ": its name has no WIT form");
            }
            String before = seen.put(name, c.name());
            if (before != null) {
                throw error(c.pos(), "@export classes " + before + " and " + c.name() + " have the same WIT name '"
                        + name + "'");
            }
            TypeDef def = new TypeDef(name, OWNER, "", Gate.NONE, new TypeDef.Resource());
            resources.put(c.name(), def);
            types.put(name, def);
            typeNames.put(name, c.name());
        }
        for (Resources.ResourceClass rc : glue.classes().values()) {
            Stmt.ClassDef c = rc.def();
            TypeDef def = resources.get(c.name());
            Stmt.FunctionDef init = c.methods().stream().filter(m -> m.name().equals("__init__")).findFirst().orElse(null);
            List<Stmt.Param> initParams = init == null ? List.of() : init.params().subList(1, init.params().size());
            member(init == null ? c.pos() : init.pos(), c.name() + ".__init__", byName.get(rc.ctor()), 0, initParams,
                    new Expr.Name(c.pos(), c.name()), "constructor", new Function.Constructor(def), List.of());
            Set<String> methodNames = new HashSet<>();
            for (Stmt.FunctionDef m : c.methods()) {
                String w = rc.methods().get(m.name());
                if (w == null) {
                    continue;
                }
                String wit = kebab(m.name());
                if (wit == null || !methodNames.add(wit)) {
                    throw error(m.pos(), "method " + c.name() + "." + m.name() + " has no WIT name of its own (lowercase"
                            + " words separated by underscores)");
                }
                member(m.pos(), "method " + c.name() + "." + m.name(), byName.get(w), 1, m.params().subList(1, m.params().size()),
                        m.returns(), wit, new Function.Method(def), m.body());
            }
        }
    }

    /**
     * Adds a function of interface {@code api} exported through the wrapper {@code fn} (whose first {@code skip}
     * parameters are not in {@code syntax}: a method's self): a parameter annotated with an exported class is a
     * borrow, a result of one an own handle.
     */
    private void member(Pos pos, String what, IrFunction fn, int skip, List<Stmt.Param> syntax, Expr returns,
            String wit, Function.Kind kind, List<Stmt> body) {
        if (fn == null) {
            throw new IllegalStateException("no wrapper for " + what);
        }
        List<Function.Param> params = new ArrayList<>();
        List<Type> wire = new ArrayList<>();
        for (int k = 0; k < skip; k++) {
            wire.add(WasmBackend.wireType(Type.Kind.INT, "u32"));
        }
        for (int k = 0; k < syntax.size(); k++) {
            IrLocal p = fn.params().get(k + skip);
            String res = resourceOf(syntax.get(k).annotation());
            if (kebab(p.name()) == null) {
                throw error(syntax.get(k).pos(), what + ": parameter '" + p.name()
                        + "' has no WIT name (lowercase words separated by underscores)");
            }
            if (res != null) {
                params.add(new Function.Param(kebab(p.name()), new dev.wasmhost.component.wit.Type.Borrow(resources.get(res))));
                wire.add(WasmBackend.wireType(Type.Kind.INT, "u32"));
                continue;
            }
            String why = unmapped(p.type());
            if (why != null) {
                throw error(syntax.get(k).pos(), what + ": parameter '" + p.name() + "' has type " + p.type()
                        + ", which has no WIT mapping (" + why + ")");
            }
            params.add(new Function.Param(kebab(p.name()), witType(pos, p.type())));
            wire.add(p.type());
        }
        dev.wasmhost.component.wit.Type result = null;
        Type wireResult = fn.returnType();
        String res = returns == null ? null : resourceOf(returns);
        if (kind instanceof Function.Constructor) {
            wireResult = WasmBackend.wireType(Type.Kind.INT, "u32");
        } else if (res != null) {
            result = new dev.wasmhost.component.wit.Type.Own(resources.get(res));
            wireResult = WasmBackend.wireType(Type.Kind.INT, "u32");
        } else if (fn.returnType() != Type.NONE) {
            String why = unmapped(fn.returnType());
            if (why != null) {
                throw error(pos, what + ": its result type " + fn.returnType()
                        + " has no WIT mapping (" + why + ")");
            }
            result = witType(pos, fn.returnType());
        }
        // a function or method that raises WitError returns result<T, string> (not a constructor: its result is own)
        boolean raises = !(kind instanceof Function.Constructor) && raisesWitError(body) && classes.containsKey("WitError");
        if (raises) {
            result = new dev.wasmhost.component.wit.Type.ResultOf(result, Primitive.STRING);
        }
        Function f = new Function(wit, kind, false, params, result, "", Gate.NONE);
        apiFunctions.put(f.canonicalName(), f);
        functions.add(new WasmBackend.Export(API_OWNER_ID + "#" + f.canonicalName(), fn, raises, wire, wireResult));
    }

    private String resourceOf(Expr annotation) {
        String id = annotation instanceof Expr.Name n ? n.id() : annotation instanceof Expr.StrLit s ? s.value() : null;
        return id != null && resources.containsKey(id) ? id : null;
    }

    /** The interface {@code wasmhost:guest/api} of a program with exported classes, or null. */
    dev.wasmhost.component.wit.Interface api() {
        if (glue.isEmpty()) {
            return null;
        }
        return new dev.wasmhost.component.wit.Interface(API, API_OWNER, "", Gate.NONE, types, apiFunctions);
    }

    /** Whether the statements contain {@code raise WitError(...)} (at any depth, not in nested functions). */
    private static boolean raisesWitError(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.Raise r -> isWitError(r.exc() instanceof Expr.Call call ? call.func() : r.exc());
                case Stmt.If i -> raisesWitError(i.body()) || raisesWitError(i.orelse());
                case Stmt.While w -> raisesWitError(w.body()) || raisesWitError(w.orelse());
                case Stmt.For f -> raisesWitError(f.body()) || raisesWitError(f.orelse());
                case Stmt.With w -> raisesWitError(w.body());
                case Stmt.Try t -> raisesWitError(t.body()) || raisesWitError(t.orelse()) || raisesWitError(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> raisesWitError(h.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWitError(Expr e) {
        return e instanceof Expr.Name n && n.id().equals("WitError");
    }

    boolean isEmpty() {
        return functions.isEmpty() && glue.isEmpty();
    }

    List<WasmBackend.Export> functions() {
        return functions;
    }

    /** The world {@code wasmhost:guest/program}: the command world's imports and the world's types, the functions. */
    World world() {
        World command = WitLibrary.world("command");
        Map<String, WorldItem> imports = new LinkedHashMap<>(command.imports());
        if (!glue.isEmpty()) {
            return new World("program", PACKAGE, "", Gate.NONE, imports,
                    Map.of(API_OWNER_ID, new WorldItem.InterfaceItem(api(), false)));
        }
        types.forEach((name, def) -> imports.put(name, new WorldItem.TypeItem(def)));
        return new World("program", PACKAGE, "", Gate.NONE, imports, exported);
    }

    /**
     * The world as WIT text shows it: also {@code use}s of the imported interfaces' types the signatures name (the
     * component needs no such items: its functions refer to the imported instance's types directly).
     */
    World printedWorld() {
        World w = world();
        Map<String, WorldItem> imports = new LinkedHashMap<>();
        for (TypeDef def : usedImported) {
            imports.put(def.name(), new WorldItem.TypeItem(new TypeDef(def.name(), OWNER, "", Gate.NONE,
                    new TypeDef.Alias(new dev.wasmhost.component.wit.Type.Named(def)))));
        }
        imports.putAll(w.imports());
        return new World(w.name(), w.pkg(), w.docs(), w.gate(), imports, w.exports());
    }

    private static final String SUPPORTED = "exports take and return int, float, bool, str, list, dict, tuple,"
            + " T | None, @dataclass classes and Enum subclasses";

    /** Why {@code t} has no WIT form, or null if it has one. */
    private String unmapped(Type t) {
        return switch (t.kind()) {
            case INT, FLOAT, BOOL, STR -> null;
            case LIST -> unmapped(t.a());
            case DICT -> t.a().kind() == Type.Kind.FLOAT ? SUPPORTED : first(unmapped(t.a()), unmapped(t.b()));
            case OPTIONAL -> unmapped(t.a());
            case TUPLE -> t.a() == null ? "the empty tuple has no WIT form"
                    : t.items().stream().map(this::unmapped).filter(w -> w != null).findFirst().orElse(null);
            case CLASS -> unmappedClass(t);
            case VARTUPLE -> "a tuple of any length has no WIT form; use list[" + t.a() + "]";
            default -> SUPPORTED;
        };
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private String unmappedClass(Type t) {
        if (imported.containsKey(t.name())) {
            return null;
        }
        Stmt.ClassDef def = classDefs.get(t.name());
        IrClass layout = classes.get(t.name());
        if (def == null || layout == null) {
            return SUPPORTED;
        }
        if (isEnum(t)) {
            if (def.attributes().size() > 256) {
                return "enum " + t.name() + " has more than 256 members";
            }
            for (Stmt.Assign a : def.attributes()) {
                String m = memberName(a);
                if (m == null || kebab(m.toLowerCase(java.util.Locale.ROOT)) == null) {
                    return "enum member " + t.name() + "." + m + " has no WIT name";
                }
            }
            return witName(t.name()) == null ? "class name " + t.name() + " has no WIT form" : null;
        }
        if (glue.classes().containsKey(t.name())) {
            return "an @export class (a WIT resource) is passed only itself as a parameter (a borrow) or a result"
                    + " (an own handle), not inside another type";
        }
        if (!def.decorators().contains("dataclass")) {
            return "a class maps to a WIT record only as a @dataclass; " + SUPPORTED;
        }
        if (layout.fieldNames().isEmpty()) {
            return "dataclass " + t.name() + " has no fields, and a WIT record needs one";
        }
        if (witName(t.name()) == null) {
            return "class name " + t.name() + " has no WIT form";
        }
        if (!defining.add(t.name())) {
            return "dataclass " + t.name() + " contains itself, and WIT types cannot be recursive";
        }
        try {
            for (int k = 0; k < layout.fieldNames().size(); k++) {
                if (kebab(layout.fieldNames().get(k)) == null) {
                    return "field " + t.name() + "." + layout.fieldNames().get(k) + " has no WIT name";
                }
                String why = unmapped(layout.fieldTypes().get(k));
                if (why != null) {
                    return why.startsWith("dataclass " + t.name() + " contains itself") ? why
                            : "field " + t.name() + "." + layout.fieldNames().get(k) + ": " + why;
                }
            }
        } finally {
            defining.remove(t.name());
        }
        return null;
    }

    private static String memberName(Stmt.Assign a) {
        return a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n ? n.id() : null;
    }

    private static boolean isEnum(Type t) {
        Type root = t;
        while (root.a() != null) {
            root = root.a();
        }
        return root != t && root.name().equals("Enum");
    }

    /** The WIT form of a checked (mapped) type; named types are added to the world on first use. */
    private dev.wasmhost.component.wit.Type witType(Pos at, Type t) {
        return switch (t.kind()) {
            case INT -> Primitive.S64;
            case FLOAT -> Primitive.F64;
            case BOOL -> Primitive.BOOL;
            case STR -> Primitive.STRING;
            case LIST -> new dev.wasmhost.component.wit.Type.ListOf(witType(at, t.a()));
            case DICT -> new dev.wasmhost.component.wit.Type.ListOf(
                    new dev.wasmhost.component.wit.Type.TupleOf(List.of(witType(at, t.a()), witType(at, t.b()))));
            case OPTIONAL -> new dev.wasmhost.component.wit.Type.OptionOf(witType(at, t.a()));
            case TUPLE -> new dev.wasmhost.component.wit.Type.TupleOf(
                    t.items().stream().map(i -> witType(at, i)).toList());
            case CLASS -> new dev.wasmhost.component.wit.Type.Named(named(at, t));
            default -> throw new IllegalStateException("unmapped type " + t);
        };
    }

    private TypeDef named(Pos at, Type t) {
        if (imported.containsKey(t.name())) {
            usedImported.add(imported.get(t.name()));
            return imported.get(t.name());
        }
        String name = witName(t.name());
        TypeDef known = types.get(name);
        if (known != null) {
            String owner = typeNames.get(name);
            if (!owner.equals(t.name())) {
                throw error(at, "classes " + owner + " and " + t.name() + " have the same WIT name '" + name + "'");
            }
            return known;
        }
        TypeDef.Kind kind;
        Stmt.ClassDef def = classDefs.get(t.name());
        if (isEnum(t)) {
            kind = new TypeDef.Enum(def.attributes().stream()
                    .map(a -> new TypeDef.Label(kebab(memberName(a).toLowerCase(java.util.Locale.ROOT)), "")).toList());
        } else {
            IrClass layout = classes.get(t.name());
            List<TypeDef.Field> fields = new ArrayList<>();
            for (int k = 0; k < layout.fieldNames().size(); k++) {
                fields.add(new TypeDef.Field(kebab(layout.fieldNames().get(k)), witType(at, layout.fieldTypes().get(k)), ""));
            }
            kind = new TypeDef.Record(fields);
        }
        TypeDef d = new TypeDef(name, OWNER, "", Gate.NONE, kind);
        types.put(name, d);
        typeNames.put(name, t.name());
        return d;
    }

    /** {@code parse_point} → {@code parse-point}; null if the name has no WIT form. */
    static String kebab(String name) {
        String k = name.replace('_', '-');
        return k.matches("[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*") ? k : null;
    }

    /** A class name in kebab case: {@code HttpRequest} and {@code HTTPRequest} → {@code http-request}; or null. */
    static String witName(String className) {
        String words = className.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
        return kebab(words.toLowerCase(java.util.Locale.ROOT).replaceAll("_+", "_"));
    }

    private CompileError error(Stmt.FunctionDef def, String message) {
        return error(def.pos(), message);
    }

    private CompileError error(Pos pos, String message) {
        return new CompileError(new Diagnostic(file, pos.line(), pos.column(), message));
    }
}
