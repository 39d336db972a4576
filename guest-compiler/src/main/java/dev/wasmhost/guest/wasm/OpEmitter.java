package dev.wasmhost.guest.wasm;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrFunction;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.types.Type;
import java.util.List;

/**
 * Emits IR primitive operations: simple ones inline, the rest as calls into the runtime library
 * ({@code rt.<op name>}), converting values to and from the runtime's calling convention, where
 * every object is an {@code int} address and container elements travel as 64-bit slots.
 */
final class OpEmitter {
    private final FunctionEmitter f;
    private final Code code;

    OpEmitter(FunctionEmitter f) {
        this.f = f;
        this.code = f.code;
    }

    void emit(IrExpr.Op op, boolean root) {
        List<IrExpr> a = op.args();
        switch (op.op()) {
            // the runtime library's own int arithmetic is on addresses and sizes, which cannot overflow
            // 64 bits: unchecked there (where a user's numbers are added, it calls int_add/int_sub)
            case INT_ADD, INT_SUB -> {
                if (runtimeLibrary()) {
                    binary(a, op.op() == IrOp.INT_ADD ? Op.I64_ADD : Op.I64_SUB);
                } else {
                    checkedAddSub(a, op.op() == IrOp.INT_ADD);
                }
            }
            // the same for *, << and >> (shift counts in the library are below 64)
            case INT_MUL -> {
                if (runtimeLibrary()) {
                    binary(a, Op.I64_MUL);
                } else {
                    checkedMul(a);
                }
            }
            case INT_FLOORDIV, INT_MOD -> {
                if (positiveConstant(a.get(1)) > 0) {
                    divByConstant(a, op.op() == IrOp.INT_MOD);
                } else {
                    runtime(op.op().name().toLowerCase(), a, op.type(), root);
                }
            }
            case INT_SHL -> uncheckedInRuntime(op, root, Op.I64_SHL);
            case INT_SHR -> {
                // a constant count below 64: the machine's arithmetic shift is Python's >>
                long count = a.get(1) instanceof IrExpr.Const c && c.value() instanceof Long v ? v : -1;
                if (count >= 0 && count < 64) {
                    binary(a, Op.I64_SHR_S);
                } else {
                    uncheckedInRuntime(op, root, Op.I64_SHR_S);
                }
            }
            case INT_AND -> binary(a, Op.I64_AND);
            case INT_OR -> binary(a, Op.I64_OR);
            case INT_XOR -> binary(a, Op.I64_XOR);
            case INT_INVERT -> {
                f.expr(a.get(0), false);
                code.i64Const(-1).u8(Op.I64_XOR);
            }
            case INT_EQ -> binary(a, Op.I64_EQ);
            case INT_NE -> binary(a, Op.I64_NE);
            case INT_LT -> binary(a, Op.I64_LT_S);
            case INT_LE -> binary(a, Op.I64_LE_S);
            case INT_GT -> binary(a, Op.I64_GT_S);
            case INT_GE -> binary(a, Op.I64_GE_S);
            case FLOAT_ADD -> binary(a, Op.F64_ADD);
            case FLOAT_SUB -> binary(a, Op.F64_SUB);
            case FLOAT_MUL -> binary(a, Op.F64_MUL);
            case FLOAT_DIV, INT_TRUEDIV -> {
                f.expr(a.get(0), false);
                f.expr(a.get(1), false);
                code.localTee(f.tf).f64Const(0).u8(Op.F64_EQ).u8(Op.IF).u8(Code.EMPTY);
                f.depth++;
                raise(code, "ZeroDivisionError", op.op() == IrOp.FLOAT_DIV ? "float division by zero" : "division by zero");
                f.depth--;
                code.u8(Op.END).localGet(f.tf).u8(Op.F64_DIV);
            }
            case FLOAT_POW -> {
                if (a.get(1) instanceof IrExpr.Const c && c.value() instanceof Double d && d == 0.5) {
                    // x ** 0.5 is float_pow's square root case, inline for x >= 0
                    int x = f.newLocal(Code.F64);
                    f.expr(a.get(0), false);
                    code.localTee(x).f64Const(0).u8(Op.F64_GE).u8(Op.IF).u8(Code.F64);
                    f.depth++;
                    code.localGet(x).u8(0x9F).u8(Op.ELSE).localGet(x).f64Const(0.5);
                    f.call("rt.float_pow");
                    f.depth--;
                    code.u8(Op.END);
                } else {
                    runtime("float_pow", a, op.type(), root);
                }
            }
            case FLOAT_NEG -> unary(a, Op.F64_NEG);
            case FLOAT_ABS -> unary(a, Op.F64_ABS);
            case FLOAT_EQ -> binary(a, Op.F64_EQ);
            case FLOAT_NE -> binary(a, Op.F64_NE);
            case FLOAT_LT -> binary(a, Op.F64_LT);
            case FLOAT_LE -> binary(a, Op.F64_LE);
            case FLOAT_GT -> binary(a, Op.F64_GT);
            case FLOAT_GE -> binary(a, Op.F64_GE);
            case NOT -> unary(a, Op.I32_EQZ);
            case BOOL_EQ -> binary(a, Op.I32_EQ);
            case BOOL_NE -> binary(a, Op.I32_NE);
            case INT_TO_FLOAT -> unary(a, Op.F64_CONVERT_I64_S);
            case BOOL_TO_INT -> unary(a, Op.I64_EXTEND_I32_U);
            case STR_LEN -> length(a, 12);
            case LIST_LEN, DICT_LEN, BYTES_LEN -> length(a, 8);
            case STR_EQ -> {
                if (!charEquals(a)) {
                    runtime("str_eq", a, Type.BOOL, false);
                }
            }
            case STR_NE -> {
                if (!charEquals(a)) {
                    runtime("str_eq", a, Type.BOOL, false);
                }
                code.u8(Op.I32_EQZ);
            }
            case STR_LT, STR_LE, STR_GT, STR_GE -> {
                runtime("str_cmp", a, Type.INT, false);
                code.i64Const(0).u8(switch (op.op()) {
                    case STR_LT -> Op.I64_LT_S;
                    case STR_LE -> Op.I64_LE_S;
                    case STR_GT -> Op.I64_GT_S;
                    default -> Op.I64_GE_S;
                });
            }
            case STR_FROM_BOOL -> {
                f.expr(a.get(0), false);
                code.u8(Op.IF).u8(Code.I32).i32Const(f.backend.data.string("True"))
                        .u8(Op.ELSE).i32Const(f.backend.data.string("False")).u8(Op.END);
            }
            case STR_REPEAT -> runtime(a.get(0).type() == Type.INT ? "str_repeat_rev" : "str_repeat", a, op.type(), root);
            case RAISE -> runtime("fail", a, op.type(), false);
            case REPR -> {
                if (a.get(0).type() == Type.STR) {
                    runtime("repr_str", a, Type.STR, root); // keeps the number formatting out of programs that need none
                } else if (a.get(0).type() == Type.BYTES) {
                    runtime("bytes_repr", a, Type.STR, root);
                } else {
                    runtime("repr", List.of(a.get(0), descriptor(a.get(0).type())), Type.STR, root);
                }
            }
            case LIST_NEW -> listNew(op, root);
            case LIST_APPEND -> listAppend(op);
            case LIST_GET -> listGet(op, root);
            case STR_GET -> strGet(op, root);
            case LIST_SET -> listSet(op);
            case OBJECT_NEW -> runtime("object_new", List.of(descriptor(op.type())), op.type(), root);
            case FIELD_GET -> fieldGet(op);
            case CLASS_IS -> {
                f.expr(a.get(0), false);
                String name = (String) ((IrExpr.Const) a.get(1)).value();
                code.i32Load(8).i32Const(f.backend.data.classDescriptor(name)).u8(Op.I32_EQ);
            }
            case FIELD_SET -> fieldSet(op);
            case IS_NONE -> unary(a, Op.I32_EQZ);
            case CLASS_CAST -> f.expr(a.get(0), root);
            case REF_EQ -> binary(a, Op.I32_EQ);
            case CALL_INDIRECT -> f.callIndirect(op, root);
            case MAKE_CLOSURE -> {
                List<IrExpr> items = new java.util.ArrayList<>();
                items.add(new IrExpr.Const(Type.INT, (long) f.backend.tableSlot((String) ((IrExpr.Const) a.get(0)).value())));
                items.addAll(a.subList(1, a.size()));
                tupleNew(new IrExpr.Op(Type.tuple(items.stream().map(IrExpr::type).toList()), IrOp.TUPLE_NEW, items));
            }
            case CELL_NEW -> tupleNew(new IrExpr.Op(op.type(), IrOp.TUPLE_NEW, a));
            case CELL_GET -> {
                f.expr(a.get(0), false);
                loadSlot(op.type(), 16);
            }
            case CELL_SET -> {
                f.expr(a.get(0), false);
                f.expr(a.get(1), false);
                switch (a.get(1).type().kind()) {
                    case INT -> code.mem(Op.I64_STORE, 3, 16);
                    case FLOAT -> code.mem(0x39, 3, 16);
                    default -> code.i32Store(16);
                }
                code.i32Const(0);
            }
            case CLASS_NAME -> {
                f.expr(a.get(0), false);
                code.i32Load(8).i32Load(12);
            }
            case OPT_UNWRAP -> {
                f.expr(a.get(0), root);
                if (op.type().isScalar()) {
                    loadSlot(op.type(), 16);
                }
            }
            case OPT_WRAP -> {
                if (a.get(0).type().isScalar()) {
                    tupleNew(new IrExpr.Op(Type.tuple(List.of(a.get(0).type())), IrOp.TUPLE_NEW, a));
                } else {
                    f.expr(a.get(0), root);
                }
            }
            case TUPLE_NEW -> tupleNew(op);
            case TUPLE_TO_VAR -> tupleToVar(op);
            case TUPLE_GET_AT -> tupleGetAt(op, root);
            case LIST_FIND -> runtime(a.get(0).type().kind() == Type.Kind.VARTUPLE ? "tuple_find" : "list_find", a, op.type(), root);
            case TUPLE_GET -> {
                int k = (int) (long) (Long) ((IrExpr.Const) a.get(1)).value();
                f.expr(a.get(0), false);
                loadSlot(op.type(), 16 + 8 * k);
            }
            case LIST_EQ -> runtime("list_eq", List.of(a.get(0), a.get(1), descriptor(a.get(0).type())), Type.BOOL, false);
            case DICT_EQ -> runtime("dict_eq", List.of(a.get(0), a.get(1), descriptor(a.get(0).type())), Type.BOOL, false);
            case LIST_ORDER -> runtime("list_order", List.of(a.get(0), a.get(1), descriptor(a.get(0).type()), a.get(2)),
                    Type.BOOL, false);
            case HASH -> runtime("hash_value", List.of(a.get(0), descriptor(a.get(0).type())), Type.INT, false);
            case TUPLE_CMP -> runtime("tuple_cmp", List.of(a.get(0), a.get(1), descriptor(a.get(0).type())), Type.INT, false);
            case DICT_NEW -> dictNew(op, root);
            case SET_NEW -> setNew(op);
            case SET_ADD -> runtime("dict_set", List.of(a.get(0), a.get(1), new IrExpr.Const(Type.INT, 0L)), Type.NONE, false);
            case SET_DISCARD -> runtime("dict_delete", a, Type.BOOL, false);
            case SET_CONTAINS -> runtime("dict_contains", a, Type.BOOL, false);
            case SET_LEN -> length(a, 8);
            case SET_ITEM_AT -> runtime("dict_key_at", a, op.type(), root);
            case SET_CLEAR -> runtime("set_clear", a, Type.NONE, false);
            // intrinsics
            case LOAD8 -> load(a, 0x31, 0);
            case LOAD32 -> load(a, 0x35, 2);
            case LOAD64 -> load(a, Op.I64_LOAD, 3);
            case STORE8 -> store(a, 0x3C, 0);
            case STORE32 -> store(a, 0x3E, 2);
            case STORE64 -> store(a, Op.I64_STORE, 3);
            case FLOAT_BITS -> unary(a, Op.I64_REINTERPRET_F64);
            case BITS_FLOAT -> unary(a, Op.F64_REINTERPRET_I64);
            case FLOAT_TRUNC_RAW -> {
                f.expr(a.get(0), false);
                code.u8(Op.PREFIX_FC).u32(Op.FC_TRUNC_SAT_F64_S);
            }
            case WRAP_ADD -> binary(a, Op.I64_ADD);
            case WRAP_SUB -> binary(a, Op.I64_SUB);
            case WRAP_MUL -> binary(a, Op.I64_MUL);
            case DIV_RAW -> binary(a, Op.I64_DIV_S);
            case REM_RAW -> binary(a, Op.I64_REM_S);
            case SHR_UNSIGNED -> binary(a, Op.I64_SHR_U);
            case MEMORY_SIZE -> code.u8(Op.MEMORY_SIZE).u8(0).u8(Op.I64_EXTEND_I32_U).i64Const(16).u8(Op.I64_SHL);
            case MEMORY_GROW -> {
                address(a.get(0));
                code.u8(Op.MEMORY_GROW).u8(0).u8(0xAC); // i64.extend_i32_s: -1 stays -1
            }
            case HEAP_BASE -> code.globalGet(WasmBackend.G_HEAP_BASE).u8(Op.I64_EXTEND_I32_U);
            case ROOTS_START -> code.globalGet(WasmBackend.G_HEAP_BASE).i32Const(Layout.SHADOW_BYTES)
                    .u8(Op.I32_SUB).u8(Op.I64_EXTEND_I32_U);
            case ROOTS_END -> code.i32Const(0).i32Load(Layout.SP).u8(Op.I64_EXTEND_I32_U);
            case GLOBALS_START -> code.i64Const(f.backend.rootsStart);
            case GLOBALS_END -> code.i64Const(f.backend.rootsEnd);
            case SQRT -> unary(a, 0x9F);
            case FLOAT_FLOOR -> unary(a, 0x9C);
            case FLOAT_CEIL -> unary(a, 0x9B);
            case ADDR -> unary(a, Op.I64_EXTEND_I32_U);
            case SCRATCH -> code.i64Const(Layout.SCRATCH);
            case ASCII_STRS -> code.i64Const(f.backend.data.asciiStrs());
            case UNICODE_DATA -> {
                if (!(a.get(0) instanceof IrExpr.Const k) || !(k.value() instanceof Long table)) {
                    throw new IllegalStateException("__unicode_data takes a constant table number");
                }
                code.i64Const(f.backend.data.unicodeData(table.intValue()));
            }
            case FD_WRITE -> {
                f.expr(a.get(0), false);
                code.localSet(f.t64a);
                code.i32Const(Layout.IOVEC);
                address(a.get(1));
                code.i32Store(0);
                code.i32Const(Layout.IOVEC);
                address(a.get(2));
                code.i32Store(4);
                code.localGet(f.t64a).u8(Op.I32_WRAP_I64).i32Const(Layout.IOVEC).i32Const(1).i32Const(Layout.NWRITTEN)
                        .call(f.backend.fdWrite).u8(Op.I64_EXTEND_I32_U);
            }
            case PROC_EXIT -> {
                address(a.get(0));
                code.call(f.backend.procExit).i32Const(0);
            }
            case IS_COMPONENT -> code.i64Const(f.backend.isComponent() ? 1 : 0);
            case HOST -> {
                dev.wasmhost.guest.ir.HostCall h =
                        dev.wasmhost.guest.ir.HostCall.values()[(int) (long) (Long) ((IrExpr.Const) a.get(0)).value()];
                for (int k = 1; k < a.size(); k++) {
                    if (h.params.charAt(k - 1) == 'i') {
                        address(a.get(k));
                    } else {
                        f.expr(a.get(k), false);
                    }
                }
                Integer index = f.backend.hostIndex(h);
                if (index == null) {
                    code.u8(Op.UNREACHABLE); // the other target's import: the library never reaches it
                } else {
                    code.call(index);
                    if (h.results.equals("i")) {
                        code.u8(Op.I64_EXTEND_I32_U);
                    } else if (h.results.isEmpty()) {
                        code.i32Const(0);
                    }
                }
            }
            case MEMFILL -> {
                address(a.get(0));
                address(a.get(1));
                address(a.get(2));
                code.u8(Op.PREFIX_FC).u32(Op.FC_MEMORY_FILL).u8(0).i32Const(0);
            }
            case MEMCOPY -> {
                address(a.get(0));
                address(a.get(1));
                address(a.get(2));
                code.u8(Op.PREFIX_FC).u32(Op.FC_MEMORY_COPY).u8(0).u8(0).i32Const(0);
            }
            default -> runtime(op.op().name().toLowerCase(), a, op.type(), root);
        }
    }

