package dev.wasmhost.guest.wasm;

import dev.wasmhost.guest.Target;
import dev.wasmhost.guest.ir.HostCall;
import dev.wasmhost.guest.ir.IrFunction;
import dev.wasmhost.guest.ir.IrGlobal;
import dev.wasmhost.guest.ir.IrLocal;
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
 * targets), and exports {@code wasi:cli/run@0.2.0#run}. The standard library's host calls
 * ({@link HostCall}) are imported after those, only the ones the first encoding reached; a call of the
 * other target's compiles to {@code unreachable}.
 */
public final class WasmBackend {
    // component target imports
    private static final int GET_STDOUT = 0;
    private static final int GET_STDERR = 1;
    private static final int WRITE_AND_FLUSH = 2;
    private static final int EXIT = 3;
    // fixed globals (the shadow-stack pointer is in memory, at Layout.SP; its end is a constant)
    static final int G_HEAP_BASE = 0;
    static final int FIXED_GLOBALS = 1;

    /**
     * A function the component exports: the core export {@code witName} (a root-level function of the world) calls
     * {@code function} with its flattened parameters, after running the module's top-level code on the first call.
     */
    public record Export(String witName, IrFunction function, boolean result, List<Type> wireParams, Type wireResult) {
        public Export(String witName, IrFunction function) {
            this(witName, function, false);
        }

        public Export(String witName, IrFunction function, boolean result) {
            this(witName, function, result, null, null);
        }

        /** The WIT types of the parameters (with {@link #wireType} leaves: a handle is a u32 int to the guest). */
        List<Type> params() {
            return wireParams != null ? wireParams : function.params().stream().map(IrLocal::type).toList();
        }

        Type returnType() {
            return wireResult != null ? wireResult : function.returnType();
        }
    }

    /**
     * A function of a WIT interface the component imports: the program's function {@code function} (a stub the
     * checker typed) is compiled as glue that lowers its arguments, calls the core import {@code module}.{@code name}
     * and lifts its result (see {@link CanonAbi}).
     */
    public record Import(String module, String name, String function, Result result, Wire wire) {
        /**
         * The WIT types of the parameters and result where they differ from the stub's (a WIT u32 is an int to the
         * guest): the stub's types with {@link #wireType} leaves, and the record fields likewise by class name.
         */
        public record Wire(List<Type> params, Type result, Map<String, List<Type>> fields) {}

        /**
         * The import returns {@code result<T, E>} (T and E present or not): the stub's type is {@code tuple[bool, T,
         * E]} (int standing for an absent T or E), and the glue fills the tuple with ok, then T or E.
         */
        public record Result(boolean ok, boolean err) {}
    }

    private final IrModule module;
    private final Target target;
    private final List<Export> exports;
    /** The WIT imports the program reaches, by the name of their stub function, with their function index. */
    private final Map<String, Import> witImports = new LinkedHashMap<>();
    private final Map<String, Integer> witImportIndex = new HashMap<>();
    /** Function indices of what the runtime's intrinsics call, and of the entry point. */
    final int fdWrite;
    final int procExit;
    private final int entry;
    private final int imports;
    private final Map<String, Integer> functionIndex = new HashMap<>();
    private final Map<String, IrFunction> functions = new HashMap<>();
    /** Addresses of the scalar module variables (8 bytes each, after the reference ones). */
    private final Map<IrGlobal, Integer> scalarGlobal = new HashMap<>();
    /** Wasm global index of each scalar module variable's "assigned" flag. */
    private final Map<IrGlobal, Integer> scalarFlag = new HashMap<>();
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
    /** Host calls of the function being encoded, while the first encoding records them for FirstPassCache. */
    private Set<HostCall> emittingHosts;

    /** Functions that may return with an exception pending (null: assume all, in the first encoding). */
    private final Set<String> raising;
    /**
     * Functions during which the collector may run (they reach rt.collect, or call through a function
     * value); null: assume all. The others need not root references on the shadow stack.
     */
    private final Set<String> collecting;
    private final Map<String, IrGlobal> runtimeGlobals = new HashMap<>();
    /** Functions called through function values, by their slot in the one table. */
    private final Map<String, Integer> tableSlots = new LinkedHashMap<>();

    /** The standard library's host imports, after the fixed ones, by host call. */
    private final Map<HostCall, Integer> hostIndex = new LinkedHashMap<>();
    /** Host calls the program reaches (recorded while encoding). */
    private final Set<HostCall> hostUsed = new HashSet<>();
    /** Function index of the exported cabi_realloc (component target with list-returning imports or exports), or -1. */
    private final int realloc;

    private WasmBackend(IrModule module, Target target, List<Export> exports, List<Import> witImports,
            Set<String> live, Set<String> raising, Set<String> collecting, Set<HostCall> hosts) {
        this.module = module;
        this.collecting = collecting;
        this.exports = target == Target.COMPONENT ? exports : List.of();
        this.target = target;
        this.live = live;
        this.raising = raising;
        int fixedImports = target == Target.WASI_P1 ? 2 : 4;
        for (HostCall h : HostCall.forTarget(target == Target.COMPONENT)) {
            if (hosts == null || hosts.contains(h)) {
                hostIndex.put(h, fixedImports + hostIndex.size());
            }
        }
        for (IrGlobal g : module.globals()) {
            runtimeGlobals.put(g.name(), g);
        }
        if (target == Target.COMPONENT) {
            for (Import i : witImports) {
                if (live == null || live.contains(i.function())) {
                    this.witImportIndex.put(i.function(), fixedImports + hostIndex.size() + this.witImports.size());
                    this.witImports.put(i.function(), i);
                }
            }
        }
        if (target == Target.WASI_P1) {
            imports = 2 + hostIndex.size();
            fdWrite = 0;
            procExit = 1;
            entry = imports;
        } else {
            imports = 4 + hostIndex.size() + this.witImports.size();
            fdWrite = imports;
            procExit = imports + 1;
            entry = imports + 2;
        }
        // one cabi_realloc serves export arguments and host-call results alike (see reallocBody)
        realloc = !this.exports.isEmpty() || !this.witImports.isEmpty() || hostIndex.keySet().stream().anyMatch(HostCall::needsRealloc) ? entry + 1 : -1;
        // Module variables live in linear memory: references first (the collector's roots), then
        // scalars, 8 bytes each. (Endive reads a wasm global through two calls that C2 often does not
        // inline in the runtime's hot functions; a load from a constant address is one array access.)
        int addr = Layout.DATA_START;
        for (IrGlobal g : module.globals()) {
            if (g.type().isRef()) {
                refGlobalAddr.put(g, addr);
                addr += 4;
            } else {
                scalarFlag.put(g, FIXED_GLOBALS + scalarGlobals.size());
                scalarGlobals.add(g);
            }
        }
        rootsStart = Layout.DATA_START;
        rootsEnd = addr;
        addr = Layout.align(addr, 8);
        for (IrGlobal g : scalarGlobals) {
            scalarGlobal.put(g, addr);
            addr += 8;
        }
        data = new StaticData(Layout.align(addr, 8), module.classes(), live == null || live.contains(ASCII_STR_FUNCTION));
        int index = entry + (realloc < 0 ? 1 : 2); // after the imports, the adapters, the entry point, cabi_realloc
        for (IrFunction f : all()) {
            functionIndex.put(f.name(), index++);
            functions.put(f.name(), f);
        }
    }

    /**
     * Function index of the k-th export's body. Layout: imports (fixed, then host calls), the two adapters
     * (component), the entry point, cabi_realloc (if any), the program's functions, the export bodies.
     */
    private int exportIndex(int k) {
        return entry + (realloc < 0 ? 1 : 2) + all().size() + k;
    }

    /** A guest type standing for the narrower WIT type {@code witName} (u8..u64, f32, char) in an {@link Import.Wire}. */
    public static Type wireType(Type.Kind kind, String witName) {
        return CanonAbi.wire(kind, witName);
    }

    /** Compiles a checked program to the bytes of a WASI preview 1 core module. */
    public static byte[] compile(IrModule module) {
        return compile(module, Target.WASI_P1);
    }

    /** Compiles a checked program to the bytes of a core module for {@code target}. */
    public static byte[] compile(IrModule module, Target target) {
        return compile(module, target, List.of());
    }

    /** Compiles a checked program for {@code target}; a component also exports {@code exports} (if any, instead of run). */
    public static byte[] compile(IrModule module, Target target, List<Export> exports) {
        return compile(module, target, exports, List.of());
    }

    /** Compiles a checked program for {@code target} with exports and the glue of the WIT functions it imports. */
    public static byte[] compile(IrModule module, Target target, List<Export> exports, List<Import> imports) {
        // The runtime library is compiled with every program; a first encoding finds which of its
        // functions the program reaches, and only those are emitted (hello world stays small).
        WasmBackend all = new WasmBackend(module, target, exports, imports, null, null, null, null);
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
        // a function may raise if it raises itself (rt.fail, rt.throw) or calls one that may
        Set<String> raising = callersOf(all.calls, Set.of("rt.fail", "rt.throw", INDIRECT));
        // the collector runs only inside rt.collect (allocation while cabi_realloc's blocks are in use
        // grows the heap instead)
        Set<String> collecting = callersOf(all.calls, Set.of("rt.collect", INDIRECT));
        return new WasmBackend(module, target, exports, imports, reached, raising, collecting, all.hostUsed).encode();
    }

    /** The seeds and every function that calls one of them, directly or not (the entry point "" aside). */
    private static Set<String> callersOf(Map<String, Set<String>> calls, Set<String> seeds) {
        Map<String, List<String>> callers = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : calls.entrySet()) {
            if (!e.getKey().isEmpty()) {
                for (String callee : e.getValue()) {
                    callers.computeIfAbsent(callee, k -> new ArrayList<>()).add(e.getKey());
                }
            }
        }
        Set<String> found = new HashSet<>(seeds);
        Deque<String> work = new ArrayDeque<>(seeds);
        while (!work.isEmpty()) {
            for (String caller : callers.getOrDefault(work.pop(), List.of())) {
                if (found.add(caller)) {
                    work.add(caller);
                }
            }
        }
        return found;
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

    boolean isComponent() {
        return target == Target.COMPONENT;
    }

    /** The function index of a host import, or null when it is not one of this target's. */
    Integer hostIndex(HostCall h) {
        if (h.component == (target == Target.COMPONENT)) {
            hostUsed.add(h);
            if (emittingHosts != null) {
                emittingHosts.add(h);
            }
        }
        return hostIndex.get(h);
    }

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

    private AssignedFields assignedFields;

    /** Fields every instance has assigned before it can be read (computed on first use). */
    AssignedFields assignedFields() {
        if (assignedFields == null) {
            assignedFields = new AssignedFields(module);
        }
        return assignedFields;
    }

    /** The runtime function through which the library reaches the static one-character strs. */
    private static final String ASCII_STR_FUNCTION = "rt.ascii_str";

    /** The callee recorded for a call through a function value (which may raise). */
    static final String INDIRECT = "$indirect";

    void noteIndirectCall() {
        calls.computeIfAbsent(emitting, k -> new HashSet<>()).add(INDIRECT);
    }

    /** The table slot of a function used as a value (recorded as a call, so it stays in the module). */
    int tableSlot(String function) {
        functionIndex(function);
        return tableSlots.computeIfAbsent(function, k -> tableSlots.size());
    }

    /** The wasm type of a function value's function: the closure (i32) first, then the parameters. */
    int indirectType(Type func) {
        List<Type> params = func.params();
        int[] p = new int[params.size() + 1];
        p[0] = Code.I32;
        for (int k = 0; k < params.size(); k++) {
            p[k + 1] = valType(params.get(k));
        }
        return typeOf(p, func.a() == Type.NONE ? new int[0] : new int[] {valType(func.a())});
    }

    /** True if a call of {@code function} must be followed by a test for a pending exception. */
    boolean mayRaise(String function) {
        return raising == null || raising.contains(function);
    }

    /** True if the collector may run while {@code function} is active (its references must be rooted). */
    boolean mayCollect(String function) {
        return collecting == null || collecting.contains(function);
    }

    /** Pushes a scalar module variable of the runtime library, such as rt.exc_pending. */
    Code loadRuntime(Code c, String name) {
        return loadScalar(c, runtimeGlobals.get(name));
    }

    /** Sets a bool or small int module variable of the runtime library to a constant. */
    Code storeRuntime(Code c, String name, int value) {
        IrGlobal g = runtimeGlobals.get(name);
        c.i32Const(0);
        if (valType(g.type()) == Code.I64) {
            c.i64Const(value);
        } else {
            c.i32Const(value);
        }
        return storeScalar(c, g);
    }

    /** Pushes the value of a scalar module variable. */
    Code loadScalar(Code c, IrGlobal g) {
        int at = scalarGlobal.get(g);
        c.i32Const(0);
        return switch (valType(g.type())) {
            case Code.I64 -> c.mem(Op.I64_LOAD, 3, at);
            case Code.F64 -> c.mem(0x2B, 3, at);
            default -> c.i32Load(at);
        };
    }

    /** Stores the value on the stack (above an i32 0 pushed before it) into a scalar module variable. */
    Code storeScalar(Code c, IrGlobal g) {
        int at = scalarGlobal.get(g);
        return switch (valType(g.type())) {
            case Code.I64 -> c.mem(Op.I64_STORE, 3, at);
            case Code.F64 -> c.mem(0x39, 3, at);
            default -> c.i32Store(at);
        };
    }

    /**
     * Whether reads of this variable may test its "assigned" flag (a NameError before assignment):
     * never for the runtime library's variables (it is checked without those tests), so their stores
     * need not set it.
     */
    boolean hasFlag(IrGlobal g) {
        return !g.name().startsWith("rt.");
    }

    /**
     * Leaves the pending exception object on the stack and clears the pending flag; an exception
     * the runtime raised by name becomes an object here ({@code _wasmhost_exception}).
     */
    void takeException(Code c, int scratch32) {
        storeRuntime(c, "rt.exc_pending", 0);
        loadRuntime(c, "rt.exc_obj").u8(Op.I32_WRAP_I64).localTee(scratch32);
        c.u8(Op.IF).u8(Code.I32).localGet(scratch32).u8(Op.ELSE);
        loadRuntime(c, "rt.exc_name").u8(Op.I32_WRAP_I64);
        loadRuntime(c, "rt.exc_msg").u8(Op.I32_WRAP_I64);
        c.call(functionIndex("_wasmhost_exception")).u8(Op.END);
    }

    boolean isScalarGlobal(IrGlobal g) {
        return scalarGlobal.containsKey(g);
    }

    /** An i32 global that is 1 once the module variable has been assigned (reads before that are a NameError). */
    int scalarGlobalFlag(IrGlobal g) {
        return scalarFlag.get(g);
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

    /** An immediate in a function body to fill in once the memory layout is known. */
    record Patch(byte[] body, int at) {}

    /** The prologues' shadow-stack limits, set to the shadow stack's end once the data is laid out. */
    final List<Patch> shadowEndPatches = new ArrayList<>();

    private byte[] encode() {
        shadowEndPatches.clear();
        List<IrFunction> fns = all();
        List<byte[]> bodies = new ArrayList<>();
        if (target == Target.COMPONENT) {
            bodies.add(fdWriteAdapter());
            bodies.add(procExitAdapter());
        }
        bodies.add(startBody());
        if (realloc >= 0) {
            bodies.add(reallocBody());
        }
        Map<Integer, List<int[]>> bodyLines = new java.util.HashMap<>();
        Map<Integer, IrFunction> bodyFunctions = new java.util.HashMap<>();
        for (IrFunction f : fns) {
            emitting = f.name();
            Import glue = witImports.get(f.name());
            if (glue != null) {
                bodies.add(importBody(f, glue));
                continue;
            }
            if (live == null && FirstPassCache.cacheable(f)) {
                // the first encoding only records calls: a runtime function's are known from before
                FirstPassCache.Summary known = FirstPassCache.get(f, target);
                if (known != null) {
                    calls.put(f.name(), new HashSet<>(known.callees()));
                    hostUsed.addAll(known.hosts());
                    bodies.add(new byte[] {0, Op.END});
                    continue;
                }
                emittingHosts = new HashSet<>();
                int tables = tableSlots.size();
                bodies.add(new FunctionEmitter(this, f).emit());
                if (tableSlots.size() == tables) {
                    FirstPassCache.put(f, target, new FirstPassCache.Summary(
                            Set.copyOf(calls.getOrDefault(f.name(), Set.of())), Set.copyOf(emittingHosts)));
                }
                emittingHosts = null;
                continue;
            }
            FunctionEmitter emitter = new FunctionEmitter(this, f);
            bodies.add(emitter.emit());
            if (f.file() != null) {
                bodyFunctions.put(bodies.size() - 1, f);
                bodyLines.put(bodies.size() - 1, SourceLines.isProgramFile(f.file()) ? emitter.lines() : List.of());
            }
        }
        emitting = "";
        for (Export e : exports) {
            bodies.add(exportBody(e));
        }
        int heapBase = Layout.align(data.end(), 16) + Layout.SHADOW_BYTES;
        int shadowStart = heapBase - Layout.SHADOW_BYTES;
        for (Patch p : shadowEndPatches) {
            Code.patchI32(p.body(), p.at(), heapBase);
        }
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
        if (realloc >= 0) {
            fnTypes.add(typeOf(new int[] {Code.I32, Code.I32, Code.I32, Code.I32}, new int[] {Code.I32}));
        }
        for (IrFunction f : fns) {
            fnTypes.add(typeOf(f));
        }
        for (Export e : exports) {
            fnTypes.add(exportType(e));
        }

        Map<HostCall, Integer> hostTypes = new HashMap<>();
        for (HostCall h : hostIndex.keySet()) {
            hostTypes.put(h, typeOf(wasmTypes(h.params), wasmTypes(h.results)));
        }
        Map<String, Integer> witTypes = new HashMap<>();
        for (Import i : witImports.values()) {
            witTypes.put(i.function(), importType(functions.get(i.function())));
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
        for (HostCall h : hostIndex.keySet()) {
            imports.name(h.module).name(h.field).u8(0).u32(hostTypes.get(h));
        }
        for (Import i : witImports.values()) {
            imports.name(i.module()).name(i.name()).u8(0).u32(witTypes.get(i.function()));
        }
        out.section(2, imports);
        Code funcSec = new Code().u32(fnTypes.size());
        fnTypes.forEach(funcSec::u32);
        out.section(3, funcSec);
        if (!tableSlots.isEmpty()) {
            out.section(4, new Code().u32(1).u8(0x70).u8(1).u32(tableSlots.size()).u32(tableSlots.size()));
        }
        // no maximum: how much memory a guest may use is the host's decision (wasmhost --max-memory)
        out.section(5, new Code().u32(1).u8(0).u32(pages));
        Code globals = new Code().u32(FIXED_GLOBALS + scalarGlobals.size() + (target == Target.COMPONENT ? 3 : 0));
        globals.u8(Code.I32).u8(0).i32Const(heapBase).u8(Op.END);
        for (int k = 0; k < scalarGlobals.size(); k++) {
            globals.u8(Code.I32).u8(1).i32Const(0).u8(Op.END);
        }
        if (target == Target.COMPONENT) {
            // the stdout and stderr stream handles, fetched on first write (-1: not yet)
            globals.u8(Code.I32).u8(1).i32Const(-1).u8(Op.END);
            globals.u8(Code.I32).u8(1).i32Const(-1).u8(Op.END);
            // 1 once an export has run the module's top-level code
            globals.u8(Code.I32).u8(1).i32Const(0).u8(Op.END);
        }
        out.section(6, globals);
        Code exportSec = new Code().u32((exports.isEmpty() ? 2 : 1 + exports.size()) + (realloc >= 0 ? 1 : 0));
        if (exports.isEmpty()) {
            exportSec.name(target == Target.WASI_P1 ? "_start" : "wasi:cli/run@0.2.0#run").u8(0).u32(entry);
        }
        for (int k = 0; k < exports.size(); k++) {
            exportSec.name(exports.get(k).witName()).u8(0).u32(exportIndex(k));
        }
        if (realloc >= 0) {
            exportSec.name("cabi_realloc").u8(0).u32(realloc);
        }
        exportSec.name("memory").u8(2).u32(0);
        out.section(7, exportSec);
        if (!tableSlots.isEmpty()) {
            Code elements = new Code().u32(1).u8(0).i32Const(0).u8(Op.END).u32(tableSlots.size());
            tableSlots.keySet().forEach(fn -> elements.u32(functionIndex.get(fn)));
            out.section(9, elements);
        }
        Code codeSec = new Code().u32(bodies.size());
        int[] bodyStarts = new int[bodies.size()];
        for (int k = 0; k < bodies.size(); k++) {
            byte[] b = bodies.get(k);
            codeSec.u32(b.length);
            bodyStarts[k] = codeSec.size();
            codeSec.bytes(b);
        }
        int codePayload = out.size() + 1 + new Code().u32(codeSec.size()).size();
        out.section(10, codeSec);
        SourceLines sourceLines = new SourceLines();
        for (var e : new java.util.TreeMap<>(bodyFunctions).entrySet()) {
            IrFunction f = e.getValue();
            int absolute = codePayload + bodyStarts[e.getKey()];
            sourceLines.add(functionIndex.get(f.name()), f.file(), f.line(),
                    bodyLines.get(e.getKey()).stream().map(l -> new int[] {l[0] + absolute, l[1]}).toList());
        }
        byte[] bytes = data.toByteArray();
        // two active segments: the shadow-stack pointer's initial value, then the static data
        Code dataSec = new Code().u32(2);
        dataSec.u8(0).i32Const(Layout.SP).u8(Op.END).u32(4)
                .u8(shadowStart).u8(shadowStart >>> 8).u8(shadowStart >>> 16).u8(shadowStart >>> 24);
        dataSec.u8(0).i32Const(data.base()).u8(Op.END).u32(bytes.length).bytes(bytes);
        out.section(11, dataSec);
        out.bytes(nameSection(fns));
        out.bytes(sourceLines.section());
        return out.toByteArray();
    }

    /**
     * {@code _start} or {@code run}: run the module's top-level code (which first initialises the
     * runtime). {@code run} returns {@code result<_, _>} flattened: 0 is ok (a failure exits first).
     */
    private byte[] startBody() {
        Code c = new Code().u32(2).u32(2).u8(Code.I32).u32(1).u8(Code.I64);
        c.call(functionIndex(module.main().name()));
        // an uncaught exception: SystemExit exits with its code; any other, its last traceback line on
        // stderr, exit status 1
        loadRuntime(c, "rt.exc_pending").u8(Op.IF).u8(Code.EMPTY);
        takeException(c, 0);
        c.localSet(1);
        c.localGet(1).call(functionIndex("_wasmhost_exit_code")).localTee(2).i64Const(0).u8(0x59)
                .u8(Op.IF).u8(Code.EMPTY).localGet(2).u8(Op.I32_WRAP_I64).call(procExit).u8(Op.END);
        c.localGet(1).call(functionIndex("_wasmhost_report")).u8(Op.I64_EXTEND_I32_U).call(functionIndex("rt.die"));
        c.u8(Op.END);
        if (target == Target.COMPONENT) {
            c.i32Const(0);
        }
        c.u8(Op.END);
        return c.toByteArray();
    }

    /**
     * An export, lifting its arguments with the canonical ABI ({@link CanonAbi}): runs the module's top-level code
     * on the first call (unless cabi_realloc did), then calls the function and lowers its result. Arguments other
     * than int, float and bool are stored from their flat core values into a block in the ABI's memory layout (or
     * arrive in memory, past 16 flat values) and lifted from there; a result that flattens to more than one core
     * value is returned through a block holding it in the memory layout. The collector is paused while arguments
     * and results are converted. An uncaught exception writes its last traceback line on stderr and ends the
     * instance with exit status 1, as in a command.
     */
    private byte[] exportBody(Export e) {
        IrFunction fn = e.function();
        CanonAbi layout = new CanonAbi(this, module.classes(), 0);
        List<Type> paramTypes = e.params();
        Type args = Type.tuple(paramTypes);
        int flat = layout.flat(args).size();
        boolean spilled = flat > MAX_FLAT_PARAMS;
        boolean scalars = paramTypes.stream().allMatch(CanonAbi::plainScalar);
        CanonAbi abi = new CanonAbi(this, module.classes(), spilled ? 1 : flat);
        Code c = new Code();
        int scratch = abi.local(Code.I32);
        initialise(c, scratch);
        if (scalars) {
            for (int k = 0; k < paramTypes.size(); k++) {
                c.localGet(k);
                if (paramTypes.get(k) == Type.BOOL) {
                    c.i32Const(0).u8(Op.I32_NE);
                }
            }
        } else {
            storeRuntime(c, "rt.gc_paused", 1);
            int addr = 0;
            if (!spilled) {
                addr = abi.local(Code.I32);
                abi.block(c, abi.size(args), scratch);
                c.localSet(addr);
                abi.flatToMemory(c, args, java.util.stream.IntStream.range(0, flat).iterator(), addr, 0);
            }
            List<Integer> offsets = abi.fieldOffsets(args);
            for (int k = 0; k < paramTypes.size(); k++) {
                abi.lift(c, paramTypes.get(k), addr, offsets.get(k));
            }
        }
        // from here the callee roots its arguments
        storeRuntime(c, "rt.gc_paused", 0);
        c.call(functionIndex(fn.name()));
        if (e.result()) {
            resultOf(c, abi, e.returnType(), scratch);
            c.u8(Op.END);
            return abi.localDecls().bytes(c.toByteArray()).toByteArray();
        }
        uncaught(c, scratch);
        Type r = e.returnType();
        if (r != Type.NONE && !CanonAbi.plainScalar(r)) {
            int value = abi.local(valType(r));
            c.localSet(value);
            storeRuntime(c, "rt.gc_paused", 1);
            int out = abi.local(Code.I32);
            abi.block(c, abi.size(r), scratch);
            c.localSet(out);
            abi.lower(c, r, value, out, 0);
            if (abi.flat(r).size() == 1) {
                abi.memoryToFlat(c, r, out, 0);
            } else {
                c.localGet(out);
            }
        }
        c.u8(Op.END);
        return abi.localDecls().bytes(c.toByteArray()).toByteArray();
    }


    /**
     * The glue of an imported WIT function, the body of its stub: lowers the arguments (straight for int, float and
     * bool; else into a block in the ABI's memory layout, then loaded as flat values, or passed by address past 16),
     * calls the import (with a return area when the result flattens to more than one value) and lifts the result.
     * The collector is paused throughout: the arguments are not rooted here, and the host's strings and lists come
     * through cabi_realloc.
     */
    private byte[] importBody(IrFunction fn, Import i) {
        List<Type> paramTypes = i.wire() != null ? i.wire().params() : fn.params().stream().map(IrLocal::type).toList();
        Type args = Type.tuple(paramTypes);
        CanonAbi abi = new CanonAbi(this, module.classes(), paramTypes.size(),
                i.wire() != null ? i.wire().fields() : Map.of());
        Code c = new Code();
        int scratch = abi.local(Code.I32);
        storeRuntime(c, "rt.gc_paused", 1);
        if (paramTypes.stream().allMatch(CanonAbi::plainScalar)) {
            for (int k = 0; k < paramTypes.size(); k++) {
                c.localGet(k);
            }
        } else {
            int blk = abi.local(Code.I32);
            abi.block(c, abi.size(args), scratch);
            c.localSet(blk);
            List<Integer> offsets = abi.fieldOffsets(args);
            for (int k = 0; k < paramTypes.size(); k++) {
                abi.lower(c, paramTypes.get(k), k, blk, offsets.get(k));
            }
            if (abi.flat(args).size() > MAX_FLAT_PARAMS) {
                c.localGet(blk);
            } else {
                abi.memoryToFlat(c, args, blk, 0);
            }
        }
        Type r = i.wire() != null ? i.wire().result() : fn.returnType();
        Import.Result shape = i.result();
        List<Integer> flat = shape != null ? resultFlat(abi, r, shape) : r == Type.NONE ? List.of() : abi.flat(r);
        int ret = -1;
        List<Type> items = shape != null ? r.items() : List.of();
        Type ok = shape != null && shape.ok() ? items.get(1) : null;
        Type err = shape != null && shape.err() ? items.get(2) : null;
        int payloadAlign = Math.max(1, Math.max(ok == null ? 1 : abi.align(ok), err == null ? 1 : abi.align(err)));
        int payloadOffset = Layout.align(1, payloadAlign);
        if (flat.size() > 1) {
            ret = abi.local(Code.I32);
            int size = shape != null
                    ? Layout.align(payloadOffset + Math.max(ok == null ? 0 : abi.size(ok), err == null ? 0 : abi.size(err)), payloadAlign)
                    : abi.size(r);
            abi.block(c, size, scratch);
            c.localTee(ret);
        }
        c.call(witImportIndex.get(fn.name()));
        if (shape != null) {
            // (ok, T, E) from the discriminant and the payload of the case it names
            int disc = abi.local(Code.I32);
            if (flat.size() > 1) {
                c.localGet(ret).mem(Op.I32_LOAD8_U, 0, 0);
            }
            c.localSet(disc);
            int obj = abi.local(Code.I32);
            c.i64Const(data.descriptor(fn.returnType())).call(functionIndex("rt.object_new")).u8(Op.I32_WRAP_I64).localSet(obj);
            c.localGet(obj).localGet(disc).u8(Op.I32_EQZ).i32Store(16);
            if (ok != null) {
                c.localGet(disc).u8(Op.I32_EQZ).u8(Op.IF).u8(Code.EMPTY).localGet(obj);
                abi.lift(c, ok, ret, payloadOffset);
                CanonAbi.storeSlot(c, ok, 24);
                c.u8(Op.END);
            }
            if (err != null) {
                c.localGet(disc).u8(Op.IF).u8(Code.EMPTY).localGet(obj);
                abi.lift(c, err, ret, payloadOffset);
                CanonAbi.storeSlot(c, err, 32);
                c.u8(Op.END);
            }
            c.localGet(obj);
        } else if (r != Type.NONE) {
            if (flat.size() > 1) {
                abi.lift(c, r, ret, 0);
            } else if (CanonAbi.plainScalar(r)) {
                if (r == Type.BOOL) {
                    c.i32Const(0).u8(Op.I32_NE);
                }
            } else {
                int value = abi.local(flat.get(0));
                c.localSet(value);
                int tmp = abi.local(Code.I32);
                abi.block(c, abi.size(r), scratch);
                c.localSet(tmp);
                abi.flatToMemory(c, r, List.of(value).iterator(), tmp, 0);
                abi.lift(c, r, tmp, 0);
            }
        }
        storeRuntime(c, "rt.gc_paused", 0);
        c.u8(Op.END);
        return abi.localDecls().bytes(c.toByteArray()).toByteArray();
    }

    /** The core type of an imported WIT function (flat parameters or one pointer; a return area last). */
    private int importType(IrFunction fn) {
        Import.Wire wire = witImports.get(fn.name()).wire();
        CanonAbi layout = new CanonAbi(this, module.classes(), 0, wire != null ? wire.fields() : Map.of());
        List<Integer> params = new ArrayList<>(layout.flat(Type.tuple(wire != null ? wire.params()
                : fn.params().stream().map(IrLocal::type).toList())));
        if (params.size() > MAX_FLAT_PARAMS) {
            params = new ArrayList<>(List.of(Code.I32));
        }
        Type r = wire != null ? wire.result() : fn.returnType();
        Import.Result shape = witImports.get(fn.name()).result();
        List<Integer> results = shape != null ? resultFlat(layout, r, shape)
                : r == Type.NONE ? List.of() : layout.flat(r);
        if (results.size() > 1) {
            params.add(Code.I32);
            results = List.of();
        }
        return typeOf(params.stream().mapToInt(Integer::intValue).toArray(),
                results.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The flat values of result&lt;T, E&gt; (only their count matters past one: then it goes through memory). */
    private static List<Integer> resultFlat(CanonAbi abi, Type tuple, Import.Result shape) {
        List<Type> items = tuple.items();
        int payload = Math.max(shape.ok() ? abi.flat(items.get(1)).size() : 0, shape.err() ? abi.flat(items.get(2)).size() : 0);
        List<Integer> out = new ArrayList<>();
        out.add(Code.I32);
        for (int k = 0; k < payload; k++) {
            out.add(Code.I64);
        }
        return out;
    }

    private static final int MAX_FLAT_PARAMS = 16;

    /**
     * The result&lt;T, string&gt; of an export that raises WitError: after the call, a WitError (exactly that class)
     * becomes err(its text), any other exception is uncaught as usual, and a return is ok(the value); the result is
     * written to a new block whose address is returned.
     */
    private void resultOf(Code c, CanonAbi abi, Type r, int scratch) {
        int value = -1;
        if (r != Type.NONE) {
            value = abi.local(valType(r));
            c.localSet(value);
        }
        int payloadAlign = Math.max(4, r == Type.NONE ? 1 : abi.align(r));
        int payloadOffset = Layout.align(1, payloadAlign);
        int size = Layout.align(payloadOffset + Math.max(8, r == Type.NONE ? 0 : abi.size(r)), payloadAlign);
        storeRuntime(c, "rt.gc_paused", 1);
        int out = abi.local(Code.I32);
        abi.block(c, size, scratch);
        c.localSet(out);
        int exc = abi.local(Code.I32);
        loadRuntime(c, "rt.exc_pending").u8(Op.IF).u8(Code.EMPTY);
        takeException(c, scratch);
        c.localSet(exc);
        c.localGet(exc).i32Load(8).i32Const(data.classDescriptor("WitError")).u8(Op.I32_NE).u8(Op.IF).u8(Code.EMPTY);
        c.localGet(exc).call(functionIndex("_wasmhost_report")).u8(Op.I64_EXTEND_I32_U).call(functionIndex("rt.die"));
        c.u8(Op.END);
        // err(str(e)): BaseException's first field is its text
        int text = abi.local(Code.I32);
        c.localGet(exc).i32Load(16).localSet(text);
        c.localGet(out).i32Const(1).mem(Op.I32_STORE8, 0, 0);
        abi.lower(c, Type.STR, text, out, payloadOffset);
        c.u8(Op.ELSE);
        if (r != Type.NONE) {
            abi.lower(c, r, value, out, payloadOffset);
        }
        c.u8(Op.END);
        c.localGet(out);
    }

    /**
     * The core type of an export: its parameters' flat values (or one pointer, past 16), and its result's one flat
     * value or a pointer to the result in memory.
     */
    private int exportType(Export e) {
        CanonAbi layout = new CanonAbi(this, module.classes(), 0);
        List<Integer> params = layout.flat(Type.tuple(e.params()));
        if (params.size() > MAX_FLAT_PARAMS) {
            params = List.of(Code.I32);
        }
        Type r = e.returnType();
        List<Integer> results = e.result() ? List.of(Code.I32) : r == Type.NONE ? List.of() : layout.flat(r);
        if (results.size() > 1) {
            results = List.of(Code.I32);
        }
        return typeOf(params.stream().mapToInt(Integer::intValue).toArray(),
                results.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A module variable by name (the member lists of enums, for the export glue), or null. */
    IrGlobal global(String name) {
        return runtimeGlobals.get(name);
    }

    private static int[] wasmTypes(String spec) {
        return spec.chars().map(ch -> ch == 'i' ? Code.I32 : Code.I64).toArray();
    }

    /**
     * {@code cabi_realloc(old, old_size, align, size)}, the one the component exports, for both of its users:
     * the lifting of export arguments (str and list) and the lowering of the list results of host calls
     * (sys.argv, os.environ). Each call makes a new str object (8-aligned body of {@code size} bytes) and
     * pauses the collector: nothing roots the block yet. An export's prologue adopts its blocks in place
     * (a str argument needs no copy, a list's block becomes its slot array) and resumes the collector before
     * the function runs; the standard library copies host results into objects, then {@code __gc_resume}
     * (the blocks are then garbage). With exports, the first call may run the module's top-level code.
     */
    private byte[] reallocBody() {
        Code c = new Code().u32(1).u32(1).u8(Code.I32);
        if (!exports.isEmpty()) {
            initialise(c, 4);
        }
        storeRuntime(c, "rt.gc_paused", 1);
        c.localGet(3).u8(Op.I64_EXTEND_I32_U).i64Const(0).call(functionIndex("rt.str_new")).u8(Op.I32_WRAP_I64)
                .i32Const(16).u8(Op.I32_ADD).localSet(4);
        c.localGet(0).u8(Op.IF).u8(Code.EMPTY);
        c.localGet(4).localGet(0).localGet(1).localGet(3).localGet(1).localGet(3).u8(Op.I32_LT_U).u8(Op.SELECT)
                .u8(Op.PREFIX_FC).u32(Op.FC_MEMORY_COPY).u8(0).u8(0);
        c.u8(Op.END);
        c.localGet(4).u8(Op.END);
        return c.toByteArray();
    }

    /** Runs the module's top-level code if no export or cabi_realloc has yet. */
    private void initialise(Code c, int scratch) {
        int initialised = streamGlobal(2) + 1;
        c.globalGet(initialised).u8(Op.I32_EQZ).u8(Op.IF).u8(Code.EMPTY);
        c.i32Const(1).globalSet(initialised);
        c.call(functionIndex(module.main().name()));
        uncaught(c, scratch);
        c.u8(Op.END);
    }

    private void uncaught(Code c, int scratch) {
        loadRuntime(c, "rt.exc_pending").u8(Op.IF).u8(Code.EMPTY);
        takeException(c, scratch);
        c.call(functionIndex("_wasmhost_report")).u8(Op.I64_EXTEND_I32_U).call(functionIndex("rt.die"));
        c.u8(Op.END);
    }

    private int streamGlobal(int fd) {
        return FIXED_GLOBALS + scalarGlobals.size() + (fd == 1 ? 0 : 1);
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
        java.util.TreeMap<Integer, String> byIndex = new java.util.TreeMap<>();
        for (Map.Entry<HostCall, Integer> h : hostIndex.entrySet()) {
            byIndex.put(h.getValue(), h.getKey().module + "." + h.getKey().field);
        }
        if (target == Target.WASI_P1) {
            byIndex.put(fdWrite, "wasi_snapshot_preview1.fd_write");
            byIndex.put(procExit, "wasi_snapshot_preview1.proc_exit");
            byIndex.put(entry, "_start");
        } else {
            byIndex.put(GET_STDOUT, "wasi:cli/stdout.get-stdout");
            byIndex.put(GET_STDERR, "wasi:cli/stderr.get-stderr");
            byIndex.put(WRITE_AND_FLUSH, "wasi:io/streams.blocking-write-and-flush");
            byIndex.put(EXIT, "wasi:cli/exit.exit");
            byIndex.put(fdWrite, "fd_write");
            byIndex.put(procExit, "proc_exit");
            byIndex.put(entry, "run");
        }
        if (realloc >= 0) {
            byIndex.put(realloc, "cabi_realloc");
        }
        for (Import i : witImports.values()) {
            byIndex.put(witImportIndex.get(i.function()), i.module() + "." + i.name());
        }
        for (IrFunction f : fns) {
            byIndex.put(functionIndex.get(f.name()), f.name());
        }
        Code names = new Code().u32(byIndex.size());
        byIndex.forEach((i, n) -> names.u32(i).name(n));
        for (int k = 0; k < exports.size(); k++) {
            byIndex.put(exportIndex(k), "export " + exports.get(k).witName());
        }
        Code body = new Code().name("name");
        body.section(1, names);
        return new Code().section(0, body).toByteArray();
    }
}
