package dev.wasmhost.guest.wasm;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrFunction;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrStmt;
import dev.wasmhost.guest.types.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits the body of one function. References (str, list, dict) never live only in wasm locals: each
 * reference-typed variable and each intermediate reference result has a slot in the function's
 * shadow-stack frame, so the collector, which scans the shadow stack, sees every live object.
 */
final class FunctionEmitter {
    final WasmBackend backend;
    final IrFunction fn;
    final Code code = new Code();
    private final Map<IrLocal, Integer> slotOf = new HashMap<>();
    private int slots;
    // scratch wasm locals
    final int fp;
    final int t32;
    final int t64a;
    final int t64b;
    final int tf;
    private final List<Integer> extraTypes = new ArrayList<>();
    int depth;
    private final Deque<int[]> loops = new ArrayDeque<>();
    /** Labels of the enclosing exception handlers' blocks, innermost first. */
    private final Deque<Integer> handlers = new ArrayDeque<>();
    private final OpEmitter ops;
    /**
     * True when the function turned out to need no shadow-stack slots: emitted again without touching
     * the shadow-stack pointer (a global, which is slow to reach in the engine) in prologue and returns.
     */
    private final boolean frameless;
    /**
     * False when the collector cannot run while this function is active: then nothing it holds needs a
     * shadow-stack slot (a leaf such as a constructor's __init__ or a tree walk has no frame at all).
     */
    private final boolean rooting;

    FunctionEmitter(WasmBackend backend, IrFunction fn) {
        this(backend, fn, false);
    }

    private FunctionEmitter(WasmBackend backend, IrFunction fn, boolean frameless) {
        this.backend = backend;
        this.fn = fn;
        this.frameless = frameless;
        int next = fn.locals().size();
        fp = next++;
        t32 = next++;
        t64a = next++;
        t64b = next++;
        tf = next;
        rooting = backend.mayCollect(fn.name());
        for (IrLocal l : fn.locals()) {
            if (l.type().isRef() && rooting) {
                slotOf.put(l, slots++);
            }
        }
        this.ops = new OpEmitter(this);
    }

    /** Where the prologue's shadow-stack limit (an i32.const to patch) starts in the body, or -1. */
    private int shadowEndAt = -1;

    byte[] emit() {
        for (IrStmt s : fn.body()) {
            stmt(s);
        }
        if (fn.returnType() != Type.NONE) {
            code.u8(Op.UNREACHABLE);
        }
        code.u8(Op.END);
        if (slots == 0 && !frameless) {
            FunctionEmitter again = new FunctionEmitter(backend, fn, true);
            byte[] body = again.emit();
            // the source lines are those of the code returned (its prologue is shorter)
            lines.clear();
            lines.addAll(again.lines);
            codeStart = again.codeStart;
            return body;
        }
        if (slots > 0 && frameless) {
            throw new IllegalStateException(fn.name() + ": a second emission needed shadow-stack slots");
        }
        Code out = new Code();
        // local declarations: the IR's non-parameter locals, then the scratch locals
        List<Integer> localTypes = new ArrayList<>();
        for (IrLocal l : fn.locals().subList(fn.params().size(), fn.locals().size())) {
            localTypes.add(WasmBackend.valType(l.type()));
        }
        localTypes.add(Code.I32);
        localTypes.add(Code.I32);
        localTypes.add(Code.I64);
        localTypes.add(Code.I64);
        localTypes.add(Code.F64);
        localTypes.addAll(extraTypes);
        out.u32(localTypes.size());
        for (int t : localTypes) {
            out.u32(1).u8(t);
        }
        prologue(out);
        codeStart = out.size();
        out.bytes(code.toByteArray());
        byte[] body = out.toByteArray();
        if (shadowEndAt >= 0) {
            backend.shadowEndPatches.add(new WasmBackend.Patch(body, shadowEndAt));
        }
        return body;
    }

    /** Source lines: pairs (offset in {@link #emit()}'s bytes, line), ascending by offset. */
    private final List<int[]> lines = new ArrayList<>();
    private int codeStart;
    private int currentLine;