    /**
     * s == "c" for a constant of one ASCII character, inline: one byte long and that byte. Returns false
     * (emitting nothing) when neither operand is such a constant.
     */
    private boolean charEquals(List<IrExpr> a) {
        int k = asciiChar(a.get(1)) >= 0 ? 1 : asciiChar(a.get(0)) >= 0 ? 0 : -1;
        if (k < 0) {
            return false;
        }
        int s = f.newLocal(Code.I32);
        f.expr(a.get(1 - k), false);
        code.localTee(s).i32Load(8).i32Const(1).u8(Op.I32_EQ).u8(Op.IF).u8(Code.I32);
        code.localGet(s).mem(0x2D, 0, 16).i32Const(asciiChar(a.get(k))).u8(Op.I32_EQ);
        code.u8(Op.ELSE).i32Const(0).u8(Op.END);
        return true;
    }

    private static int asciiChar(IrExpr e) {
        if (e instanceof IrExpr.Const c && c.value() instanceof String s && s.length() == 1 && s.charAt(0) < 128) {
            return s.charAt(0);
        }
        return -1;
    }

    /** True while emitting a function of the runtime library (rt.*), whose int arithmetic is unchecked. */
    private boolean runtimeLibrary() {
        return f.fn.name().startsWith("rt.");
    }

