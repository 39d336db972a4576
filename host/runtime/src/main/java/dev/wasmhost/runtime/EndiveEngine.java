package dev.wasmhost.runtime;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import run.endive.compiler.Cache;
import run.endive.compiler.InterpreterFallback;
import run.endive.compiler.MachineFactoryCompiler;
import run.endive.runtime.ByteArrayMemory;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.runtime.InterpreterMachine;
import run.endive.runtime.Machine;
import run.endive.runtime.Memory;
import run.endive.wasm.InvalidException;
import run.endive.wasm.MalformedException;
import run.endive.wasm.Parser;
import run.endive.wasm.WasmEngineException;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.MemoryLimits;

/**
 * Runs core modules on Endive. With {@link EngineKind#COMPILER} each module is compiled to JVM
 * bytecode once, cached by content hash in a {@link CodeCache} when one is given; functions
 * too large for one JVM method fall back to the interpreter silently.
 */
public final class EndiveEngine implements Engine {
    private final EngineKind kind;
    private final CodeCache cache;
    private final boolean inlineHelpers;

    /**
     * @param cache where compiled code is kept between runs, or {@code null} for none
     */
    public EndiveEngine(EngineKind kind, CodeCache cache) {
        this(kind, cache, true);
    }

    /**
     * @param cache where compiled code is kept between runs, or {@code null} for none
     * @param inlineHelpers rewrite the compiled classes with {@link InlineHelpers} (what the
     *     two-argument constructor does). Right for a host that calls into its guests again and
     *     again (an embedding, a server, a benchmark in one JVM): without it HotSpot runs out of
     *     inlining budget when it compiles a large wasm function as a whole, and n-body's steady
     *     state slides from 0.7 s to 2.6 s a run. A process that runs a guest once
     *     ({@code wasmhost run}) is better off without it: its long loops run in
     *     on-stack-replacement code, which inlines Endive's helpers anyway, and the larger
     *     rewritten methods take longer to warm up (median of 10 runs of the intmem kernel:
     *     1.7 s as made, 2.3 s rewritten).
     */
    public EndiveEngine(EngineKind kind, CodeCache cache, boolean inlineHelpers) {
        this.kind = Objects.requireNonNull(kind);
        this.cache = cache == null || inlineHelpers ? cache : cache.unrewritten();
        this.inlineHelpers = inlineHelpers;
    }

    @Override
    public String name() {
        return kind == EngineKind.COMPILER ? "endive-compiler" : "endive-interpreter";
    }

    /**
     * Modules already prepared in this process, by engine kind, code cache and content hash: a long-lived
     * host (serve mode, tests, an embedding) that loads one module again gets the decoded module
     * and its compiled code at once. Soft references let memory pressure evict them.
     */
    private static final Map<String, SoftReference<PreparedModule>> PREPARED = new ConcurrentHashMap<>();

    @Override
    public PreparedModule prepare(byte[] wasm) {
        String key = kind + ":" + inlineHelpers + ":" + (cache == null ? "" : cache.directory())
                + ":" + sha256(wasm);
        SoftReference<PreparedModule> ref = PREPARED.get(key);
        PreparedModule known = ref == null ? null : ref.get();
        if (known != null) {
            return known;
        }
        PreparedModule fresh = prepareAnew(wasm);
        PREPARED.put(key, new SoftReference<>(fresh));
        PREPARED.values().removeIf(r -> r.get() == null);
        return fresh;
    }

