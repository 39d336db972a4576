package dev.wasmhost.guest.wasm;

import dev.wasmhost.guest.ir.IrFunction;
import dev.wasmhost.guest.ir.IrGlobal;
import dev.wasmhost.guest.ir.IrModule;
import dev.wasmhost.guest.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes an {@link IrModule} as a WASI preview 1 core module: imports {@code fd_write} and
 * {@code proc_exit}, exports {@code _start} and {@code memory}, and carries a name section so a trap
 * names the Python function it happened in.
 */
public final class WasmBackend {
    static final int FD_WRITE = 0;
    static final int PROC_EXIT = 1;
    static final int IMPORTS = 2;
    // fixed globals
    static final int G_SP = 0;
    static final int G_HEAP_BASE = 1;
    static final int G_SHADOW_END = 2;
    static final int FIXED_GLOBALS = 3;

    private final IrModule module;
    private final Map<String, Integer> functionIndex = new HashMap<>();
    private final Map<String, IrFunction> functions = new HashMap<>();
    private final Map<IrGlobal, Integer> scalarGlobal = new HashMap<>();
    private final Map<IrGlobal, Integer> refGlobalAddr = new HashMap<>();
    private final List<IrGlobal> scalarGlobals = new ArrayList<>();
    private final Map<String, Integer> typeIndex = new LinkedHashMap<>();
    private final List<int[][]> types = new ArrayList<>();
    final StaticData data;
    final int rootsStart;
    final int rootsEnd;

    private WasmBackend(IrModule module) {
        this.module = module;
        int addr = Layout.DATA_START;
        for (IrGlobal g : module.globals()) {
            if (g.type().isRef()) {
                refGlobalAddr.put(g, addr);
                addr += 4;
            } else {
                scalarGlobal.put(g, FIXED_GLOBALS + scalarGlobals.size());
                scalarGlobals.add(g);
            }
        }
        rootsStart = Layout.DATA_START;
        rootsEnd = addr;
        data = new StaticData(Layout.align(addr, 8), module.classes());
        int index = IMPORTS + 1; // after the imports and _start
        for (IrFunction f : all()) {
            functionIndex.put(f.name(), index++);
            functions.put(f.name(), f);
        }
    }

    /** Compiles a checked program to the bytes of a core WebAssembly module. */
    public static byte[] compile(IrModule module) {
        return new WasmBackend(module).encode();
    }

    private List<IrFunction> all() {
        List<IrFunction> list = new ArrayList<>();
        list.add(module.main());
        list.addAll(module.functions());
        return list;
    }

    // ---- lookups used by the emitters

    int functionIndex(String name) {
        Integer i = functionIndex.get(name);
        if (i == null) {
            throw new IllegalStateException("runtime library lacks function " + name);
        }
        return i;
    }

    IrFunction function(String name) {
        IrFunction f = functions.get(name);
        if (f == null) {
            throw new IllegalStateException("runtime library lacks function " + name);
        }
        return f;
    }

    boolean isScalarGlobal(IrGlobal g) {
        return scalarGlobal.containsKey(g);
    }

    int scalarGlobalIndex(IrGlobal g) {
        return scalarGlobal.get(g);
    }

    /** An i32 global that is 1 once the module variable has been assigned (reads before that are a NameError). */
    int scalarGlobalFlag(IrGlobal g) {
        return FIXED_GLOBALS + scalarGlobals.size() + scalarGlobals.indexOf(g);
    }

    int refGlobalAddress(IrGlobal g) {
        return refGlobalAddr.get(g);
    }

    static int valType(Type t) {
        return switch (t.kind()) {
            case INT -> Code.I64;
            case FLOAT -> Code.F64;
            default -> Code.I32;
        };
    }

    private int typeOf(int[] params, int[] results) {
        StringBuilder key = new StringBuilder();
        for (int p : params) {
            key.append(p).append(',');
        }
        key.append("->");
        for (int r : results) {
            key.append(r).append(',');
        }
        return typeIndex.computeIfAbsent(key.toString(), k -> {
            types.add(new int[][] {params, results});
            return types.size() - 1;
        });
    }

    private int typeOf(IrFunction f) {
        int[] params = f.params().stream().mapToInt(l -> valType(l.type())).toArray();
        int[] results = f.returnType() == Type.NONE ? new int[0] : new int[] {valType(f.returnType())};
        return typeOf(params, results);
    }