    private void uncheckedInRuntime(IrExpr.Op op, boolean root, int opcode) {
        if (runtimeLibrary()) {
            binary(op.args(), opcode);
        } else {
            runtime(op.op().name().toLowerCase(), op.args(), op.type(), root);
        }
    }

    /** a * b: inline when both fit in 32 bits (the product cannot overflow), else int_mul. */
    private void checkedMul(List<IrExpr> a) {
        int x = f.newLocal(Code.I64);
        int y = f.newLocal(Code.I64);
        f.expr(a.get(0), false);
        code.localSet(x);
        f.expr(a.get(1), false);
        code.localSet(y);
        code.localGet(x).i64Const(1L << 31).u8(Op.I64_ADD).localGet(y).i64Const(1L << 31).u8(Op.I64_ADD)
                .u8(Op.I64_OR).i64Const(32).u8(Op.I64_SHR_U).u8(Op.I64_EQZ).u8(Op.IF).u8(Code.I64);
        f.depth++;
        code.localGet(x).localGet(y).u8(Op.I64_MUL).u8(Op.ELSE).localGet(x).localGet(y);
        f.call("rt.int_mul");
        f.depth--;
        code.u8(Op.END);
    }

    /** The value of a positive int constant, or 0. */
    private static long positiveConstant(IrExpr e) {
        return e instanceof IrExpr.Const c && c.value() instanceof Long v && v > 0 ? v : 0;
    }

