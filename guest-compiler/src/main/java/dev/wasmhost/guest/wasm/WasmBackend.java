package dev.wasmhost.guest.wasm;

import dev.wasmhost.guest.Target;
import dev.wasmhost.guest.ir.IrFunction;
import dev.wasmhost.guest.ir.IrGlobal;
import dev.wasmhost.guest.ir.IrModule;
import dev.wasmhost.guest.types.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Encodes an {@link IrModule} as a core module for a {@link Target}, with a name section so a trap names
 * the Python function it happened in. For {@link Target#WASI_P1} it imports {@code fd_write} and
 * {@code proc_exit} and exports {@code _start}. For {@link Target#COMPONENT} it imports WASI 0.2
 * ({@code get-stdout}, {@code get-stderr}, {@code blocking-write-and-flush}, {@code exit}), defines
 * {@code fd_write} and {@code proc_exit} over them (so the rest of the backend is the same for both
 * targets), and exports {@code wasi:cli/run@0.2.0#run}.
 */
public final class WasmBackend {
    // component target imports
    private static final int GET_STDOUT = 0;
    private static final int GET_STDERR = 1;
    private static final int WRITE_AND_FLUSH = 2;
    private static final int EXIT = 3;
    // fixed globals
    static final int G_SP = 0;
    static final int G_HEAP_BASE = 1;
    static final int G_SHADOW_END = 2;
    static final int FIXED_GLOBALS = 3;

    private final IrModule module;
    private final Target target;
    /** Function indices of what the runtime's intrinsics call, and of the entry point. */
    final int fdWrite;
    final int procExit;
    private final int entry;
    private final int imports;
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
    /** Functions to emit (null: all); the first encoding records calls so the second can drop dead ones. */
    private final Set<String> live;
    /** Callees by caller ("" for the entry point), recorded while encoding. */
    private final Map<String, Set<String>> calls = new HashMap<>();
    private String emitting = "";

    private WasmBackend(IrModule module, Target target, Set<String> live) {
        this.module = module;
        this.target = target;
        this.live = live;
        if (target == Target.WASI_P1) {
            imports = 2;
            fdWrite = 0;
            procExit = 1;
            entry = 2;
        } else {
            imports = 4;
            fdWrite = 4;
            procExit = 5;
            entry = 6;
        }
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
        int index = entry + 1; // after the imports, the adapters and the entry point
        for (IrFunction f : all()) {
            functionIndex.put(f.name(), index++);
            functions.put(f.name(), f);
        }
    }

    /** Compiles a checked program to the bytes of a WASI preview 1 core module. */
    public static byte[] compile(IrModule module) {
        return compile(module, Target.WASI_P1);
    }

    /** Compiles a checked program to the bytes of a core module for {@code target}. */
    public static byte[] compile(IrModule module, Target target) {
        // The runtime library is compiled with every program; a first encoding finds which of its
        // functions the program reaches, and only those are emitted (hello world stays small).
        WasmBackend all = new WasmBackend(module, target, null);
        all.encode();
        Set<String> reached = new HashSet<>();
        Deque<String> work = new ArrayDeque<>();
        work.add("");
        while (!work.isEmpty()) {
            for (String callee : all.calls.getOrDefault(work.pop(), Set.of())) {
                if (reached.add(callee)) {
                    work.add(callee);
                }
            }
        }
        reached.add(module.main().name());
        return new WasmBackend(module, target, reached).encode();
    }

    private List<IrFunction> all() {
        List<IrFunction> list = new ArrayList<>();
        list.add(module.main());
        for (IrFunction f : module.functions()) {
            if (live == null || live.contains(f.name())) {
                list.add(f);
            }
        }
        return list;
    }

    // ---- lookups used by the emitters

    int functionIndex(String name) {
        calls.computeIfAbsent(emitting, k -> new HashSet<>()).add(name);
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
        if (target == Target.COMPONENT) {
            bodies.add(fdWriteAdapter());
            bodies.add(procExitAdapter());
        }
        bodies.add(startBody());
        for (IrFunction f : fns) {
            emitting = f.name();
            bodies.add(new FunctionEmitter(this, f).emit());
        }
        emitting = "";
        int heapBase = Layout.align(data.end(), 16) + Layout.SHADOW_BYTES;
        int shadowStart = heapBase - Layout.SHADOW_BYTES;
        int pages = (heapBase + Layout.INITIAL_HEAP + 65535) / 65536;

        int fdWriteType = typeOf(new int[] {Code.I32, Code.I32, Code.I32, Code.I32}, new int[] {Code.I32});
        int procExitType = typeOf(new int[] {Code.I32}, new int[0]);
        int startType = target == Target.WASI_P1 ? typeOf(new int[0], new int[0]) : typeOf(new int[0], new int[] {Code.I32});
        int handleType = typeOf(new int[0], new int[] {Code.I32});
        int writeType = typeOf(new int[] {Code.I32, Code.I32, Code.I32, Code.I32}, new int[0]);
        List<Integer> fnTypes = new ArrayList<>();
        if (target == Target.COMPONENT) {
            fnTypes.add(fdWriteType);
            fnTypes.add(procExitType);
        }
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
        Code imports = new Code().u32(this.imports);
        if (target == Target.WASI_P1) {
            imports.name("wasi_snapshot_preview1").name("fd_write").u8(0).u32(fdWriteType);
            imports.name("wasi_snapshot_preview1").name("proc_exit").u8(0).u32(procExitType);
        } else {
            imports.name("wasi:cli/stdout@0.2.0").name("get-stdout").u8(0).u32(handleType);
            imports.name("wasi:cli/stderr@0.2.0").name("get-stderr").u8(0).u32(handleType);
            imports.name("wasi:io/streams@0.2.0").name("[method]output-stream.blocking-write-and-flush").u8(0)
                    .u32(writeType);
            imports.name("wasi:cli/exit@0.2.0").name("exit").u8(0).u32(procExitType);
        }
        out.section(2, imports);
        Code funcSec = new Code().u32(fnTypes.size());
        fnTypes.forEach(funcSec::u32);
        out.section(3, funcSec);
        out.section(5, new Code().u32(1).u8(1).u32(pages).u32(Layout.MAX_PAGES));
        Code globals = new Code().u32(FIXED_GLOBALS + 2 * scalarGlobals.size() + (target == Target.COMPONENT ? 2 : 0));
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
        if (target == Target.COMPONENT) {
            // the stdout and stderr stream handles, fetched on first write (-1: not yet)
            globals.u8(Code.I32).u8(1).i32Const(-1).u8(Op.END);
            globals.u8(Code.I32).u8(1).i32Const(-1).u8(Op.END);
        }
        out.section(6, globals);
        Code exports = new Code().u32(2);
        exports.name(target == Target.WASI_P1 ? "_start" : "wasi:cli/run@0.2.0#run").u8(0).u32(entry);
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

    /**
     * {@code _start} or {@code run}: run the module's top-level code (which first initialises the
     * runtime). {@code run} returns {@code result<_, _>} flattened: 0 is ok (a failure exits first).
     */
    private byte[] startBody() {
        Code c = new Code().u32(0);
        c.call(functionIndex(module.main().name()));
        if (target == Target.COMPONENT) {
            c.i32Const(0);
        }
        c.u8(Op.END);
        return c.toByteArray();
    }

    private int streamGlobal(int fd) {
        return FIXED_GLOBALS + 2 * scalarGlobals.size() + (fd == 1 ? 0 : 1);
    }

    /**
     * {@code fd_write(fd, iovs, 1, nwritten)} over WASI 0.2: writes the one iovec the runtime passes to
     * stdout (fd 1) or stderr (any other fd) with {@code blocking-write-and-flush}, whose {@code result}
     * lands at {@link Layout#P2_RESULT}; returns 0, or errno 29 (EIO) when the stream failed.
     */
    private byte[] fdWriteAdapter() {
        Code c = new Code().u32(0);
        for (int fd : new int[] {1, 2}) {
            int global = streamGlobal(fd);
            c.globalGet(global).i32Const(-1).u8(Op.I32_EQ).u8(Op.IF).u8(Code.EMPTY)
                    .call(fd == 1 ? GET_STDOUT : GET_STDERR).globalSet(global).u8(Op.END);
        }
        c.localGet(0).i32Const(1).u8(Op.I32_EQ).u8(Op.IF).u8(Code.I32)
                .globalGet(streamGlobal(1)).u8(Op.ELSE).globalGet(streamGlobal(2)).u8(Op.END);
        c.localGet(1).i32Load(0).localGet(1).i32Load(4).i32Const(Layout.P2_RESULT).call(WRITE_AND_FLUSH);
        c.localGet(3).localGet(1).i32Load(4).i32Store(0);
        c.i32Const(Layout.P2_RESULT).mem(0x2d, 0, 0).u8(Op.IF).u8(Code.I32).i32Const(29).u8(Op.ELSE).i32Const(0).u8(Op.END);
        c.u8(Op.END);
        return c.toByteArray();
    }

    /** {@code proc_exit(code)} over WASI 0.2: {@code exit(ok)} for 0, {@code exit(err)} (status 1) otherwise. */
    private byte[] procExitAdapter() {
        Code c = new Code().u32(0);
        c.localGet(0).i32Const(0).u8(Op.I32_NE).call(EXIT).u8(Op.UNREACHABLE).u8(Op.END);
        return c.toByteArray();
    }

    private byte[] nameSection(List<IrFunction> fns) {
        Code names = new Code().u32(entry + 1 + fns.size());
        if (target == Target.WASI_P1) {
            names.u32(fdWrite).name("wasi_snapshot_preview1.fd_write");
            names.u32(procExit).name("wasi_snapshot_preview1.proc_exit");
            names.u32(entry).name("_start");
        } else {
            names.u32(GET_STDOUT).name("wasi:cli/stdout.get-stdout");
            names.u32(GET_STDERR).name("wasi:cli/stderr.get-stderr");
            names.u32(WRITE_AND_FLUSH).name("wasi:io/streams.blocking-write-and-flush");
            names.u32(EXIT).name("wasi:cli/exit.exit");
            names.u32(fdWrite).name("fd_write");
            names.u32(procExit).name("proc_exit");
            names.u32(entry).name("run");
        }
        for (IrFunction f : fns) {
            names.u32(functionIndex.get(f.name())).name(f.name());
        }
        Code body = new Code().name("name");
        body.section(1, names);
        return new Code().section(0, body).toByteArray();
    }
}