    /** Where each source line's code starts, as (offset in the body {@link #emit()} returned, line) pairs. */
    List<int[]> lines() {
        return lines.stream().map(l -> new int[] {l[0] + codeStart, l[1]}).toList();
    }

    private void markLine(int line) {
        if (line != currentLine) {
            if (!lines.isEmpty() && lines.get(lines.size() - 1)[0] == code.size()) {
                lines.remove(lines.size() - 1);
            }
            lines.add(new int[] {code.size(), line});
            currentLine = line;
        }
    }

    private void prologue(Code out) {
        if (frameless) {
            return;
        }
        out.i32Const(0).i32Load(Layout.SP).localSet(fp);
        int bytes = slots * 4;
        out.i32Const(0).localGet(fp).i32Const(bytes).u8(Op.I32_ADD).localTee(t32).i32Store(Layout.SP);
        // the shadow stack's end is a constant, known once the static data is laid out
        out.localGet(t32);
        shadowEndAt = out.size() + 1;
        out.i32ConstPadded().u8(Op.I32_GT_U).u8(Op.IF).u8(Code.EMPTY);
        ops.fatal(out, "RecursionError", "maximum recursion depth exceeded");
        out.u8(Op.END);
        if (slots <= 16) {
            // a few stores are cheaper than memory.fill in the engine
            for (int at = 0; at + 8 <= bytes; at += 8) {
                out.localGet(fp).i64Const(0).mem(Op.I64_STORE, 2, at);
            }
            if (bytes % 8 != 0) {
                out.localGet(fp).i32Const(0).i32Store(bytes - 4);
            }
        } else {
            out.localGet(fp).i32Const(0).i32Const(bytes).u8(Op.PREFIX_FC).u32(Op.FC_MEMORY_FILL).u8(0);
        }
        for (IrLocal p : fn.params()) {
            if (slotOf.containsKey(p)) {
                out.localGet(fp).localGet(p.index()).i32Store(slotOf.get(p) * 4);
            }
        }
    }

    /** A fresh shadow slot for an intermediate reference. */
    int newSlot() {
        return slots++;
    }

    /** Stores the reference on top of the stack into a fresh slot, leaving it on the stack. */
    void rootTop() {
        if (!rooting) {
            return;
        }
        int slot = newSlot();
        code.localSet(t32).localGet(fp).localGet(t32).i32Store(slot * 4).localGet(t32);
    }

    /** Calls a function; if it may raise, then tests for a pending exception and goes to the handler or returns. */
    void call(String function) {
        code.call(backend.functionIndex(function));
        if (function.equals("rt.fail") || function.equals("rt.throw")) {
            // these always leave an exception pending: no test (smaller methods for the JIT)
            leaveForPending();
        } else if (backend.mayRaise(function)) {
            checkPending();
        }
    }

    /** Calls through a function value: closure, arguments, then the function's table slot from the closure. */
    void callIndirect(IrExpr.Op op, boolean root) {
        int closure = newLocal(Code.I32);
        expr(op.args().get(0), true);
        code.localTee(closure);
        for (IrExpr a : op.args().subList(1, op.args().size())) {
            expr(a, true);
        }
        code.localGet(closure).mem(Op.I64_LOAD, 3, 16).u8(Op.I32_WRAP_I64);
        code.u8(0x11).u32(backend.indirectType(op.args().get(0).type())).u32(0);
        backend.noteIndirectCall();
        checkPending();
        if (op.type() == Type.NONE) {
            code.i32Const(0);
        } else if (root && op.type().isRef()) {
            rootTop();
        }
    }

    /** After a call that may raise: go to the enclosing handler, or return, if an exception is pending. */
    private void checkPending() {
        backend.loadRuntime(code, "rt.exc_pending").u8(Op.IF).u8(Code.EMPTY);
        depth++;
        leaveForPending();
        code.u8(Op.END);
        depth--;
    }

