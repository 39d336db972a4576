package dev.wasmhost.guest.types;

import dev.wasmhost.guest.syntax.Expr;
import java.util.List;

/** Turns annotation expressions ({@code int}, {@code list[str]}, {@code dict[str, int]}) into types. */
final class TypeResolver {
    private final String file;
    private final java.util.Map<String, ClassInfo> classes;
    /** Names imported with {@code from typing import ...}. */
    final java.util.Set<String> typingNames = new java.util.HashSet<>();
    /** Resolves {@code module.Class} annotations (null when the prefix is not an imported module). */
    java.util.function.Function<Expr, ClassInfo> qualified = e -> null;

    TypeResolver(String file, java.util.Map<String, ClassInfo> classes) {
        this.file = file;
        this.classes = classes;
    }

    Type resolve(Expr e) {
        switch (e) {
            case Expr.NoneLit n -> { return Type.NONE; }
            case Expr.StrLit s -> {
                return resolve(dev.wasmhost.guest.syntax.Parser.parseAnnotation(file, s.value(),
                        new dev.wasmhost.guest.syntax.Pos(s.pos().line(), s.pos().column() + 1)));
            }
            case Expr.Name n -> {
                return switch (n.id()) {
                    case "int" -> Type.INT;
                    case "float" -> Type.FLOAT;
                    case "bool" -> Type.BOOL;
                    case "str" -> Type.STR;
                    case "bytes" -> Type.BYTES;
                    case "list", "dict" -> throw Errors.at(file, n.pos(), "Missing type parameters for generic type \"" + n.id() + "\"");
                    case "Optional" -> throw Errors.at(file, n.pos(), typingNames.contains("Optional")
                            ? "\"Optional\" must have exactly one type argument" : "Name \"Optional\" is not defined");
                    case "Callable" -> throw Errors.at(file, n.pos(), typingNames.contains("Callable")
                            ? "Please use \"Callable[[<parameters>], <return type>]\"" : "Name \"Callable\" is not defined");
                    case "List", "Dict", "Union", "Any", "Tuple" ->
                        throw Errors.unsupported(file, n.pos(), "typing." + n.id() + " (use builtin generics such as list[int])");
                    case "object" -> Type.OBJECT;
                    case "TracebackType" -> {
                        if (!typingNames.contains("TracebackType")) {
                            throw Errors.at(file, n.pos(), "Name \"TracebackType\" is not defined");
                        }
                        yield Type.OBJECT;
                    }
                    case "set" -> throw Errors.at(file, n.pos(), "Missing type parameters for generic type \"set\"");
                    case "tuple", "complex" -> throw Errors.unsupported(file, n.pos(), "type " + n.id());
                    default -> {
                        ClassInfo c = classes.get(n.id());
                        if (c == null) {
                            throw Errors.at(file, n.pos(), "Name \"" + n.id() + "\" is not defined");
                        }
                        yield c.type;
                    }
                };
            }
            case Expr.Attribute a when qualified.apply(a) != null -> {
                return qualified.apply(a).type;
            }
            case Expr.Index ix when ix.target() instanceof Expr.Name n && n.id().equals("list") -> {
                if (ix.index() instanceof Expr.TupleLit) {
                    throw Errors.at(file, ix.pos(), "\"list\" expects 1 type argument, but 2 given");
                }
                return Type.list(element(ix.index()));
            }
            case Expr.Index ix when ix.target() instanceof Expr.Name n && n.id().equals("dict") -> {
                if (!(ix.index() instanceof Expr.TupleLit t) || t.items().size() != 2) {
                    throw Errors.at(file, ix.pos(), "\"dict\" expects 2 type arguments");
                }
                List<Expr> items = t.items();
                Type k = resolve(items.get(0));
                if (!k.isKey()) {
                    throw Errors.unsupported(file, items.get(0).pos(), "dict keys of type \"" + k + "\" (use int, str, bool or tuples of them)");
                }
                return Type.dict(k, element(items.get(1)));
            }
            case Expr.Index ix when ix.target() instanceof Expr.Name n && n.id().equals("tuple") -> {
                List<Expr> items = ix.index() instanceof Expr.TupleLit t ? t.items() : List.of(ix.index());
                if (items.size() == 2 && items.get(1) instanceof Expr.Ellipsis && !(items.get(0) instanceof Expr.Ellipsis)) {
                    Type elem = element(items.get(0));
                    return Type.varTuple(elem); // tuple[T, ...]: any length
                }
                if (items.size() > 32) {
                    throw Errors.unsupported(file, ix.pos(), "tuples of more than 32 items");
                }
                List<Type> types = new java.util.ArrayList<>();
                for (Expr item : items) {
                    if (item instanceof Expr.Ellipsis) {
                        throw Errors.at(file, item.pos(), "Unexpected \"...\"");
                    }
                    types.add(element(item));
                }
                return Type.tuple(types);
            }
            case Expr.Index ix when ix.target() instanceof Expr.Name n && n.id().equals("Callable") -> {
                if (!typingNames.contains("Callable")) {
                    throw Errors.at(file, n.pos(), "Name \"Callable\" is not defined");
                }
                if (!(ix.index() instanceof Expr.TupleLit t) || t.items().size() != 2 || !(t.items().get(0) instanceof Expr.ListLit ps)) {
                    throw Errors.unsupported(file, ix.pos(), "Callable other than Callable[[<parameters>], <return type>]");
                }
                List<Type> params = new java.util.ArrayList<>();
                for (Expr p : ps.items()) {
                    params.add(element(p));
                }
                return Type.func(params, resolve(t.items().get(1)));
            }
            case Expr.Index ix when ix.target() instanceof Expr.Name n && n.id().equals("set") -> {
                Type k = resolve(ix.index());
                if (!k.isKey()) {
                    throw Errors.unsupported(file, ix.index().pos(), "set elements of type \"" + k + "\" (use int, str, bool or tuples of them)");
                }
                return Type.set(k);
            }
            case Expr.Index ix when ix.target() instanceof Expr.Name n && n.id().equals("type") -> {
                // type[E] is opaque: __exit__'s exc_type, which programs only test against None
                resolve(ix.index());
                return Type.OBJECT;
            }
            case Expr.Index ix when ix.target() instanceof Expr.Name n && n.id().equals("Optional") -> {
                if (!typingNames.contains("Optional")) {
                    throw Errors.at(file, n.pos(), "Name \"Optional\" is not defined");
                }
                if (ix.index() instanceof Expr.TupleLit) {
                    throw Errors.at(file, ix.pos(), "\"Optional\" must have exactly one type argument");
                }
                return optional(ix.index(), ix);
            }
            case Expr.Binary b when b.op().equals("|") && (b.right() instanceof Expr.NoneLit || b.left() instanceof Expr.NoneLit) ->
                { return optional(b.right() instanceof Expr.NoneLit ? b.left() : b.right(), b); }
            case Expr.Binary b when b.op().equals("|") ->
                throw Errors.unsupported(file, b.pos(), "union types other than T | None");
            default -> throw Errors.unsupported(file, e.pos(), "this kind of type annotation");
        }
    }

    private Type optional(Expr inner, Expr whole) {
        Type t = resolve(inner);
        if (t == Type.NONE) {
            throw Errors.unsupported(file, whole.pos(), "None | None");
        }
        return Type.optional(t);
    }

    private Type element(Expr e) {
        if (e instanceof Expr.Ellipsis) {
            throw Errors.at(file, e.pos(), "Unexpected \"...\"");
        }
        Type t = resolve(e);
        if (t == Type.NONE) {
            throw Errors.unsupported(file, e.pos(), "containers of None");
        }
        if (t == Type.OBJECT) {
            throw Errors.unsupported(file, e.pos(), "containers of object");
        }
        return t;
    }
}