    /** a // c or a % c for a positive constant c, inline (Python's flooring; nothing can raise). */
    private void divByConstant(List<IrExpr> a, boolean mod) {
        long c = positiveConstant(a.get(1));
        int x = f.newLocal(Code.I64);
        int r = f.newLocal(Code.I64);
        f.expr(a.get(0), false);
        code.localTee(x).i64Const(c).u8(Op.I64_REM_S).localSet(r);
        if (mod) {
            // the remainder takes the divisor's sign: add c to a negative remainder
            code.localGet(r).localGet(r).i64Const(63).u8(Op.I64_SHR_S).i64Const(c).u8(Op.I64_AND).u8(Op.I64_ADD);
        } else {
            // truncated quotient, minus one when the remainder is negative
            code.localGet(x).i64Const(c).u8(Op.I64_DIV_S).localGet(r).i64Const(63).u8(Op.I64_SHR_U).u8(Op.I64_SUB);
        }
    }

    /** 64-bit add/subtract, raising OverflowError when the sign of the result is impossible. */
    private void checkedAddSub(List<IrExpr> a, boolean add) {
        int x = f.newLocal(Code.I64);
        int y = f.newLocal(Code.I64);
        int r = f.newLocal(Code.I64);
        f.expr(a.get(0), false);
        code.localSet(x);
        f.expr(a.get(1), false);
        code.localSet(y);
        code.localGet(x).localGet(y).u8(add ? Op.I64_ADD : Op.I64_SUB);
        code.localSet(r);
        if (add) {
            code.localGet(x).localGet(r).u8(Op.I64_XOR).localGet(y).localGet(r).u8(Op.I64_XOR);
        } else {
            code.localGet(x).localGet(y).u8(Op.I64_XOR).localGet(x).localGet(r).u8(Op.I64_XOR);
        }
        code.u8(Op.I64_AND).i64Const(0).u8(Op.I64_LT_S).u8(Op.IF).u8(Code.EMPTY);
        f.depth++;
        raise(code, "OverflowError", "integer overflow (int is 64-bit in the guest language)");
        f.depth--;
        code.u8(Op.END).localGet(r);
    }