    private static String sha256(byte[] wasm) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(wasm));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private PreparedModule prepareAnew(byte[] wasm) {
        WasmModule module = decode(wasm);
        Function<Instance, Machine> machines;
        if (kind == EngineKind.INTERPRETER) {
            machines = InterpreterMachine::new;
        } else if (inlineHelpers && REWRITABLE) {
            machines = compiled(module);
        } else {
            var compiler = compiler(module);
            if (cache != null) {
                compiler.withCache(cache);
            }
            machines = compiler.compile();
        }
        return new EndivePrepared(module, machines, new ImportOrder(module));
    }

    /**
     * Whether classes defined by Endive's class loader can see this package's: the rewritten code
     * refers to {@link FlatMemory} and {@link GuestInterrupts}. True on a flat class path; a
     * container that loads Endive and wasmhost with unrelated class loaders gets the classes
     * as made.
     */
    private static final boolean REWRITABLE = seesThisPackage(MachineFactoryCompiler.class.getClassLoader());

    static boolean seesThisPackage(ClassLoader loader) {
        try {
            return Class.forName(FlatMemory.class.getName(), false, loader) == FlatMemory.class
                    && Class.forName(GuestInterrupts.class.getName(), false, loader) == GuestInterrupts.class;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Compiles with Endive and rewrites the classes so that memory accesses run inline
     * ({@link InlineHelpers}). Endive hands its cache the classes it made; the cache keeps the
     * rewritten ones (on disk when there is a {@link CodeCache}, else in memory), and a second
     * {@code compile()} loads them from there. Instances whose memory is not a {@link FlatMemory}
     * (shared memories, {@code -Dwasmhost.memory=paged}, a host-made imported memory) run the
     * untouched classes, compiled when first needed.
     */
    private Function<Instance, Machine> compiled(WasmModule module) {
        var store = new RewritingCache(cache);
        Function<Instance, Machine> first = compiler(module).withCache(store).compile();
        Function<Instance, Machine> fast;
        Function<Instance, Machine> plain;
        if (store.servedRewritten) {
            fast = first;
            plain = null;
        } else if (store.rewritten != null) {
            fast = compiler(module).withCache(store).compile();
            plain = first;
        } else {
            // Endive did not use the cache (a module without a digest): no rewriting.
            return first;
        }
        return new MachineChoice(module, fast, plain);
    }

    private static MachineFactoryCompiler.Builder compiler(WasmModule module) {
        return MachineFactoryCompiler.builder(module)
                .withInterpreterFallback(InterpreterFallback.SILENT);
    }

    /** Rewritten code for instances with a {@link FlatMemory} (or none), the original otherwise. */
    private static final class MachineChoice implements Function<Instance, Machine> {
        private final WasmModule module;
        private final Function<Instance, Machine> fast;
        private volatile Function<Instance, Machine> plain;

        MachineChoice(
                WasmModule module, Function<Instance, Machine> fast, Function<Instance, Machine> plain) {
            this.module = module;
            this.fast = fast;
            this.plain = plain;
        }

        @Override
        public Machine apply(Instance instance) {
            Memory memory = instance.memory();
            if (memory == null || memory instanceof FlatMemory) {
                return fast.apply(instance);
            }
            Function<Instance, Machine> p = plain;
            if (p == null) {
                synchronized (this) {
                    p = plain;
                    if (p == null) {
                        p = compiler(module).compile();
                        plain = p;
                    }
                }
            }
            return p.apply(instance);
        }
    }

    /**
     * Endive's cache, seen through the rewriting: what Endive stores is rewritten before it is
     * kept; what it loads is rewritten already. Remembers whether it served or received code.
     */
    private static final class RewritingCache implements Cache {
        private final CodeCache disk;
        String key;
        byte[] rewritten;
        boolean servedRewritten;

        RewritingCache(CodeCache disk) {
            this.disk = disk;
        }

        @Override
        public byte[] get(String key) throws IOException {
            byte[] found = rewritten != null && key.equals(this.key) ? rewritten : null;
            if (found == null && disk != null) {
                found = disk.get(key);
            }
            servedRewritten |= found != null;
            return found;
        }

        @Override
        public void putIfAbsent(String key, byte[] data) throws IOException {
            this.key = key;
            this.rewritten = InlineHelpers.transformJar(data);
            if (disk != null) {
                disk.putIfAbsent(key, rewritten);
            }
        }
    }

    /** Decodes and validates, mapping Endive's exceptions to one-line user errors. */
    public static WasmModule decode(byte[] wasm) {
        switch (BinaryKind.of(wasm)) {
            case CORE_MODULE -> {}
            case COMPONENT -> throw new WasmhostException(
                    ExitCode.INVALID_MODULE,
                    "this is a WebAssembly component, not a core module: run it with 'wasmhost run'");
            case UNKNOWN_WASM_VERSION -> throw new WasmhostException(
                    ExitCode.INVALID_MODULE,
                    "invalid module: unsupported WebAssembly version or layer in the 8-byte header");
            case NOT_WASM -> throw new WasmhostException(
                    ExitCode.INVALID_MODULE,
                    wasm.length == 0
                            ? "invalid module: the file is empty"
                            : "invalid module: not a WebAssembly binary (bad magic number):"
                                    + " pass a .wasm file");
        }
        try {
            return Parser.parse(wasm);
        } catch (MalformedException | InvalidException e) {
            throw new WasmhostException(
                    ExitCode.INVALID_MODULE, "invalid module: " + oneLine(e.getMessage()), e);
        } catch (WasmEngineException | IllegalArgumentException | IndexOutOfBoundsException e) {
            // The parser reports some truncations as generic engine errors.
            throw new WasmhostException(
                    ExitCode.INVALID_MODULE,
                    "invalid module: " + oneLine(String.valueOf(e.getMessage())),
                    e);
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            // Malformed code can trip the parser's own invariants (a null control frame, an
            // assertion) before it names the problem: still bad input, not a host failure.
            throw new WasmhostException(
                    ExitCode.INVALID_MODULE,
                    "invalid module: malformed code or section (the decoder stopped with "
                            + e.getClass().getSimpleName() + "); rebuild the module or check it with"
                            + " 'wasm-tools validate'",
                    e);
        }
    }

    static String oneLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /**
     * Which linear memory instances get: {@link FlatMemory} (lazily backed, the default) or, with
     * {@code -Dwasmhost.memory=paged}, Endive's page-table {@code ByteArrayMemory}, kept to compare
     * the two in benchmarks. Shared memories always use Endive's, which is safe across threads.
     */
    private static final boolean PAGED_MEMORY =
            "paged".equals(System.getProperty("wasmhost.memory"));

    static Memory newMemory(MemoryLimits limits) {
        if (PAGED_MEMORY || limits.shared()) {
            return new ByteArrayMemory(limits);
        }
        return new FlatMemory(limits);
    }

    private record EndivePrepared(
            WasmModule module, Function<Instance, Machine> machines, ImportOrder importOrder)
            implements PreparedModule {
        @Override
        public Instance instantiate(ImportValues imports, MemoryLimit limits, boolean runStart) {
            return Instance.builder(module)
                    .withImportValues(importOrder.arrange(imports))
                    .withMachineFactory(machines)
                    .withMemoryFactory(declared -> newMemory(limits.clamp(declared)))
                    .withStart(runStart)
                    .build();
        }
    }
}
