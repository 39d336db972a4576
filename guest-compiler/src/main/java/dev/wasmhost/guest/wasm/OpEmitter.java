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
            case INT_ADD, INT_SUB -> checkedAddSub(a, op.op() == IrOp.INT_ADD);
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
            case STR_NE -> {
                runtime("str_eq", a, Type.BOOL, false);
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
            case TUPLE_GET -> {
                int k = (int) (long) (Long) ((IrExpr.Const) a.get(1)).value();
                f.expr(a.get(0), false);
                loadSlot(op.type(), 16 + 8 * k);
            }
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
            case ROOTS_END -> code.globalGet(WasmBackend.G_SP).u8(Op.I64_EXTEND_I32_U);
            case GLOBALS_START -> code.i64Const(f.backend.rootsStart);
            case GLOBALS_END -> code.i64Const(f.backend.rootsEnd);
            case SQRT -> unary(a, 0x9F);
            case FLOAT_FLOOR -> unary(a, 0x9C);
            case FLOAT_CEIL -> unary(a, 0x9B);
            case ADDR -> unary(a, Op.I64_EXTEND_I32_U);
            case SCRATCH -> code.i64Const(Layout.SCRATCH);
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

    /** 64-bit add/subtract, raising OverflowError when the sign of the result is impossible. */
    private void checkedAddSub(List<IrExpr> a, boolean add) {
        int x = f.newLocal(Code.I64);
        int y = f.newLocal(Code.I64);
        int r = f.newLocal(Code.I64);
        f.expr(a.get(0), false);
        code.localSet(x);
        f.expr(a.get(1), false);
        code.localTee(y);
        code.localGet(x).u8(Op.I64_ADD);
        if (!add) {
            code.u8(Op.DROP).localGet(x).localGet(y).u8(Op.I64_SUB);
        }
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

    /** Reads field slot k of an object, raising AttributeError if it was never assigned. */
    private void fieldGet(IrExpr.Op op) {
        int k = (int) (long) (Long) ((IrExpr.Const) op.args().get(1)).value();
        String message = (String) ((IrExpr.Const) op.args().get(2)).value();
        int obj = f.newLocal(Code.I32);
        f.expr(op.args().get(0), false);
        code.localTee(obj).i32Load(12).i32Const(1 << k).u8(Op.I32_AND).u8(Op.I32_EQZ).u8(Op.IF).u8(Code.EMPTY);
        f.depth++;
        raise(code, "AttributeError", message);
        f.depth--;
        code.u8(Op.END).localGet(obj);
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

    /** A new list of capacity n, rooted, then each item appended while reading the list back from its slot. */
    private void listNew(IrExpr.Op op, boolean root) {
        List<IrExpr> items = op.args();
        runtimeNoRoot("list_new", List.of(new IrExpr.Const(Type.INT, (long) items.size()), descriptor(op.type().a())), op.type());
        int slot = f.newSlot();
        code.localSet(f.t32).localGet(f.fp).localGet(f.t32).i32Store(slot * 4);
        // looked up only when used: an empty display must not need list_append (it may be unreachable)
        IrFunction append = items.isEmpty() ? null : f.backend.function("rt.list_append");
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
