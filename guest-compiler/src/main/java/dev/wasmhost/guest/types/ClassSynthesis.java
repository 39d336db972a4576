package dev.wasmhost.guest.types;

import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Pos;
import dev.wasmhost.guest.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Methods that {@code @dataclass} and {@code Enum} generate, written as syntax trees (located at
 * the class statement) and then checked like the class's own methods.
 */
final class ClassSynthesis {
    private ClassSynthesis() {}

    /**
     * {@code __init__} taking every field (inherited first) with its default, {@code __repr__}
     * ({@code Point(x=1, y=2)}) when every field can be printed, and {@code __eq__} comparing the
     * fields when every field can be compared; a method the class defines itself is kept.
     */
    /** {@code field(...)} or {@code dataclasses.field(...)} as a dataclass field's value. */
    static boolean isField(Expr.Call call) {
        return call.func() instanceof Expr.Name n && n.id().equals("field")
                || call.func() instanceof Expr.Attribute a && a.name().equals("field") && a.target() instanceof Expr.Name m
                && m.id().equals("dataclasses");
    }

    static void dataclass(ClassInfo c, Map<String, ClassInfo> classes, String file) {
        Pos p = c.def.pos();
        List<Stmt.FunctionDef> methods = c.def.methods();
        boolean seenDefault = false;
        for (int k = 0; k < c.fieldNames.size(); k++) {
            if (c.fieldDefaults.get(k) != null) {
                seenDefault = true;
            } else if (seenDefault) {
                throw Errors.at(file, p, "Attributes without a default cannot follow attributes with one");
            }
        }
        if (!defines(c, "__init__")) {
            List<Stmt.Param> params = new ArrayList<>();
            params.add(new Stmt.Param(p, "self", null, null));
            List<Stmt> body = new ArrayList<>();
            for (int k = 0; k < c.fieldNames.size(); k++) {
                String f = c.fieldNames.get(k);
                if (c.fieldDefaults.get(k) instanceof Expr.Call call && isField(call)) {
                    // field(default_factory=F): the parameter is "T | None = None", and None makes F()
                    Expr factory = call.keywords().get(0).value();
                    Pos fp = call.pos();
                    Expr made = factory instanceof Expr.Name n && n.id().equals("list") ? new Expr.ListLit(fp, List.of())
                            : factory instanceof Expr.Name n && n.id().equals("dict") ? new Expr.DictLit(fp, List.of(), List.of())
                            : new Expr.Call(fp, factory, List.of(), List.of());
                    params.add(new Stmt.Param(p, f, new Expr.Binary(fp, "|", c.fieldAnnotations.get(k), new Expr.NoneLit(fp)),
                            new Expr.NoneLit(fp)));
                    body.add(new Stmt.Assign(p, List.of(self(p, f)), new Expr.IfExp(fp,
                            new Expr.Compare(fp, new Expr.Name(p, f), List.of("is"), List.of(new Expr.NoneLit(fp))), made,
                            new Expr.Name(p, f))));
                    continue;
                }
                params.add(new Stmt.Param(p, f, c.fieldAnnotations.get(k), c.fieldDefaults.get(k)));
                body.add(new Stmt.Assign(p, List.of(self(p, f)), new Expr.Name(p, f)));
            }
            if (body.isEmpty()) {
                body.add(new Stmt.Pass(p));
            }
            methods.add(new Stmt.FunctionDef(p, "__init__", params, new Expr.NoneLit(p), body));
        }
        if (!defines(c, "__repr__") && c.fieldTypes.stream().allMatch(t -> printable(t, classes))) {
            List<Expr> parts = new ArrayList<>();
            for (int k = 0; k < c.fieldNames.size(); k++) {
                String f = c.fieldNames.get(k);
                parts.add(new Expr.StrLit(p, (k == 0 ? c.name + "(" : ", ") + f + "="));
                parts.add(new Expr.Formatted(p, self(p, f), 'r', null));
            }
            parts.add(new Expr.StrLit(p, c.fieldNames.isEmpty() ? c.name + "()" : ")"));
            methods.add(method(p, "__repr__", "str", new Expr.FString(p, parts)));
        }
        if (!defines(c, "__eq__") && c.fieldTypes.stream().allMatch(t -> comparable(t, classes))) {
            Expr test = new Expr.BoolLit(p, true);
            for (int k = c.fieldNames.size() - 1; k >= 0; k--) {
                String f = c.fieldNames.get(k);
                Expr eq = new Expr.Compare(p, self(p, f), List.of("=="), List.of(new Expr.Attribute(p, new Expr.Name(p, "other"), f)));
                test = k == c.fieldNames.size() - 1 ? eq : new Expr.BoolOp(p, "and", eq, test);
            }
            List<Stmt.Param> params = List.of(new Stmt.Param(p, "self", null, null),
                    new Stmt.Param(p, "other", new Expr.StrLit(p, c.name), null));
            methods.add(new Stmt.FunctionDef(p, "__eq__", params, new Expr.Name(p, "bool"), List.of(new Stmt.Return(p, test))));
        }
    }

