package dev.wasmhost.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import run.endive.runtime.ByteArrayMemory;
import run.endive.runtime.ImportMemory;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.wasm.types.MemoryLimits;

/**
 * The rewritten compiled code must do exactly what Endive's compiled code does without the
 * rewriting: same values, same traps, at every edge of the backing array and of the memory, for
 * every access width, offset and comparison. The reference runs the untouched classes, which the
 * engine picks for a memory that is not a {@link FlatMemory} (an imported {@code
 * ByteArrayMemory}). Endive's interpreter is not the reference: it wraps {@code base + offset}
 * around 2^32 instead of trapping (a store at 0xffffffff with offset 7 writes byte 6).
 */
class InlineHelpersTest {
    private static final int PAGE = 65536;

    // ---- a tiny module writer, enough for this test ----

    private record Func(String name, int type, byte[] body) {}

    private static final byte I32 = 0x7f;
    private static final byte I64 = 0x7e;
    private static final byte F64 = 0x7c;

    /** Function types, by index. */
    private static final byte[][][] TYPES = {
        {{I32}, {I32}}, // 0: (i32) -> i32
        {{I32}, {I64}}, // 1: (i32) -> i64
        {{I32}, {F64}}, // 2: (i32) -> f64
        {{I32, I64}, {}}, // 3: (i32 i64) -> ()
        {{I32, I32}, {I32}}, // 4: (i32 i32) -> i32
        {{F64, F64}, {I32}}, // 5: (f64 f64) -> i32
        {{I32, F64}, {}}, // 6: (i32 f64) -> ()
        {{I32, I32}, {}}, // 7: (i32 i32) -> ()
        {{I64, I64}, {I32}}, // 8: (i64 i64) -> i32
    };

    private static byte[] leb(long value) {
        var out = new ByteArrayOutputStream();
        do {
            byte b = (byte) (value & 0x7f);
            value >>>= 7;
            if (value != 0) {
                b |= (byte) 0x80;
            }
            out.write(b);
        } while (value != 0);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] section(int id, byte[] content) {
        return concat(bytes(id), leb(content.length), content);
    }

    private static byte[] vector(List<byte[]> items) {
        return concat(leb(items.size()), concat(items.toArray(byte[][]::new)));
    }

    private static byte[] name(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return concat(leb(b.length), b);
    }