    /**
     * list[i] inline (list_get's semantics without the call): a negative index counts from the end,
     * an index still outside the list raises IndexError.
     */
    private void listGet(IrExpr.Op op, boolean root) {
        int lst = f.newLocal(Code.I32);
        int i = f.newLocal(Code.I64);
        f.expr(op.args().get(0), true);
        code.localSet(lst);
        f.expr(op.args().get(1), true);
        code.localSet(i);
        listSlotAddress(lst, i, op.args().get(0).type().kind() == Type.Kind.VARTUPLE ? "tuple index out of range"
                : "list index out of range");
        code.mem(Op.I64_LOAD, 3, 16);
        fromResult(Type.INT, op.type());
        if (root && op.type().isRef()) {
            f.rootTop();
        }
    }

    /** t[i] of a fixed tuple of one item type, inline: its length is constant, its items follow the header. */
    private void tupleGetAt(IrExpr.Op op, boolean root) {
        int t = f.newLocal(Code.I32);
        int i = f.newLocal(Code.I64);
        long n = op.args().get(0).type().items().size();
        f.expr(op.args().get(0), true);
        code.localSet(t);
        f.expr(op.args().get(1), false);
        code.localSet(i);
        int len = f.newLocal(Code.I64);
        code.i64Const(n).localSet(len);
        pythonIndex(i, len, "tuple index out of range");
        code.localGet(t).localGet(i).u8(Op.I32_WRAP_I64).i32Const(3).u8(Op.I32_SHL).u8(Op.I32_ADD);
        loadSlot(op.type(), 16);
        if (root && op.type().isRef()) {
            f.rootTop();
        }
    }

    /**
     * s[i]: for an ASCII str and 0 <= i < len(s), the static one-character str inline; otherwise
     * (negative index, out of range, non-ASCII) str_get.
     */
    private void strGet(IrExpr.Op op, boolean root) {
        int s = f.newLocal(Code.I32);
        int i = f.newLocal(Code.I64);
        f.expr(op.args().get(0), true);
        code.localSet(s);
        f.expr(op.args().get(1), false);
        code.localSet(i);
        code.localGet(i).localGet(s).i32Load(12).u8(Op.I64_EXTEND_I32_U).u8(0x54); // i64.lt_u
        code.localGet(s).i32Load(8).localGet(s).i32Load(12).u8(Op.I32_EQ).u8(Op.I32_AND);
        code.u8(Op.IF).u8(Code.I32);
        f.depth++;
        code.localGet(s).localGet(i).u8(Op.I32_WRAP_I64).u8(Op.I32_ADD).mem(0x2D, 0, 16).i32Const(24).u8(0x6C) // i32.mul
                .i32Const(f.backend.data.asciiStrs()).u8(Op.I32_ADD);
        code.u8(Op.ELSE);
        code.localGet(s).u8(Op.I64_EXTEND_I32_U).localGet(i);
        f.call("rt.str_get");
        code.u8(Op.I32_WRAP_I64);
        f.depth--;
        code.u8(Op.END);
        if (root) {
            f.rootTop();
        }
    }