    // ---- module assembly

    private byte[] encode() {
        List<IrFunction> fns = all();
        List<byte[]> bodies = new ArrayList<>();
        bodies.add(startBody());
        for (IrFunction f : fns) {
            bodies.add(new FunctionEmitter(this, f).emit());
        }
        int heapBase = Layout.align(data.end(), 16) + Layout.SHADOW_BYTES;
        int shadowStart = heapBase - Layout.SHADOW_BYTES;
        int pages = (heapBase + Layout.INITIAL_HEAP + 65535) / 65536;

        int fdWriteType = typeOf(new int[] {Code.I32, Code.I32, Code.I32, Code.I32}, new int[] {Code.I32});
        int procExitType = typeOf(new int[] {Code.I32}, new int[0]);
        int startType = typeOf(new int[0], new int[0]);
        List<Integer> fnTypes = new ArrayList<>();
        fnTypes.add(startType);
        for (IrFunction f : fns) {
            fnTypes.add(typeOf(f));
        }

        Code out = new Code();
        out.bytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        Code typeSec = new Code().u32(types.size());
        for (int[][] t : types) {
            typeSec.u8(0x60).u32(t[0].length);
            for (int p : t[0]) {
                typeSec.u8(p);
            }
            typeSec.u32(t[1].length);
            for (int r : t[1]) {
                typeSec.u8(r);
            }
        }
        out.section(1, typeSec);
        Code imports = new Code().u32(2);
        imports.name("wasi_snapshot_preview1").name("fd_write").u8(0).u32(fdWriteType);
        imports.name("wasi_snapshot_preview1").name("proc_exit").u8(0).u32(procExitType);
        out.section(2, imports);
        Code funcSec = new Code().u32(fnTypes.size());
        fnTypes.forEach(funcSec::u32);
        out.section(3, funcSec);
        out.section(5, new Code().u32(1).u8(1).u32(pages).u32(Layout.MAX_PAGES));
        Code globals = new Code().u32(FIXED_GLOBALS + 2 * scalarGlobals.size());
        globals.u8(Code.I32).u8(1).i32Const(shadowStart).u8(Op.END);
        globals.u8(Code.I32).u8(0).i32Const(heapBase).u8(Op.END);
        globals.u8(Code.I32).u8(0).i32Const(heapBase).u8(Op.END);
        for (IrGlobal g : scalarGlobals) {
            int vt = valType(g.type());
            globals.u8(vt).u8(1);
            if (vt == Code.I64) {
                globals.i64Const(0);
            } else if (vt == Code.F64) {
                globals.f64Const(0);
            } else {
                globals.i32Const(0);
            }
            globals.u8(Op.END);
        }
        for (int k = 0; k < scalarGlobals.size(); k++) {
            globals.u8(Code.I32).u8(1).i32Const(0).u8(Op.END);
        }
        out.section(6, globals);
        Code exports = new Code().u32(2);
        exports.name("_start").u8(0).u32(IMPORTS);
        exports.name("memory").u8(2).u32(0);
        out.section(7, exports);
        Code codeSec = new Code().u32(bodies.size());
        for (byte[] b : bodies) {
            codeSec.u32(b.length).bytes(b);
        }
        out.section(10, codeSec);
        byte[] bytes = data.toByteArray();
        Code dataSec = new Code().u32(1).u8(0).i32Const(data.base()).u8(Op.END).u32(bytes.length).bytes(bytes);
        out.section(11, dataSec);
        out.bytes(nameSection(fns));
        return out.toByteArray();
    }

    /** {@code _start}: run the module's top-level code (which first initialises the runtime). */
    private byte[] startBody() {
        Code c = new Code().u32(0);
        c.call(functionIndex(module.main().name()));
        c.u8(Op.END);
        return c.toByteArray();
    }

    private byte[] nameSection(List<IrFunction> fns) {
        Code names = new Code().u32(IMPORTS + 1 + fns.size());
        names.u32(FD_WRITE).name("wasi_snapshot_preview1.fd_write");
        names.u32(PROC_EXIT).name("wasi_snapshot_preview1.proc_exit");
        names.u32(IMPORTS).name("_start");
        for (IrFunction f : fns) {
            names.u32(functionIndex(f.name())).name(f.name());
        }
        Code body = new Code().name("name");
        body.section(1, names);
        return new Code().section(0, body).toByteArray();
    }
}