    /** With an exception pending: go to the enclosing handler, or return. */
    private void leaveForPending() {
        if (!handlers.isEmpty()) {
            code.u8(Op.BR).u32(depth - handlers.peek());
        } else {
            restoreSp();
            if (fn.returnType() != Type.NONE) {
                switch (WasmBackend.valType(fn.returnType())) {
                    case Code.I64 -> code.i64Const(0);
                    case Code.F64 -> code.f64Const(0);
                    default -> code.i32Const(0);
                }
            }
            code.u8(Op.RETURN);
        }
    }

    int newLocal(int valType) {
        extraTypes.add(valType);
        return fn.locals().size() + 5 + extraTypes.size() - 1;
    }

    // ---- statements

    private void stmt(IrStmt s) {
        Integer line = fn.lineOf(s);
        if (line == null) {
            statement(s);
            return;
        }
        markLine(line);
        statement(s);
        markLine(line); // the rest of an enclosing statement (a loop's update, the end of an if) is its own line
    }

    private void statement(IrStmt s) {
        switch (s) {
            case IrStmt.SetLocal set -> setLocal(set.local(), set.value());
            case IrStmt.SetGlobal set -> {
                if (backend.isScalarGlobal(set.global())) {
                    code.i32Const(0);
                    expr(set.value(), false);
                    backend.storeScalar(code, set.global());
                    if (backend.hasFlag(set.global())) {
                        code.i32Const(1).globalSet(backend.scalarGlobalFlag(set.global()));
                    }
                } else {
                    code.i32Const(0);
                    expr(set.value(), false);
                    code.i32Store(backend.refGlobalAddress(set.global()));
                }
            }
            case IrStmt.Eval e -> {
                expr(e.expr(), false);
                code.u8(Op.DROP);
            }
            case IrStmt.If i -> {
                expr(i.cond(), false);
                code.u8(Op.IF).u8(Code.EMPTY);
                depth++;
                i.then().forEach(this::stmt);
                if (!i.otherwise().isEmpty()) {
                    code.u8(Op.ELSE);
                    i.otherwise().forEach(this::stmt);
                }
                code.u8(Op.END);
                depth--;
            }
            case IrStmt.Loop l -> loop(l);
            case IrStmt.Raise r -> {
                expr(r.exception(), false);
                code.u8(Op.I64_EXTEND_I32_U);
                call("rt.throw");
            }
            case IrStmt.Try t -> tryBlock(t);
            case IrStmt.Break b -> code.u8(Op.BR).u32(depth - loops.peek()[0]);
            case IrStmt.Continue c -> code.u8(Op.BR).u32(depth - loops.peek()[1]);
            case IrStmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value(), false);
                }
                restoreSp();
                code.u8(Op.RETURN);
            }
        }
    }

    /** Pops this function's shadow-stack frame (before a return). */
    private void restoreSp() {
        if (!frameless) {
            code.i32Const(0).localGet(fp).i32Store(Layout.SP);
        }
    }

    /** block $end { block $handler { body; br $end } take the exception; handler } */
    private void tryBlock(IrStmt.Try t) {
        code.u8(Op.BLOCK).u8(Code.EMPTY);
        int end = ++depth;
        code.u8(Op.BLOCK).u8(Code.EMPTY);
        handlers.push(++depth);
        t.body().forEach(this::stmt);
        handlers.pop();
        code.u8(Op.BR).u32(depth - end);
        code.u8(Op.END);
        depth--;
        Integer caughtSlot = slotOf.get(t.caught());
        if (caughtSlot != null) {
            code.localGet(fp);
            backend.takeException(code, t32);
            code.localTee(t.caught().index()).i32Store(caughtSlot * 4);
        } else {
            backend.takeException(code, t32);
            code.localSet(t.caught().index());
        }
        t.handler().forEach(this::stmt);
        code.u8(Op.END);
        depth--;
    }

    private void loop(IrStmt.Loop l) {
        code.u8(Op.BLOCK).u8(Code.EMPTY);
        int breakLabel = ++depth;
        code.u8(Op.LOOP).u8(Code.EMPTY);
        int top = ++depth;
        expr(l.cond(), false);
        code.u8(Op.I32_EQZ).u8(Op.BR_IF).u32(depth - breakLabel);
        code.u8(Op.BLOCK).u8(Code.EMPTY);
        int cont = ++depth;
        loops.push(new int[] {breakLabel, cont});
        l.body().forEach(this::stmt);
        loops.pop();
        code.u8(Op.END);
        depth--;
        l.update().forEach(this::stmt);
        code.u8(Op.BR).u32(depth - top);
        code.u8(Op.END);
        depth--;
        code.u8(Op.END);
        depth--;
    }

    private void setLocal(IrLocal local, IrExpr value) {
        Integer slot = slotOf.get(local);
        if (slot != null) {
            // the slot keeps the object alive for the collector; reads use the wasm local
            code.localGet(fp);
            expr(value, false);
            code.localTee(local.index()).i32Store(slot * 4);
        } else {
            expr(value, false);
            code.localSet(local.index());
        }
    }

    private void getLocal(IrLocal local) {
        code.localGet(local.index());
    }

    // ---- expressions

    /** Emits {@code e}, leaving one value of its wasm type (None is i32 0); roots new references when asked. */
    void expr(IrExpr e, boolean root) {
        switch (e) {
            case IrExpr.Const c -> constant(c);
            case IrExpr.Local l -> getLocal(l.local());
            case IrExpr.Global g -> {
                if (backend.isScalarGlobal(g.global())) {
                    if (g.checked()) {
                        code.globalGet(backend.scalarGlobalFlag(g.global())).u8(Op.I32_EQZ).u8(Op.IF).u8(Code.EMPTY);
                        depth++;
                        ops.raise(code, "NameError", "name '" + g.global().name() + "' is not defined");
                        depth--;
                        code.u8(Op.END);
                    }
                    backend.loadScalar(code, g.global());
                } else {
                    code.i32Const(0).i32Load(backend.refGlobalAddress(g.global()));
                    if (g.checked()) {
                        code.localTee(t32).u8(Op.I32_EQZ).u8(Op.IF).u8(Code.EMPTY);
                        String name = g.global().name();
                        depth++;
                        ops.raise(code, "NameError", "name '" + name + "' is not defined");
                        depth--;
                        code.u8(Op.END).i32Const(0).i32Load(backend.refGlobalAddress(g.global()));
                    }
                }
            }
            case IrExpr.Tee t -> {
                setLocal(t.local(), t.value());
                getLocal(t.local());
            }
            case IrExpr.Call call -> {
                IrFunction target = backend.function(call.function());
                for (IrExpr a : call.args()) {
                    expr(a, true);
                }
                call(target.name());
                if (target.returnType() == Type.NONE) {
                    code.i32Const(0);
                } else if (root && call.type().isRef()) {
                    rootTop();
                }
            }
            case IrExpr.Op op -> ops.emit(op, root);
            case IrExpr.Logic l -> {
                expr(l.left(), false);
                code.u8(Op.IF).u8(Code.I32);
                depth++;
                if (l.isAnd()) {
                    expr(l.right(), false);
                    code.u8(Op.ELSE).i32Const(0);
                } else {
                    code.i32Const(1).u8(Op.ELSE);
                    expr(l.right(), false);
                }
                depth--;
                code.u8(Op.END);
            }
            case IrExpr.Block b -> {
                b.stmts().forEach(this::stmt);
                expr(b.result(), root);
            }
            case IrExpr.Cond c -> {
                expr(c.cond(), false);
                code.u8(Op.IF).u8(WasmBackend.valType(c.type()));
                depth++;
                expr(c.then(), root);
                code.u8(Op.ELSE);
                expr(c.otherwise(), root);
                depth--;
                code.u8(Op.END);
            }
        }
    }

    private void constant(IrExpr.Const c) {
        switch (c.type().kind()) {
            case INT -> code.i64Const((Long) c.value());
            case FLOAT -> code.f64Const((Double) c.value());
            case BOOL -> code.i32Const((Boolean) c.value() ? 1 : 0);
            case STR -> code.i32Const(backend.data.string((String) c.value()));
            case BYTES -> code.i32Const(backend.data.bytesConstant((String) c.value()));
            default -> code.i32Const(0);
        }
    }
}