    /** list[i] = v inline (list_set's semantics). */
    private void listSet(IrExpr.Op op) {
        IrExpr value = op.args().get(2);
        int lst = f.newLocal(Code.I32);
        int i = f.newLocal(Code.I64);
        int v = f.newLocal(Code.I64);
        f.expr(op.args().get(0), true);
        code.localSet(lst);
        f.expr(op.args().get(1), true);
        code.localSet(i);
        f.expr(value, true);
        toParam(value.type(), Type.INT);
        code.localSet(v);
        listSlotAddress(lst, i, "list assignment index out of range");
        code.localGet(v).mem(Op.I64_STORE, 3, 16).i32Const(0);
    }

    /**
     * Python's index rule for the i64 index in local i and the length in local n: one unsigned test
     * covers the common case (0 <= i < n); a negative index counts from the end, then is tested
     * again; IndexError with {@code message} when it is still out of range.
     */
    private void pythonIndex(int i, int n, String message) {
        code.localGet(i).localGet(n).u8(Op.I64_GE_U).u8(Op.IF).u8(Code.EMPTY);
        f.depth++;
        code.localGet(i).i64Const(0).u8(Op.I64_LT_S).u8(Op.IF).u8(Code.EMPTY);
        code.localGet(i).localGet(n).u8(Op.I64_ADD).localSet(i);
        code.u8(Op.END);
        code.localGet(i).localGet(n).u8(Op.I64_GE_U).u8(Op.IF).u8(Code.EMPTY);
        f.depth++;
        raise(code, "IndexError", message);
        f.depth--;
        code.u8(Op.END);
        f.depth--;
        code.u8(Op.END);
    }

    /** Leaves the i32 address of slot i of list lst (minus 16), after Python's index rule and bounds check. */
    private void listSlotAddress(int lst, int i, String message) {
        int n = f.newLocal(Code.I64);
        code.localGet(lst).i32Load(8).u8(Op.I64_EXTEND_I32_U).localSet(n);
        pythonIndex(i, n, message);
        code.localGet(lst).i32Load(16).localGet(i).u8(Op.I32_WRAP_I64).i32Const(3).u8(Op.I32_SHL).u8(Op.I32_ADD);
    }

    /** Reads field slot k of an object, raising AttributeError if it was never assigned. */
    private void fieldGet(IrExpr.Op op) {
        int k = (int) (long) (Long) ((IrExpr.Const) op.args().get(1)).value();
        String message = (String) ((IrExpr.Const) op.args().get(2)).value();
        int obj = f.newLocal(Code.I32);
        f.expr(op.args().get(0), false);
        if (f.backend.assignedFields().always(op.args().get(0).type(), k)) {
            code.localSet(obj); // every instance has it: no test
        } else {
            code.localTee(obj).i32Load(12).i32Const(1 << k).u8(Op.I32_AND).u8(Op.I32_EQZ).u8(Op.IF).u8(Code.EMPTY);
            f.depth++;
            raise(code, "AttributeError", message);
            f.depth--;
            code.u8(Op.END);
        }
        code.localGet(obj);
        switch (op.type().kind()) {
            case INT -> code.mem(Op.I64_LOAD, 3, 16 + 8 * k);
            case FLOAT -> code.mem(0x2B, 3, 16 + 8 * k);
            default -> code.i32Load(16 + 8 * k);
        }
    }

    /** Writes field slot k and marks it assigned. */
    private void fieldSet(IrExpr.Op op) {
        int k = (int) (long) (Long) ((IrExpr.Const) op.args().get(1)).value();
        IrExpr value = op.args().get(2);
        int obj = f.newLocal(Code.I32);
        f.expr(op.args().get(0), false);
        code.localTee(obj);
        f.expr(value, false);
        switch (value.type().kind()) {
            case INT -> code.mem(Op.I64_STORE, 3, 16 + 8 * k);
            case FLOAT -> code.mem(0x39, 3, 16 + 8 * k);
            default -> code.i32Store(16 + 8 * k);
        }
        code.localGet(obj).localGet(obj).i32Load(12).i32Const(1 << k).u8(Op.I32_OR).i32Store(12).i32Const(0);
    }

    /** Allocates the tuple (rooted in a fresh slot), then evaluates and stores each item in order. */
    private void tupleNew(IrExpr.Op op) {
        runtimeNoRoot("object_new", List.of(descriptor(op.type())), op.type());
        int slot = f.newSlot();
        code.localSet(f.t32).localGet(f.fp).localGet(f.t32).i32Store(slot * 4);
        for (int k = 0; k < op.args().size(); k++) {
            IrExpr item = op.args().get(k);
            code.localGet(f.fp).i32Load(slot * 4);
            f.expr(item, true);
            switch (item.type().kind()) {
                case INT -> code.mem(Op.I64_STORE, 3, 16 + 8 * k);
                case FLOAT -> code.mem(0x39, 3, 16 + 8 * k);
                default -> code.i32Store(16 + 8 * k);
            }
        }
        code.localGet(f.fp).i32Load(slot * 4);
    }

