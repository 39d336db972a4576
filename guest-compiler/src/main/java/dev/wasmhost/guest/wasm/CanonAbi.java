package dev.wasmhost.guest.wasm;

import dev.wasmhost.guest.ir.IrClass;
import dev.wasmhost.guest.ir.IrGlobal;
import dev.wasmhost.guest.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The canonical ABI of the component model for the guest language's values, as wasm code in an export's (or an
 * import's) glue. The WIT type of a guest type (see {@code Exports}): int is s64, float f64, bool bool, str string,
 * list[T] list, dict[K, V] list&lt;tuple&lt;K, V&gt;&gt;, tuple[...] tuple, T | None option, a dataclass a record of
 * its fields, an Enum subclass an enum of its members (in order).
 *
 * <p>Four conversions, each a walk over the type: {@link #lift} reads a value in the ABI's memory layout and makes
 * the guest's objects; {@link #lower} writes a guest value in that layout (allocating the arrays of lists);
 * {@link #flatToMemory} stores flattened core values (an export's parameters) in the memory layout, and
 * {@link #memoryToFlat} loads them back (a one-value result). Strings and lists are always copied, so the host's
 * blocks and the guest's objects never alias. The collector must be paused while they run (nothing roots the
 * objects they make until the call).
 */
final class CanonAbi {
    private final WasmBackend backend;
    private final Map<String, IrClass> classes = new HashMap<>();
    /** Field types of records whose WIT fields are narrower than the guest's (imported interfaces), by class. */
    private final Map<String, List<Type>> wireFields;
    /** The locals of the function being made, after its parameters: their wasm types. */
    private final List<Integer> locals = new ArrayList<>();
    private final int firstLocal;

    CanonAbi(WasmBackend backend, List<IrClass> classes, int firstLocal) {
        this(backend, classes, firstLocal, Map.of());
    }

    CanonAbi(WasmBackend backend, List<IrClass> classes, int firstLocal, Map<String, List<Type>> wireFields) {
        this.backend = backend;
        this.wireFields = wireFields;
        classes.forEach(c -> this.classes.put(c.name(), c));
        this.firstLocal = firstLocal;
    }

    int local(int valType) {
        locals.add(valType);
        return firstLocal + locals.size() - 1;
    }

    /** The local declarations of the function, one group per local. */
    Code localDecls() {
        Code c = new Code().u32(locals.size());
        for (int t : locals) {
            c.u32(1).u8(t);
        }
        return c;
    }

    // ---- layout

    /** True for an Enum subclass (its root base is Enum). */
    static boolean isEnum(Type t) {
        if (t.kind() != Type.Kind.CLASS) {
            return false;
        }
        Type root = t;
        while (root.a() != null) {
            root = root.a();
        }
        return root != t && root.name().equals("Enum");
    }

    /** The fields of a record (tuple items, or a dataclass's fields in slot order). */
    List<Type> fields(Type t) {
        return t.kind() == Type.Kind.TUPLE ? t.items()
                : wireFields.getOrDefault(t.name(), classes.get(t.name()).fieldTypes());
    }

    // ---- wire types: int, float and str leaves whose name gives another WIT type (imported interfaces only)

    /**
     * A guest type standing for a narrower WIT type: int for {@code u8 s8 u16 s16 u32 s32 u64}, float for
     * {@code f32}, str for {@code char}. The guest value is the same (i64, f64, a str object).
     */
    static Type wire(Type.Kind kind, String witName) {
        return new Type(kind, null, null, witName);
    }

    /** Bytes of an int wire type: 8 for s64 and u64. */
    private static int intBytes(Type t) {
        if (t.name() == null) {
            return 8;
        }
        return switch (t.name()) {
            case "u8", "s8" -> 1;
            case "u16", "s16" -> 2;
            case "u32", "s32" -> 4;
            default -> 8;
        };
    }

    private static boolean signed(Type t) {
        return t.name() == null || t.name().startsWith("s");
    }

    private static boolean isF32(Type t) {
        return "f32".equals(t.name());
    }

    private static boolean isChar(Type t) {
        return "char".equals(t.name());
    }

    /** True for a type whose guest value is its one flat value as is: s64, f64, bool. */
    static boolean plainScalar(Type t) {
        return t.isScalar() && t.name() == null;
    }

    private static boolean isRecord(Type t) {
        return t.kind() == Type.Kind.TUPLE || t.kind() == Type.Kind.CLASS && !isEnum(t);
    }

    int size(Type t) {
        return switch (t.kind()) {
            case INT -> intBytes(t);
            case FLOAT -> isF32(t) ? 4 : 8;
            case BOOL -> 1;
            case STR -> isChar(t) ? 4 : 8;
            case LIST, DICT -> 8;
            case OPTIONAL -> Layout.align(payloadOffset(t) + size(t.a()), align(t));
            case TUPLE, CLASS -> {
                if (!isRecord(t)) {
                    yield 1;
                }
                int off = 0;
                for (Type f : fields(t)) {
                    off = Layout.align(off, align(f)) + size(f);
                }
                yield Layout.align(off, align(t));
            }
            default -> throw new IllegalStateException("no canonical ABI layout for " + t);
        };
    }

    int align(Type t) {
        return switch (t.kind()) {
            case INT -> intBytes(t);
            case FLOAT -> isF32(t) ? 4 : 8;
            case BOOL -> 1;
            case STR, LIST, DICT -> 4;
            case OPTIONAL -> Math.max(1, align(t.a()));
            case TUPLE, CLASS -> {
                int a = 1;
                if (isRecord(t)) {
                    for (Type f : fields(t)) {
                        a = Math.max(a, align(f));
                    }
                }
                yield a;
            }
            default -> throw new IllegalStateException("no canonical ABI layout for " + t);
        };
    }

    int payloadOffset(Type option) {
        return Layout.align(1, align(option.a()));
    }

    List<Integer> fieldOffsets(Type t) {
        List<Integer> out = new ArrayList<>();
        int off = 0;
        for (Type f : fields(t)) {
            off = Layout.align(off, align(f));
            out.add(off);
            off += size(f);
        }
        return out;
    }

    /** The element type of the WIT list a list or dict maps to (a dict's is the tuple of key and value). */
    private static Type element(Type t) {
        return t.kind() == Type.Kind.DICT ? Type.tuple(List.of(t.a(), t.b())) : t.a();
    }

    /** The core value types {@code t} flattens to. */
    void flat(Type t, List<Integer> out) {
        switch (t.kind()) {
            case INT -> out.add(intBytes(t) == 8 ? Code.I64 : Code.I32);
            case FLOAT -> out.add(isF32(t) ? F32 : Code.F64);
            case BOOL -> out.add(Code.I32);
            case STR, LIST, DICT -> {
                out.add(Code.I32);
                if (!isChar(t)) {
                    out.add(Code.I32);
                }
            }
            case OPTIONAL -> {
                out.add(Code.I32);
                flat(t.a(), out);
            }
            case TUPLE, CLASS -> {
                if (isRecord(t)) {
                    for (Type f : fields(t)) {
                        flat(f, out);
                    }
                } else {
                    out.add(Code.I32);
                }
            }
            default -> throw new IllegalStateException("no canonical ABI flattening for " + t);
        }
    }

    static final int F32 = 0x7D;

    List<Integer> flat(Type t) {
        List<Integer> out = new ArrayList<>();
        flat(t, out);
        return out;
    }

    // ---- guest slots: 8 bytes in lists, dicts, tuples and instances; int as i64, float as f64, others as i32

    private static void loadSlot(Code c, Type t, int offset) {
        switch (t.kind()) {
            case INT -> c.mem(Op.I64_LOAD, 3, offset);
            case FLOAT -> c.mem(0x2B, 3, offset);
            default -> c.i32Load(offset);
        }
    }

    static void storeSlot(Code c, Type t, int offset) {
        switch (t.kind()) {
            case INT -> c.mem(Op.I64_STORE, 3, offset);
            case FLOAT -> c.mem(0x39, 3, offset);
            default -> c.i32Store(offset);
        }
    }

    /** A guest value on the stack as the i64 the runtime's functions take. */
    private static void toI64(Code c, Type t) {
        switch (t.kind()) {
            case INT -> { }
            case FLOAT -> c.u8(Op.I64_REINTERPRET_F64);
            default -> c.u8(Op.I64_EXTEND_I32_U);
        }
    }

    private int call(String runtimeFunction) {
        return backend.functionIndex("rt." + runtimeFunction);
    }

    /** Leaves {@code rt.str_new(n)}'s body address (8-aligned) on the stack; {@code n} is the i32 local's value. */
    private void block(Code c, int nLocal) {
        c.localGet(nLocal).u8(Op.I64_EXTEND_I32_U).i64Const(0).call(call("str_new")).u8(Op.I32_WRAP_I64)
                .i32Const(16).u8(Op.I32_ADD);
    }

    /** A block of {@code size} constant bytes (8-aligned, zeroed), its address on the stack. */
    void block(Code c, int size, int scratch) {
        c.i32Const(size).localSet(scratch);
        block(c, scratch);
    }

    // ---- lifting: memory layout to guest values

    /** Leaves the guest value of type {@code t} stored at {@code addr + off} on the stack. */
    void lift(Code c, Type t, int addr, int off) {
        switch (t.kind()) {
            case INT -> {
                // i64.load8_s/u, load16_s/u, load32_s/u extend to the guest's i64
                int n = intBytes(t);
                int op = n == 8 ? Op.I64_LOAD : n == 1 ? 0x30 : n == 2 ? 0x32 : 0x34;
                c.localGet(addr).mem(n == 8 ? op : op + (signed(t) ? 0 : 1), n == 8 ? 3 : n == 1 ? 0 : n == 2 ? 1 : 2, off);
            }
            case FLOAT -> {
                if (isF32(t)) {
                    c.localGet(addr).mem(0x2A, 2, off).u8(0xBB); // f32.load, f64.promote_f32
                } else {
                    c.localGet(addr).mem(0x2B, 3, off);
                }
            }
            case BOOL -> c.localGet(addr).mem(Op.I32_LOAD8_U, 0, off).i32Const(0).u8(Op.I32_NE);
            case STR -> {
                if (isChar(t)) {
                    c.localGet(addr).i32Load(off).u8(Op.I64_EXTEND_I32_U).call(call("str_chr")).u8(Op.I32_WRAP_I64);
                } else {
                    liftStr(c, addr, off);
                }
            }
            case LIST -> liftList(c, t, addr, off);
            case DICT -> liftDict(c, t, addr, off);
            case OPTIONAL -> {
                c.localGet(addr).mem(Op.I32_LOAD8_U, 0, off).u8(Op.IF).u8(Code.I32);
                if (t.a().isScalar()) {
                    // int, float and bool in T | None are boxed in a one-item tuple
                    Type box = Type.tuple(List.of(t.a()));
                    int b = local(Code.I32);
                    c.i64Const(backend.data.descriptor(box)).call(call("object_new")).u8(Op.I32_WRAP_I64).localSet(b);
                    c.localGet(b);
                    lift(c, t.a(), addr, off + payloadOffset(t));
                    storeSlot(c, t.a(), 16);
                    c.localGet(b);
                } else {
                    lift(c, t.a(), addr, off + payloadOffset(t));
                }
                c.u8(Op.ELSE).i32Const(0).u8(Op.END);
            }
            case TUPLE, CLASS -> {
                if (isEnum(t)) {
                    int members = backend.refGlobalAddress(memberList(t));
                    // the member list's slot array, then the member at the case's index
                    c.i32Const(members).i32Load(0).i32Load(16);
                    c.localGet(addr).mem(Op.I32_LOAD8_U, 0, off).i32Const(8).u8(Op.I32_MUL).u8(Op.I32_ADD).i32Load(16);
                    return;
                }
                int obj = local(Code.I32);
                c.i64Const(backend.data.descriptor(t)).call(call("object_new")).u8(Op.I32_WRAP_I64).localSet(obj);
                List<Type> fields = fields(t);
                List<Integer> offsets = fieldOffsets(t);
                for (int k = 0; k < fields.size(); k++) {
                    c.localGet(obj);
                    lift(c, fields.get(k), addr, off + offsets.get(k));
                    storeSlot(c, fields.get(k), 16 + 8 * k);
                }
                if (t.kind() == Type.Kind.CLASS) {
                    // every field assigned
                    c.localGet(obj).i32Const((int) ((1L << fields.size()) - 1)).i32Store(12);
                }
                c.localGet(obj);
            }
            default -> throw new IllegalStateException("cannot lift " + t);
        }
    }

    IrGlobal memberList(Type enumType) {
        IrGlobal g = backend.global(enumType.name() + ".$members");
        if (g == null) {
            throw new IllegalStateException("enum " + enumType.name() + " has no member list");
        }
        return g;
    }

    private void liftStr(Code c, int addr, int off) {
        int p = local(Code.I32);
        int n = local(Code.I32);
        int s = local(Code.I32);
        c.localGet(addr).i32Load(off).localSet(p);
        c.localGet(addr).i32Load(off + 4).localSet(n);
        c.localGet(n).u8(Op.I64_EXTEND_I32_U).i64Const(0).call(call("str_new")).u8(Op.I32_WRAP_I64).localSet(s);
        c.localGet(s).i32Const(16).u8(Op.I32_ADD).localGet(p).localGet(n).u8(Op.PREFIX_FC).u32(Op.FC_MEMORY_COPY).u8(0).u8(0);
        c.localGet(s);
        c.localGet(s).i32Const(16).u8(Op.I32_ADD).u8(Op.I64_EXTEND_I32_U).localGet(n).u8(Op.I64_EXTEND_I32_U)
                .call(call("count_cp")).u8(Op.I32_WRAP_I64).i32Store(12);
        c.localGet(s);
    }

    /** A loop over {@code i} from 0 while below the i32 local {@code n}; {@code body} runs with {@code i} set. */
    private static void loop(Code c, int i, int n, Runnable body) {
        c.i32Const(0).localSet(i);
        c.u8(Op.BLOCK).u8(Code.EMPTY).u8(Op.LOOP).u8(Code.EMPTY);
        c.localGet(i).localGet(n).u8(Op.I32_LT_U).u8(Op.I32_EQZ).u8(Op.BR_IF).u32(1);
        body.run();
        c.localGet(i).i32Const(1).u8(Op.I32_ADD).localSet(i);
        c.u8(Op.BR).u32(0).u8(Op.END).u8(Op.END);
    }

    private void liftList(Code c, Type t, int addr, int off) {
        Type e = t.a();
        int esize = size(e);
        int p = local(Code.I32);
        int n = local(Code.I32);
        int arr = local(Code.I32);
        int lst = local(Code.I32);
        int i = local(Code.I32);
        int at = local(Code.I32);
        int edesc = backend.data.descriptor(e);
        c.localGet(addr).i32Load(off).localSet(p);
        c.localGet(addr).i32Load(off + 4).localSet(n);
        c.localGet(n).u8(Op.I64_EXTEND_I32_U).i64Const(edesc).call(call("array_new")).u8(Op.I32_WRAP_I64).localSet(arr);
        c.i64Const(0).i64Const(edesc).call(call("list_new")).u8(Op.I32_WRAP_I64).localSet(lst);
        c.localGet(lst).localGet(n).i32Store(8);
        c.localGet(lst).localGet(n).i32Store(12);
        c.localGet(lst).localGet(arr).i32Store(16);
        loop(c, i, n, () -> {
            c.localGet(p).localGet(i).i32Const(esize).u8(Op.I32_MUL).u8(Op.I32_ADD).localSet(at);
            c.localGet(arr).localGet(i).i32Const(8).u8(Op.I32_MUL).u8(Op.I32_ADD);
            lift(c, e, at, 0);
            storeSlot(c, e, 16);
        });
        c.localGet(lst);
    }

    private void liftDict(Code c, Type t, int addr, int off) {
        Type entry = element(t);
        int esize = size(entry);
        List<Integer> offsets = fieldOffsets(entry);
        int p = local(Code.I32);
        int n = local(Code.I32);
        int d = local(Code.I32);
        int i = local(Code.I32);
        int at = local(Code.I32);
        c.localGet(addr).i32Load(off).localSet(p);
        c.localGet(addr).i32Load(off + 4).localSet(n);
        c.i64Const(backend.data.descriptor(t)).call(call("dict_new")).u8(Op.I32_WRAP_I64).localSet(d);
        loop(c, i, n, () -> {
            c.localGet(p).localGet(i).i32Const(esize).u8(Op.I32_MUL).u8(Op.I32_ADD).localSet(at);
            c.localGet(d).u8(Op.I64_EXTEND_I32_U);
            lift(c, t.a(), at, offsets.get(0));
            toI64(c, t.a());
            lift(c, t.b(), at, offsets.get(1));
            toI64(c, t.b());
            c.call(call("dict_set"));
        });
        c.localGet(d);
    }

    // ---- lowering: guest values to the memory layout

    /** Writes the guest value of type {@code t} in local {@code value} at {@code addr + off}. */
    void lower(Code c, Type t, int value, int addr, int off) {
        switch (t.kind()) {
            case INT -> {
                // i64.store8/16/32 keep the low bits: a value out of the WIT type's range wraps
                int n = intBytes(t);
                c.localGet(addr).localGet(value).mem(n == 8 ? Op.I64_STORE : n == 1 ? 0x3C : n == 2 ? 0x3D : 0x3E,
                        n == 8 ? 3 : n == 1 ? 0 : n == 2 ? 1 : 2, off);
            }
            case FLOAT -> {
                if (isF32(t)) {
                    c.localGet(addr).localGet(value).u8(0xB6).mem(0x38, 2, off); // f32.demote_f64, f32.store
                } else {
                    c.localGet(addr).localGet(value).mem(0x39, 3, off);
                }
            }
            case BOOL -> c.localGet(addr).localGet(value).mem(Op.I32_STORE8, 0, off);
            case STR -> {
                if (isChar(t)) {
                    // the code point of a str of one character (ord)
                    c.localGet(addr).localGet(value).u8(Op.I64_EXTEND_I32_U).call(call("str_ord")).u8(Op.I32_WRAP_I64)
                            .i32Store(off);
                    return;
                }
                c.localGet(addr).localGet(value).i32Const(16).u8(Op.I32_ADD).i32Store(off);
                c.localGet(addr).localGet(value).i32Load(8).i32Store(off + 4);
            }
            case LIST -> lowerList(c, t, value, addr, off);
            case DICT -> lowerDict(c, t, value, addr, off);
            case OPTIONAL -> {
                c.localGet(addr).localGet(value).i32Const(0).u8(Op.I32_NE).mem(Op.I32_STORE8, 0, off);
                c.localGet(value).u8(Op.IF).u8(Code.EMPTY);
                int payload = value;
                if (t.a().isScalar()) {
                    payload = local(WasmBackend.valType(t.a()));
                    c.localGet(value);
                    loadSlot(c, t.a(), 16);
                    c.localSet(payload);
                }
                lower(c, t.a(), payload, addr, off + payloadOffset(t));
                c.u8(Op.END);
            }
            case TUPLE, CLASS -> {
                if (isEnum(t)) {
                    lowerEnum(c, t, value, addr, off);
                    return;
                }
                List<Type> fields = fields(t);
                List<Integer> offsets = fieldOffsets(t);
                for (int k = 0; k < fields.size(); k++) {
                    int f = local(WasmBackend.valType(fields.get(k)));
                    c.localGet(value);
                    loadSlot(c, fields.get(k), 16 + 8 * k);
                    c.localSet(f);
                    lower(c, fields.get(k), f, addr, off + offsets.get(k));
                }
            }
            default -> throw new IllegalStateException("cannot lower " + t);
        }
    }

    /** An enum member is written as its index in the member list (found by identity). */
    private void lowerEnum(Code c, Type t, int value, int addr, int off) {
        int arr = local(Code.I32);
        int i = local(Code.I32);
        c.i32Const(backend.refGlobalAddress(memberList(t))).i32Load(0).i32Load(16).localSet(arr);
        c.i32Const(0).localSet(i);
        c.u8(Op.BLOCK).u8(Code.EMPTY).u8(Op.LOOP).u8(Code.EMPTY);
        c.localGet(arr).localGet(i).i32Const(8).u8(Op.I32_MUL).u8(Op.I32_ADD).i32Load(16).localGet(value)
                .u8(Op.I32_EQ).u8(Op.BR_IF).u32(1);
        c.localGet(i).i32Const(1).u8(Op.I32_ADD).localSet(i);
        c.u8(Op.BR).u32(0).u8(Op.END).u8(Op.END);
        c.localGet(addr).localGet(i).mem(Op.I32_STORE8, 0, off);
    }

    private void lowerList(Code c, Type t, int value, int addr, int off) {
        Type e = t.a();
        int n = local(Code.I32);
        int arr = local(Code.I32);
        c.localGet(value).i32Load(8).localSet(n);
        c.localGet(value).i32Load(16).localSet(arr);
        c.localGet(addr);
        if ((e.kind() == Type.Kind.INT || e.kind() == Type.Kind.FLOAT) && e.name() == null) {
            // s64 and f64 elements are the slots themselves (a list that never had an array is empty)
            c.localGet(arr).i32Const(16).u8(Op.I32_ADD).i32Const(0).localGet(arr).u8(Op.SELECT);
        } else {
            int esize = size(e);
            int bytes = local(Code.I32);
            int blk = local(Code.I32);
            int i = local(Code.I32);
            int at = local(Code.I32);
            int ev = local(WasmBackend.valType(e));
            c.localGet(n).i32Const(esize).u8(Op.I32_MUL).localSet(bytes);
            block(c, bytes);
            c.localSet(blk);
            loop(c, i, n, () -> {
                c.localGet(arr).localGet(i).i32Const(8).u8(Op.I32_MUL).u8(Op.I32_ADD);
                loadSlot(c, e, 16);
                c.localSet(ev);
                c.localGet(blk).localGet(i).i32Const(esize).u8(Op.I32_MUL).u8(Op.I32_ADD).localSet(at);
                lower(c, e, ev, at, 0);
            });
            c.localGet(blk);
        }
        c.i32Store(off);
        c.localGet(addr).localGet(n).i32Store(off + 4);
    }

    private void lowerDict(Code c, Type t, int value, int addr, int off) {
        Type entry = element(t);
        int esize = size(entry);
        List<Integer> offsets = fieldOffsets(entry);
        int n = local(Code.I32);
        int bytes = local(Code.I32);
        int blk = local(Code.I32);
        int i = local(Code.I32);
        int at = local(Code.I32);
        int k = local(WasmBackend.valType(t.a()));
        int v = local(WasmBackend.valType(t.b()));
        c.localGet(value).i32Load(8).localSet(n);
        c.localGet(n).i32Const(esize).u8(Op.I32_MUL).localSet(bytes);
        block(c, bytes);
        c.localSet(blk);
        loop(c, i, n, () -> {
            // entries are dense and in insertion order: keys array [12], values array [16]
            c.localGet(value).i32Load(12).localGet(i).i32Const(8).u8(Op.I32_MUL).u8(Op.I32_ADD);
            loadSlot(c, t.a(), 16);
            c.localSet(k);
            c.localGet(value).i32Load(16).localGet(i).i32Const(8).u8(Op.I32_MUL).u8(Op.I32_ADD);
            loadSlot(c, t.b(), 16);
            c.localSet(v);
            c.localGet(blk).localGet(i).i32Const(esize).u8(Op.I32_MUL).u8(Op.I32_ADD).localSet(at);
            lower(c, t.a(), k, at, offsets.get(0));
            lower(c, t.b(), v, at, offsets.get(1));
        });
        c.localGet(addr).localGet(blk).i32Store(off);
        c.localGet(addr).localGet(n).i32Store(off + 4);
    }

    // ---- flat values and the memory layout

    /** Stores the flattened value of {@code t} (the locals {@code flat} yields, in order) at {@code addr + off}. */
    void flatToMemory(Code c, Type t, Iterator<Integer> flat, int addr, int off) {
        switch (t.kind()) {
            case INT -> {
                int n = intBytes(t);
                c.localGet(addr).localGet(flat.next()).mem(n == 8 ? Op.I64_STORE : n == 1 ? Op.I32_STORE8 : n == 2 ? 0x3B
                        : 0x36, n == 8 ? 3 : n == 1 ? 0 : n == 2 ? 1 : 2, off);
            }
            case FLOAT -> {
                if (isF32(t)) {
                    c.localGet(addr).localGet(flat.next()).mem(0x38, 2, off);
                } else {
                    c.localGet(addr).localGet(flat.next()).mem(0x39, 3, off);
                }
            }
            case BOOL -> c.localGet(addr).localGet(flat.next()).mem(Op.I32_STORE8, 0, off);
            case STR, LIST, DICT -> {
                c.localGet(addr).localGet(flat.next()).i32Store(off);
                if (!isChar(t)) {
                    c.localGet(addr).localGet(flat.next()).i32Store(off + 4);
                }
            }
            case OPTIONAL -> {
                c.localGet(addr).localGet(flat.next()).mem(Op.I32_STORE8, 0, off);
                flatToMemory(c, t.a(), flat, addr, off + payloadOffset(t));
            }
            case TUPLE, CLASS -> {
                if (isEnum(t)) {
                    c.localGet(addr).localGet(flat.next()).mem(Op.I32_STORE8, 0, off);
                    return;
                }
                List<Type> fields = fields(t);
                List<Integer> offsets = fieldOffsets(t);
                for (int k = 0; k < fields.size(); k++) {
                    flatToMemory(c, fields.get(k), flat, addr, off + offsets.get(k));
                }
            }
            default -> throw new IllegalStateException("cannot flatten " + t);
        }
    }

    /** Pushes the flattened value of {@code t} stored at {@code addr + off}. */
    void memoryToFlat(Code c, Type t, int addr, int off) {
        switch (t.kind()) {
            case INT -> {
                // i32.load8_s/u, load16_s/u, load for the narrow ones
                int n = intBytes(t);
                int op = n == 8 ? Op.I64_LOAD : n == 1 ? (signed(t) ? 0x2C : Op.I32_LOAD8_U)
                        : n == 2 ? (signed(t) ? 0x2E : 0x2F) : 0x28;
                c.localGet(addr).mem(op, n == 8 ? 3 : n == 1 ? 0 : n == 2 ? 1 : 2, off);
            }
            case FLOAT -> {
                if (isF32(t)) {
                    c.localGet(addr).mem(0x2A, 2, off);
                } else {
                    c.localGet(addr).mem(0x2B, 3, off);
                }
            }
            case BOOL -> c.localGet(addr).mem(Op.I32_LOAD8_U, 0, off);
            case STR, LIST, DICT -> {
                c.localGet(addr).i32Load(off);
                if (!isChar(t)) {
                    c.localGet(addr).i32Load(off + 4);
                }
            }
            case OPTIONAL -> {
                c.localGet(addr).mem(Op.I32_LOAD8_U, 0, off);
                memoryToFlat(c, t.a(), addr, off + payloadOffset(t));
            }
            case TUPLE, CLASS -> {
                if (isEnum(t)) {
                    c.localGet(addr).mem(Op.I32_LOAD8_U, 0, off);
                    return;
                }
                List<Type> fields = fields(t);
                List<Integer> offsets = fieldOffsets(t);
                for (int k = 0; k < fields.size(); k++) {
                    memoryToFlat(c, fields.get(k), addr, off + offsets.get(k));
                }
            }
            default -> throw new IllegalStateException("cannot flatten " + t);
        }
    }
}
