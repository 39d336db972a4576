package dev.wasmhost.guest.types;

/**
 * A static type of the guest language. Containers carry their element types ({@code a} for
 * list elements and dict keys, {@code b} for dict values); {@link #toString()} prints the type the
 * way mypy does, e.g. {@code dict[str, list[int]]}.
 */
public record Type(Kind kind, Type a, Type b, String name) {
    /**
     * CLASS types carry the class name, and in {@code a} the base class (or null). TUPLE types
     * are a chain: {@code a} is the first item type, {@code b} the tuple of the other items;
     * the empty tuple has neither.
     */
    /**
     * OBJECT is opaque: any reference or None, usable only in "is None" tests (parameters of __exit__).
     * VARTUPLE is {@code tuple[T, ...]}, a tuple of any length ({@code a} is T): laid out like a list
     * (length, capacity, slot array, element descriptor), never changed after it is made.
     */
    public enum Kind { INT, FLOAT, BOOL, STR, BYTES, NONE, LIST, DICT, CLASS, TUPLE, OPTIONAL, OBJECT, SET, FUNC, VARTUPLE }

    public static final Type INT = new Type(Kind.INT, null, null, null);
    public static final Type FLOAT = new Type(Kind.FLOAT, null, null, null);
    public static final Type BOOL = new Type(Kind.BOOL, null, null, null);
    public static final Type STR = new Type(Kind.STR, null, null, null);
    /** {@code bytes}: laid out like a str object (length, length again, the bytes). */
    public static final Type BYTES = new Type(Kind.BYTES, null, null, null);
    public static final Type NONE = new Type(Kind.NONE, null, null, null);
    public static final Type OBJECT = new Type(Kind.OBJECT, null, null, null);

    public static Type list(Type element) {
        return new Type(Kind.LIST, element, null, null);
    }

    /** {@code tuple[T, ...]}: a variable-length tuple, laid out like a list. */
    public static Type varTuple(Type element) {
        return new Type(Kind.VARTUPLE, element, null, null);
    }

    /** True for list[T] and tuple[T, ...]: the types laid out as a list (length at +8, slot array at +16). */
    public boolean isSequence() {
        return kind == Kind.LIST || kind == Kind.VARTUPLE;
    }

    /** {@code set[T]}: represented as a dict of T without values. */
    public static Type set(Type element) {
        return new Type(Kind.SET, element, null, null);
    }

    /**
     * A function value, {@code Callable[[A, B], R]}: {@code a} is the return type, {@code b} the
     * tuple of parameter types. At run time a closure: a tuple of its function's table index and
     * the cells it captured.
     */
    public static Type func(java.util.List<Type> params, Type result) {
        return new Type(Kind.FUNC, result, tuple(params), null);
    }

    /** The parameter types of a FUNC type. */
    public java.util.List<Type> params() {
        return b.items();
    }

    public static Type dict(Type key, Type value) {
        return new Type(Kind.DICT, key, value, null);
    }

    public static Type tuple(java.util.List<Type> items) {
        Type t = new Type(Kind.TUPLE, null, null, null);
        for (int k = items.size() - 1; k >= 0; k--) {
            t = new Type(Kind.TUPLE, items.get(k), t, null);
        }
        return t;
    }

    /** The item types of a TUPLE type. */
    public java.util.List<Type> items() {
        java.util.List<Type> items = new java.util.ArrayList<>();
        for (Type t = this; t.a != null; t = t.b) {
            items.add(t.a);
        }
        return items;
    }

    /**
     * {@code T | None}: a reference (0 is None). Reference types T are the pointer itself; int, float
     * and bool values are boxed in a one-item tuple so that None stays distinguishable.
     */
    public static Type optional(Type inner) {
        return inner.kind == Kind.OPTIONAL || inner.kind == Kind.NONE || inner.kind == Kind.OBJECT ? inner : new Type(Kind.OPTIONAL, inner, null, null);
    }

    /** True for int, float and bool: the types whose optional form is boxed. */
    public boolean isScalar() {
        return kind == Kind.INT || kind == Kind.FLOAT || kind == Kind.BOOL;
    }

    public static Type ofClass(String name, Type base) {
        return new Type(Kind.CLASS, base, null, name);
    }

    /** True for heap objects (a pointer into linear memory that the collector must see). */
    public boolean isRef() {
        return kind == Kind.STR || kind == Kind.BYTES || kind == Kind.LIST || kind == Kind.DICT || kind == Kind.CLASS || kind == Kind.TUPLE
                || kind == Kind.OPTIONAL || kind == Kind.OBJECT || kind == Kind.SET || kind == Kind.FUNC || kind == Kind.VARTUPLE;
    }

    /** True if a value of this type may be used where {@code other} is expected without conversion. */
    public boolean isSubclassOf(Type other) {
        for (Type t = this; t != null && t.kind == Kind.CLASS; t = t.a) {
            if (t.equals(other)) {
                return true;
            }
        }
        return false;
    }

    /** Usable as a dict key or set element: int, str, bool, bytes, enum members, and tuples of those (floats are orderable only). */
    public boolean isKey() {
        if (kind == Kind.CLASS) {
            // enum members are singletons: hashed and compared by identity
            for (Type t = this; t != null; t = t.a) {
                if (t.a == null && t.name.equals("Enum")) {
                    return true;
                }
            }
            return false;
        }
        return kind == Kind.INT || kind == Kind.STR || kind == Kind.BOOL || kind == Kind.BYTES
                || kind == Kind.TUPLE && items().stream().allMatch(Type::isKey)
                || kind == Kind.VARTUPLE && a.isKey();
    }

    /** Has a total order the runtime can sort by: int, float, bool, str, and tuples of those. */
    public boolean isOrderable() {
        return kind == Kind.INT || kind == Kind.FLOAT || kind == Kind.STR || kind == Kind.BOOL || kind == Kind.BYTES
                || kind == Kind.TUPLE && items().stream().allMatch(Type::isOrderable)
                || (kind == Kind.LIST || kind == Kind.VARTUPLE) && a.isOrderable();
    }

    public boolean isNumeric() {
        return kind == Kind.INT || kind == Kind.FLOAT || kind == Kind.BOOL;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case INT -> "int";
            case FLOAT -> "float";
            case BOOL -> "bool";
            case STR -> "str";
            case BYTES -> "bytes";
            case NONE -> "None";
            case LIST -> "list[" + a + "]";
            case VARTUPLE -> "tuple[" + a + ", ...]";
            case DICT -> "dict[" + a + ", " + b + "]";
            case CLASS -> name;
            case OPTIONAL -> a + " | None";
            case OBJECT -> "object";
            case SET -> "set[" + a + "]";
            case FUNC -> "Callable[[" + String.join(", ", params().stream().map(Type::toString).toList()) + "], " + a + "]";
            case TUPLE -> a == null ? "tuple[()]"
                    : "tuple[" + String.join(", ", items().stream().map(Type::toString).toList()) + "]";
        };
    }
}