    /**
     * A new tuple[T, ...] of a fixed tuple's items: the fixed tuple held (rooted) in a local, then
     * {@link #varFromFixed}.
     */
    private void tupleToVar(IrExpr.Op op) {
        IrExpr src = op.args().get(0);
        int s = f.newLocal(Code.I32);
        f.expr(src, true);
        if (!(src instanceof IrExpr.Local || src instanceof IrExpr.Global)) {
            f.rootTop(); // a field read or a block's result: rooted here, before the list is allocated
        }
        code.localSet(s);
        varFromFixed(s, src.type(), op.type());
    }

    /**
     * Leaves a new tuple[T, ...] (rooted in a fresh slot) of the items of the fixed tuple in local
     * {@code s} (which stays reachable: rooted, or an item of such a tuple): each item loaded, converted
     * to T (int or bool to float, bool to int, a fixed tuple to the tuple[U, ...] T is, likewise) and
     * appended.
     */
    private void varFromFixed(int s, Type fixed, Type var) {
        List<Type> items = fixed.items();
        Type elem = var.a();
        runtimeNoRoot("list_new", List.of(new IrExpr.Const(Type.INT, (long) items.size()), descriptor(elem)), var);
        int slot = f.newSlot();
        code.localSet(f.t32).localGet(f.fp).localGet(f.t32).i32Store(slot * 4);
        IrFunction append = items.isEmpty() ? null : f.backend.function("rt.list_append");
        for (int k = 0; k < items.size(); k++) {
            Type item = items.get(k);
            if (item.kind() == Type.Kind.TUPLE) {
                int inner = f.newLocal(Code.I32);
                code.localGet(s).i32Load(16 + 8 * k).localSet(inner);
                varFromFixed(inner, item, elem);
                code.localSet(inner);
                code.localGet(f.fp).i32Load(slot * 4).u8(Op.I64_EXTEND_I32_U).localGet(inner);
                item = elem;
            } else {
                code.localGet(f.fp).i32Load(slot * 4).u8(Op.I64_EXTEND_I32_U);
                code.localGet(s);
                loadSlot(item, 16 + 8 * k);
                if (item == Type.BOOL && (elem == Type.INT || elem == Type.FLOAT)) {
                    code.u8(Op.I64_EXTEND_I32_U);
                    item = Type.INT;
                }
                if (item == Type.INT && elem == Type.FLOAT) {
                    code.u8(Op.F64_CONVERT_I64_S);
                    item = Type.FLOAT;
                }
            }
            toParam(item, append.params().get(1).type());
            f.call(append.name());
        }
        code.localGet(f.fp).i32Load(slot * 4);
    }

    private void loadSlot(Type t, int offset) {
        switch (t.kind()) {
            case INT -> code.mem(Op.I64_LOAD, 3, offset);
            case FLOAT -> code.mem(0x2B, 3, offset);
            default -> code.i32Load(offset);
        }
    }

    private void binary(List<IrExpr> a, int opcode) {
        f.expr(a.get(0), false);
        f.expr(a.get(1), false);
        code.u8(opcode);
    }

    private void unary(List<IrExpr> a, int opcode) {
        f.expr(a.get(0), false);
        code.u8(opcode);
    }

    private void length(List<IrExpr> a, int offset) {
        f.expr(a.get(0), false);
        code.i32Load(offset).u8(Op.I64_EXTEND_I32_U);
    }

    private void address(IrExpr e) {
        f.expr(e, false);
        code.u8(Op.I32_WRAP_I64);
    }

    private void load(List<IrExpr> a, int opcode, int align) {
        address(a.get(0));
        code.mem(opcode, align, 0);
    }

    private void store(List<IrExpr> a, int opcode, int align) {
        address(a.get(0));
        f.expr(a.get(1), false);
        code.mem(opcode, align, 0).i32Const(0);
    }

    private IrExpr descriptor(Type t) {
        return new IrExpr.Const(Type.INT, (long) f.backend.data.descriptor(t));
    }

    /** lst.append(v): stored inline while the list has room, else rt.list_append (which grows it). */
    private void listAppend(IrExpr.Op op) {
        IrFunction append = f.backend.function("rt.list_append");
        IrExpr item = op.args().get(1);
        int lst = f.newLocal(Code.I32);
        int v = f.newLocal(Code.I64);
        int n = f.newLocal(Code.I32);
        f.expr(op.args().get(0), true);
        code.localSet(lst);
        f.expr(item, true);
        toParam(item.type(), append.params().get(1).type());
        code.localSet(v);
        code.localGet(lst).i32Load(8).localTee(n).localGet(lst).i32Load(12).u8(Op.I32_LT_U)
                .u8(Op.IF).u8(Code.EMPTY);
        f.depth++;
        code.localGet(lst).i32Load(16).localGet(n).i32Const(3).u8(Op.I32_SHL).u8(Op.I32_ADD)
                .localGet(v).mem(Op.I64_STORE, 3, 16);
        code.localGet(lst).localGet(n).i32Const(1).u8(Op.I32_ADD).i32Store(8);
        code.u8(Op.ELSE);
        code.localGet(lst).u8(Op.I64_EXTEND_I32_U).localGet(v);
        f.call(append.name());
        f.depth--;
        code.u8(Op.END);
        code.i32Const(0); // None
    }

