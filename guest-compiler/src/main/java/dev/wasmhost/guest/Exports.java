package dev.wasmhost.guest;

import dev.wasmhost.component.wit.Function;
import dev.wasmhost.component.wit.Gate;
import dev.wasmhost.component.wit.PackageName;
import dev.wasmhost.component.wit.Primitive;
import dev.wasmhost.component.wit.World;
import dev.wasmhost.component.wit.WitLibrary;
import dev.wasmhost.component.wit.WorldItem;
import dev.wasmhost.guest.ir.IrFunction;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrModule;
import dev.wasmhost.guest.syntax.Stmt;
import dev.wasmhost.guest.types.Type;
import dev.wasmhost.guest.wasm.WasmBackend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code @export} functions of a program: checks that their signatures map to WIT and makes the world the
 * component exports them in (root-level functions, kebab-case names, with the imports of {@code wasi:cli/command}).
 */
final class Exports {
    private Exports() {}

    /** The backend's view of the exports, checked against the typed IR. */
    static List<WasmBackend.Export> check(String file, IrModule module, List<Stmt.FunctionDef> defs) {
        Map<String, IrFunction> byName = new LinkedHashMap<>();
        for (IrFunction f : module.functions()) {
            byName.put(f.name(), f);
        }
        List<WasmBackend.Export> out = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Stmt.FunctionDef def : defs) {
            IrFunction fn = byName.get(def.name());
            if (fn == null) {
                throw error(file, def, "@export function '" + def.name() + "' was not found after type checking");
            }
            String wit = kebab(def.name());
            if (wit == null) {
                throw error(file, def, "@export function '" + def.name() + "': its name has no WIT form (write it"
                        + " as lowercase words separated by underscores, each starting with a letter)");
            }
            String before = seen.put(wit, def.name());
            if (before != null) {
                throw error(file, def, "@export functions '" + before + "' and '" + def.name()
                        + "' have the same WIT name '" + wit + "'");
            }
            for (IrLocal p : fn.params()) {
                if (witType(p.type()) == null) {
                    throw error(file, def, "@export function '" + def.name() + "': parameter '" + p.name()
                            + "' has type " + p.type() + ", which has no WIT mapping" + SUPPORTED);
                }
                if (kebab(p.name()) == null) {
                    throw error(file, def, "@export function '" + def.name() + "': parameter '" + p.name()
                            + "' has no WIT name (lowercase words separated by underscores)");
                }
            }
            int flat = 0;
            for (IrLocal p : fn.params()) {
                flat += flatCount(p.type());
            }
            if (flat > MAX_FLAT_PARAMS) {
                throw error(file, def, "@export function '" + def.name() + "': its parameters flatten to " + flat
                        + " core values, more than the canonical ABI's " + MAX_FLAT_PARAMS
                        + " (passing parameters through memory is not supported yet)");
            }
            if (fn.returnType() != Type.NONE && witType(fn.returnType()) == null) {
                throw error(file, def, "@export function '" + def.name() + "': its result type " + fn.returnType()
                        + " has no WIT mapping" + SUPPORTED);
            }
            out.add(new WasmBackend.Export(wit, fn));
        }
        return out;
    }

    private static final int MAX_FLAT_PARAMS = 16;

    /** Core values a parameter of this (mapped) type flattens to: a str or list is (pointer, length). */
    private static int flatCount(Type t) {
        return switch (t.kind()) {
            case STR, LIST -> 2;
            case OPTIONAL -> 1 + flatCount(t.a());
            default -> 1;
        };
    }

    private static final String SUPPORTED = " (exports take and return int, float, bool, str, list[int] and"
            + " list[float], and str | None, list[int] | None and list[float] | None so far)";

    /** The world {@code wasmhost:guest/program}: the command world's imports, and the exported functions. */
    static World world(List<WasmBackend.Export> exports) {
        World command = WitLibrary.world("command");
        Map<String, WorldItem> items = new LinkedHashMap<>();
        for (WasmBackend.Export e : exports) {
            List<Function.Param> params = new ArrayList<>();
            for (IrLocal p : e.function().params()) {
                params.add(new Function.Param(kebab(p.name()), witType(p.type())));
            }
            Type ret = e.function().returnType();
            Function f = new Function(e.witName(), new Function.Freestanding(), false, params,
                    ret == Type.NONE ? null : witType(ret), "", Gate.NONE);
            items.put(e.witName(), new WorldItem.FunctionItem(f));
        }
        return new World("program", new PackageName("wasmhost", "guest", null), "", Gate.NONE, command.imports(),
                items);
    }

    private static dev.wasmhost.component.wit.Type witType(Type t) {
        return switch (t.kind()) {
            case INT -> Primitive.S64;
            case FLOAT -> Primitive.F64;
            case BOOL -> Primitive.BOOL;
            case STR -> Primitive.STRING;
            // list slots are 8 bytes, as list<s64> and list<f64> elements are
            // only options of references: None is the null reference (int | None is boxed, not done yet)
            case OPTIONAL -> t.a().kind() == Type.Kind.STR || t.a().kind() == Type.Kind.LIST && witType(t.a()) != null
                    ? new dev.wasmhost.component.wit.Type.OptionOf(witType(t.a())) : null;
            case LIST -> t.a().kind() == Type.Kind.INT ? new dev.wasmhost.component.wit.Type.ListOf(Primitive.S64)
                    : t.a().kind() == Type.Kind.FLOAT ? new dev.wasmhost.component.wit.Type.ListOf(Primitive.F64) : null;
            default -> null;
        };
    }

    /** {@code parse_point} → {@code parse-point}; null if the name has no WIT form. */
    static String kebab(String name) {
        String k = name.replace('_', '-');
        return k.matches("[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*") ? k : null;
    }

    private static CompileError error(String file, Stmt.FunctionDef def, String message) {
        return new CompileError(new Diagnostic(file, def.pos().line(), def.pos().column(), message));
    }
}