    /** An enum's {@code __str__} ({@code Color.RED}) and {@code __repr__} ({@code <Color.RED: 1>}). */
    static void enumeration(ClassInfo c) {
        Pos p = c.def.pos();
        if (!defines(c, "__str__")) {
            c.def.methods().add(method(p, "__str__", "str", new Expr.FString(p, List.of(
                    new Expr.StrLit(p, c.name + "."), new Expr.Formatted(p, self(p, "name"), (char) 0, null)))));
        }
        if (!defines(c, "__repr__")) {
            c.def.methods().add(method(p, "__repr__", "str", new Expr.FString(p, List.of(
                    new Expr.StrLit(p, "<" + c.name + "."), new Expr.Formatted(p, self(p, "name"), (char) 0, null),
                    new Expr.StrLit(p, ": "), new Expr.Formatted(p, self(p, "value"), 'r', null), new Expr.StrLit(p, ">")))));
        }
    }

    private static Stmt.FunctionDef method(Pos p, String name, String returns, Expr value) {
        return new Stmt.FunctionDef(p, name, List.of(new Stmt.Param(p, "self", null, null)), new Expr.Name(p, returns),
                List.of(new Stmt.Return(p, value)));
    }

    private static Expr self(Pos p, String field) {
        return new Expr.Attribute(p, new Expr.Name(p, "self"), field);
    }

    private static boolean defines(ClassInfo c, String method) {
        return c.def.methods().stream().anyMatch(m -> m.name().equals(method));
    }

    /** Types whose repr the guest language can write: no sets, no object, no functions, and classes only if they have a repr. */
    private static boolean printable(Type t, Map<String, ClassInfo> classes) {
        return switch (t.kind()) {
            case SET, OBJECT, FUNC -> false;
            case CLASS -> hasMethod(t, classes, "__repr__");
            case OPTIONAL, LIST, VARTUPLE -> printable(t.a(), classes);
            case DICT -> printable(t.a(), classes) && printable(t.b(), classes);
            case TUPLE -> t.items().stream().allMatch(i -> printable(i, classes));
            default -> !ExprChecker.containsClass(t) && !ExprChecker.containsSet(t) && !ExprChecker.containsFunc(t);
        };
    }

    private static boolean comparable(Type t, Map<String, ClassInfo> classes) {
        return switch (t.kind()) {
            case INT, FLOAT, BOOL, STR, BYTES, SET -> true;
            case LIST, DICT, VARTUPLE -> !ExprChecker.containsClass(t); // compared by value (ExprChecker.compare)
            case TUPLE -> t.isOrderable();
            case OPTIONAL -> comparable(t.a(), classes);
            case CLASS -> hasMethod(t, classes, "__eq__") || t.isKey();
            default -> false;
        };
    }

    private static boolean hasMethod(Type t, Map<String, ClassInfo> classes, String method) {
        for (ClassInfo c = classes.get(t.name()); c != null; c = c.base) {
            if (c.dataclass || c.isEnum || defines(c, method)) {
                return true;
            }
        }
        return false;
    }
}