    /** A new list of capacity n, rooted, then each item appended while reading the list back from its slot. */
    private void listNew(IrExpr.Op op, boolean root) {
        List<IrExpr> items = op.args();
        runtimeNoRoot("list_new", List.of(new IrExpr.Const(Type.INT, (long) items.size()), descriptor(op.type().a())), op.type());
        int slot = f.newSlot();
        code.localSet(f.t32).localGet(f.fp).localGet(f.t32).i32Store(slot * 4);
        IrFunction append = items.isEmpty() ? null : f.backend.function("rt.list_append"); // [] alone need not reach it
        for (IrExpr item : items) {
            code.localGet(f.fp).i32Load(slot * 4).u8(Op.I64_EXTEND_I32_U);
            f.expr(item, true);
            toParam(item.type(), append.params().get(1).type());
            f.call(append.name());
        }
        code.localGet(f.fp).i32Load(slot * 4);
    }

    private void dictNew(IrExpr.Op op, boolean root) {
        List<IrExpr> kv = op.args();
        runtimeNoRoot("dict_new", List.of(descriptor(op.type())), op.type());
        int slot = f.newSlot();
        code.localSet(f.t32).localGet(f.fp).localGet(f.t32).i32Store(slot * 4);
        IrFunction set = kv.isEmpty() ? null : f.backend.function("rt.dict_set");
        for (int k = 0; k < kv.size(); k += 2) {
            code.localGet(f.fp).i32Load(slot * 4).u8(Op.I64_EXTEND_I32_U);
            f.expr(kv.get(k), true);
            toParam(kv.get(k).type(), set.params().get(1).type());
            f.expr(kv.get(k + 1), true);
            toParam(kv.get(k + 1).type(), set.params().get(2).type());
            f.call(set.name());
        }
        code.localGet(f.fp).i32Load(slot * 4);
    }

    private void setNew(IrExpr.Op op) {
        runtimeNoRoot("dict_new", List.of(descriptor(op.type())), op.type());
        int slot = f.newSlot();
        code.localSet(f.t32).localGet(f.fp).localGet(f.t32).i32Store(slot * 4);
        IrFunction set = op.args().isEmpty() ? null : f.backend.function("rt.dict_set");
        for (IrExpr item : op.args()) {
            code.localGet(f.fp).i32Load(slot * 4).u8(Op.I64_EXTEND_I32_U);
            f.expr(item, true);
            toParam(item.type(), set.params().get(1).type());
            code.i64Const(0);
            f.call(set.name());
        }
        code.localGet(f.fp).i32Load(slot * 4);
    }

    private void runtimeNoRoot(String name, List<IrExpr> args, Type result) {
        runtime(name, args, result, false);
    }

    /** Calls {@code rt.name} with the IR arguments and converts its result to {@code result}. */
    void runtime(String name, List<IrExpr> args, Type result, boolean root) {
        IrFunction target = f.backend.function("rt." + name);
        if (target.params().size() != args.size()) {
            throw new IllegalStateException("rt." + name + " takes " + target.params().size() + " arguments");
        }
        for (int k = 0; k < args.size(); k++) {
            f.expr(args.get(k), true);
            toParam(args.get(k).type(), target.params().get(k).type());
        }
        f.call(target.name());
        fromResult(target.returnType(), result);
        if (root && result.isRef()) {
            f.rootTop();
        }
    }

    private void toParam(Type from, Type to) {
        if (to == Type.INT) {
            switch (from.kind()) {
                case INT -> { }
                case FLOAT -> code.u8(Op.I64_REINTERPRET_F64);
                default -> code.u8(Op.I64_EXTEND_I32_U);
            }
        } else if (!from.equals(to)) {
            throw new IllegalStateException("cannot pass " + from + " as " + to);
        }
    }

    private void fromResult(Type from, Type to) {
        if (from == Type.NONE) {
            code.i32Const(0);
            return;
        }
        if (from == Type.INT) {
            switch (to.kind()) {
                case INT -> { }
                case FLOAT -> code.u8(Op.F64_REINTERPRET_I64);
                default -> code.u8(Op.I32_WRAP_I64);
            }
        } else if (!from.equals(to)) {
            throw new IllegalStateException("cannot return " + from + " as " + to);
        }
    }

    /** Raises a Python exception with constant texts (checked reads and arithmetic); {@code out} is the body. */
    void raise(Code out, String exception, String message) {
        out.i64Const(f.backend.data.string(exception)).i64Const(f.backend.data.string(message));
        f.call("rt.fail");
    }

    /** Ends the program with an error no handler may catch (the prologue's RecursionError). */
    void fatal(Code out, String exception, String message) {
        out.i64Const(f.backend.data.string(exception)).i64Const(f.backend.data.string(message));
        out.call(f.backend.functionIndex("rt.fatal"));
    }
}