    /** A module with one memory (imported from env.mem when {@code importMemory}) and these functions. */
    static byte[] module(List<Func> funcs, boolean importMemory) {
        var types = new ArrayList<byte[]>();
        for (byte[][] t : TYPES) {
            types.add(concat(bytes(0x60), leb(t[0].length), t[0], leb(t[1].length), t[1]));
        }
        var functions = new ArrayList<byte[]>();
        var exports = new ArrayList<byte[]>();
        var code = new ArrayList<byte[]>();
        for (int i = 0; i < funcs.size(); i++) {
            Func f = funcs.get(i);
            functions.add(leb(f.type()));
            exports.add(concat(name(f.name()), bytes(0x00), leb(i)));
            byte[] body = concat(bytes(0x00), f.body(), bytes(0x0b)); // no locals
            code.add(concat(leb(body.length), body));
        }
        byte[] limits = bytes(0x01, 0x01, 0x04); // min 1 page, max 4
        var out = new ByteArrayOutputStream();
        out.writeBytes(bytes(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00));
        out.writeBytes(section(1, vector(types)));
        if (importMemory) {
            out.writeBytes(section(2, vector(List.of(concat(name("env"), name("mem"), bytes(0x02), limits)))));
        }
        out.writeBytes(section(3, vector(functions)));
        if (!importMemory) {
            out.writeBytes(section(5, vector(List.of(limits))));
        }
        out.writeBytes(section(7, vector(exports)));
        out.writeBytes(section(10, vector(code)));
        // data: bytes 1..64 at 0 and at the last 64 bytes of the first page
        byte[] data = new byte[64];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 37 + 1);
        }
        var segments = new ArrayList<byte[]>();
        for (int at : new int[] {0, PAGE - 64}) {
            segments.add(concat(bytes(0x00, 0x41), leb32(at), bytes(0x0b), leb(data.length), data));
        }
        out.writeBytes(section(11, vector(segments)));
        return out.toByteArray();
    }

    /** Signed LEB128 of an i32 constant. */
    private static byte[] leb32(int value) {
        var out = new ByteArrayOutputStream();
        boolean more = true;
        while (more) {
            byte b = (byte) (value & 0x7f);
            value >>= 7;
            if ((value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0)) {
                more = false;
            } else {
                b |= (byte) 0x80;
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    private static final byte[] GET0 = bytes(0x20, 0x00);
    private static final byte[] GET01 = bytes(0x20, 0x00, 0x20, 0x01);

    private static Func load(String name, int type, int opcode, int align, long offset) {
        return new Func(name, type, concat(GET0, bytes(opcode, align), leb(offset)));
    }

    private static Func store(String name, int type, int opcode, int align, long offset) {
        return new Func(name, type, concat(GET01, bytes(opcode, align), leb(offset)));
    }

    /** {@code op} on both parameters, as a value and as the condition of an if. */
    private static List<Func> compare(String name, int type, int opcode) {
        return List.of(
                new Func(name, type, concat(GET01, bytes(opcode))),
                new Func(name + "_if", type,
                        concat(GET01, bytes(opcode, 0x04, 0x7f, 0x41, 7, 0x05, 0x41, 9, 0x0b))));
    }

    static final List<Func> FUNCS = funcs();

    private static List<Func> funcs() {
        var f = new ArrayList<Func>();
        f.add(load("i32_load", 0, 0x28, 2, 0));
        f.add(load("i32_load_100", 0, 0x28, 2, 100));
        f.add(load("i64_load_3", 1, 0x29, 3, 3));
        f.add(load("f64_load_16", 2, 0x2b, 3, 16));
        f.add(load("u8_load_1", 0, 0x2d, 0, 1));
        f.add(load("s8_load_0", 0, 0x2c, 0, 0));
        f.add(load("s16_load_2", 0, 0x2e, 1, 2));
        f.add(load("u16_load_65535", 0, 0x2f, 1, 65535));
        f.add(load("i32_load_huge", 0, 0x28, 2, 0x7fff_fff0L));
        f.add(load("i32_load_4g", 0, 0x28, 2, 0xffff_fff0L));
        f.add(store("i64_store_5", 3, 0x37, 3, 5));
        f.add(store("f64_store_0", 6, 0x39, 3, 0));
        f.add(store("i32_store8_7", 7, 0x3a, 0, 7));
        f.add(store("i32_store16_0", 7, 0x3b, 1, 0));
        f.add(store("i32_store_65532", 7, 0x36, 2, 65532));
        f.add(new Func("grow", 0, concat(GET0, bytes(0x40, 0x00))));
        f.add(new Func("spin", 0, bytes(0x03, 0x40, 0x0c, 0x00, 0x0b, 0x41, 0x00))); // loop br 0
        f.add(new Func("eqz", 0, concat(GET0, bytes(0x45))));
        f.add(new Func("eqz_if", 0, concat(GET0, bytes(0x45, 0x04, 0x7f, 0x41, 7, 0x05, 0x41, 9, 0x0b))));
        f.addAll(compare("lt_u", 4, 0x49));
        f.addAll(compare("gt_u", 4, 0x4b));
        f.addAll(compare("le_s", 4, 0x4c));
        f.addAll(compare("ge_u", 4, 0x4f));
        f.addAll(compare("ne", 4, 0x47));
        f.addAll(compare("i64_lt_u", 8, 0x54));
        f.addAll(compare("i64_ge_s", 8, 0x59));
        f.addAll(compare("f64_lt", 5, 0x63));
        f.addAll(compare("f64_ge", 5, 0x66));
        f.addAll(compare("f64_ne", 5, 0x62));
        f.addAll(compare("f64_le", 5, 0x65));
        return f;
    }

    // ---- running both engines ----

    /** What a call did: its results, or that it trapped. */
    private static String outcome(Instance instance, String name, long... args) {
        try {
            long[] r = instance.export(name).apply(args);
            return r == null || r.length == 0 ? "ok" : Long.toString(r[0]);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            return message.contains("out of bounds") ? "trap: out of bounds" : "trap: " + e.getClass().getSimpleName();
        }
    }

    private static final int[] EDGES = {
        0, 1, 3, 7, 8, 60, 63, 64, 100, 4095, 4096, 4097, PAGE - 100, PAGE - 65, PAGE - 64, PAGE - 9,
        PAGE - 8, PAGE - 5, PAGE - 4, PAGE - 3, PAGE - 2, PAGE - 1, PAGE, PAGE + 1, 2 * PAGE - 8,
        2 * PAGE - 4, 2 * PAGE, 3 * PAGE - 1, -1, -2, -4, -8, -16, Integer.MIN_VALUE,
        Integer.MAX_VALUE, Integer.MAX_VALUE - 100, 0x7fff_fff0, 16, 0x10, 0xffff_fff0
    };

    private static long[] argsFor(Func f, int address, long value) {
        return switch (f.type()) {
            case 0, 1, 2 -> new long[] {address};
            case 3 -> new long[] {address, value};
            case 6 -> new long[] {address, Double.doubleToRawLongBits(value * 0.5)};
            case 7 -> new long[] {address, (int) value};
            default -> throw new IllegalArgumentException();
        };
    }

    /** Whether a rewritten instance of {@link #script} ran with an array longer than its memory. */
    private static boolean sawHeadroom;

    /**
     * Runs the same script of calls on a fresh instance for each engine and returns the log:
     * loads and stores at every edge address, then a grow, then the edges again.
     */
    private static List<String> script(PreparedModule prepared, ImportValues imports) {
        Instance instance = prepared.instantiate(imports, MemoryLimit.UNLIMITED, true);
        var log = new ArrayList<String>();
        var random = new Random(42);
        for (int round = 0; round < 3; round++) { // 1, 2 and 3 pages: the last with an array longer than the memory
            for (Func f : FUNCS) {
                if (f.type() > 3 && f.type() != 6 && f.type() != 7
                        || f.name().equals("grow") || f.name().equals("spin")) {
                    continue;
                }
                for (int address : EDGES) {
                    long value = random.nextLong();
                    log.add(f.name() + "(" + address + ") = " + outcome(instance, f.name(), argsFor(f, address, value)));
                }
            }
            if (instance.memory() instanceof FlatMemory flat && flat.bytes.length > flat.limit) {
                sawHeadroom = true;
            }
            log.add("grow = " + outcome(instance, "grow", 1));
        }
        return log;
    }

    private static ImportValues endiveMemory() {
        return ImportValues.builder()
                .addMemory(new ImportMemory("env", "mem", new ByteArrayMemory(new MemoryLimits(1, 4))))
                .build();
    }

    @Test
    void rewrittenLoadsAndStoresBehaveLikeTheUntouchedCodeAtEveryEdge(@TempDir Path dir) throws Exception {
        var rewritten = script(
                new EndiveEngine(EngineKind.COMPILER, new CodeCache(dir)).prepare(module(FUNCS, false)),
                ImportValues.empty());
        var untouched = script(
                new EndiveEngine(EngineKind.COMPILER, null).prepare(module(FUNCS, true)), endiveMemory());
        assertThat(rewritten).containsExactlyElementsOf(untouched);
        assertThat(sawHeadroom).as("ran with an array longer than the memory").isTrue();
        assertThat(rewritten)
                .contains("i32_load(65532) = 486003373", "i32_load(65533) = trap: out of bounds")
                .contains("i32_store8_7(-1) = trap: out of bounds", "i32_load_100(-16) = trap: out of bounds")
                .contains("u16_load_65535(0) = trap: out of bounds", "u16_load_65535(-2) = trap: out of bounds", "i32_load_huge(0) = trap: out of bounds")
                .anyMatch(line -> line.startsWith("i64_load_3(0) = ") && !line.endsWith(" = 0"));

        // and the classes that ran were rewritten
        var refs = references(dir);
        assertThat(refs).contains("FlatMemory.bytes", "FlatMemory.LONG", "FlatMemory.DOUBLE", "Integer.compareUnsigned");
        assertThat(refs).noneMatch(c -> c.startsWith("OpcodeImpl.I32_") || c.startsWith("OpcodeImpl.F64_"));
    }

    @Test
    void comparisonsMatchTheInterpreterIncludingNaNAndUnsignedEdges() {
        // (comparisons do not touch memory: the interpreter is a fine reference here)
        byte[] wasm = module(FUNCS, false);
        Instance interpreted = new EndiveEngine(EngineKind.INTERPRETER, null).prepare(wasm)
                .instantiate(ImportValues.empty(), MemoryLimit.UNLIMITED, true);
        Instance compiled = new EndiveEngine(EngineKind.COMPILER, null).prepare(wasm)
                .instantiate(ImportValues.empty(), MemoryLimit.UNLIMITED, true);
        long[] ints = {0, 1, -1, 2, Integer.MAX_VALUE, Integer.MIN_VALUE, 7};
        long[] longs = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32};
        double[] doubles = {0.0, -0.0, 1.5, -2.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        int checked = 0;
        for (Func f : FUNCS) {
            List<long[]> argLists = new ArrayList<>();
            switch (f.type()) {
                case 4 -> { for (long a : ints) for (long b : ints) argLists.add(new long[] {a, b}); }
                case 8 -> { for (long a : longs) for (long b : longs) argLists.add(new long[] {a, b}); }
                case 5 -> {
                    for (double a : doubles) {
                        for (double b : doubles) {
                            argLists.add(new long[] {Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b)});
                        }
                    }
                }
                case 0 -> { if (f.name().startsWith("eqz")) for (long a : ints) argLists.add(new long[] {a}); }
                default -> {}
            }
            for (long[] args : argLists) {
                assertThat(outcome(compiled, f.name(), args))
                        .as("%s%s", f.name(), java.util.Arrays.toString(args))
                        .isEqualTo(outcome(interpreted, f.name(), args));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(400);
    }

    @Test
    void aSpinningGuestInRewrittenCodeIsStoppedByItsDeadline() {
        byte[] wasm = module(FUNCS, false);
        var prepared = new EndiveEngine(EngineKind.COMPILER, null).prepare(wasm);
        Instance instance = prepared.instantiate(ImportValues.empty(), MemoryLimit.UNLIMITED, true);
        assertThatThrownBy(() -> GuestExecution.run(
                        () -> instance.export("spin").apply(0), Duration.ofMillis(200), prepared.module()))
                .isInstanceOfSatisfying(WasmhostException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.TIMEOUT));
        assertThat(GuestInterrupts.pending).isZero();
    }

    /** Every field and method the cached classes refer to, as {@code Owner.name}. */
    private static List<String> references(Path cacheRoot) throws Exception {
        var refs = new ArrayList<String>();
        try (var jars = Files.walk(cacheRoot)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (var in = new JarInputStream(new ByteArrayInputStream(Files.readAllBytes(jar)))) {
                    for (var e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                        if (!e.getName().endsWith(".class") || e.getName().endsWith("Shaded.class")) {
                            continue;
                        }
                        var node = new ClassNode();
                        new ClassReader(in.readAllBytes()).accept(node, 0);
                        for (MethodNode m : node.methods) {
                            for (var insn : m.instructions) {
                                if (insn instanceof MethodInsnNode call) {
                                    refs.add(simple(call.owner) + "." + call.name);
                                } else if (insn instanceof FieldInsnNode field
                                        && (field.getOpcode() == Opcodes.GETFIELD || field.getOpcode() == Opcodes.GETSTATIC)) {
                                    refs.add(simple(field.owner) + "." + field.name);
                                }
                            }
                        }
                    }
                }
            }
        }
        return refs;
    }

    private static String simple(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }
}
