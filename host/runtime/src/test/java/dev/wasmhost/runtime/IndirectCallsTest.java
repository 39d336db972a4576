package dev.wasmhost.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.endive.runtime.ImportTable;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;

/**
 * {@code call_indirect} expanded in a loop by {@link InlineHelpers} must do what Endive's own code does:
 * same results, same traps with the same messages (an index outside the table, a null element, a
 * function of another type), a table changed at run time by {@code table.set}, {@code
 * table.grow} and {@code table.init}, and an element that belongs to another instance. The
 * reference is the same module compiled without the rewriting.
 */
class IndirectCallsTest {
    /** Calls of each element in a row: enough for HotSpot to compile the calling loop. */
    private static final int CALLS = 300;

    // ---- two tiny modules, written byte by byte ----

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] b(int... values) {
        byte[] r = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            r[i] = (byte) values[i];
        }
        return r;
    }

    private static byte[] vec(List<byte[]> items) {
        return concat(b(items.size()), concat(items.toArray(byte[][]::new)));
    }

    private static byte[] section(int id, List<byte[]> items) {
        byte[] content = vec(items);
        return concat(b(id, content.length), content); // every section here is under 128 bytes
    }

    private static byte[] name(String s) {
        byte[] n = s.getBytes(StandardCharsets.UTF_8);
        return concat(b(n.length), n);
    }

    private static byte[] code(int... body) {
        byte[] f = concat(b(0x00), b(body), b(0x0b)); // no locals
        return concat(b(f.length), f);
    }

    private static final byte[] HEADER = b(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);
    private static final byte[] T_I_I = b(0x60, 1, 0x7f, 1, 0x7f); // (i32) -> i32
    private static final byte[] T_II_I = b(0x60, 2, 0x7f, 0x7f, 1, 0x7f); // (i32 i32) -> i32
    private static final byte[] T__I = b(0x60, 0, 1, 0x7f); // () -> i32
    private static final byte[] T_I_ = b(0x60, 1, 0x7f, 0); // (i32) -> ()

    /** Functions of module A, by index, with their types. */
    private static final String[] A_FUNCS = {
        "inc", "dbl", "neg", "seven", "boom", "call", "set_null", "set_neg", "grow", "init", "size"
    };

    /**
     * Module A: a table of 5 to 16 funcrefs holding inc, dbl, neg (x + 1, x * 2, -x: (i32) ->
     * i32), seven (() -> i32) and boom (unreachable); {@code call(x, i)} calls element i with x;
     * {@code set_null(i)}, {@code set_neg(i)}, {@code grow(n)} (null elements), {@code init(i)}
     * (neg and inc from a passive segment at i) and {@code size()} change or read the table.
     */
    static byte[] moduleA() {
        var exports = new ArrayList<byte[]>();
        for (int i = 0; i < A_FUNCS.length; i++) {
            exports.add(concat(name(A_FUNCS[i]), b(0x00, i)));
        }
        exports.add(concat(name("t"), b(0x01, 0)));
        return concat(
                HEADER,
                section(1, List.of(T_I_I, T_II_I, T__I, T_I_)),
                section(3, List.of(b(0), b(0), b(0), b(2), b(0), b(1), b(3), b(3), b(0), b(3), b(2))),
                section(4, List.of(b(0x70, 0x01, 5, 16))),
                section(7, exports),
                section(9, List.of(
                        b(0x00, 0x41, 0x00, 0x0b, 5, 0, 1, 2, 3, 4), // active at 0
                        b(0x01, 0x00, 2, 2, 0))), // passive: neg, inc
                section(10, List.of(
                        code(0x20, 0, 0x41, 1, 0x6a), // inc
                        code(0x20, 0, 0x41, 1, 0x74), // dbl
                        code(0x41, 0, 0x20, 0, 0x6b), // neg
                        code(0x41, 7), // seven
                        code(0x00), // boom
                        // call: loop { x = call_indirect (type 0) table 0 (x, i); br_if 0 (0) }; x
                        code(0x03, 0x40, 0x20, 0, 0x20, 1, 0x11, 0, 0, 0x21, 0, 0x41, 0, 0x0d, 0, 0x0b, 0x20, 0),
                        code(0x20, 0, 0xd0, 0x70, 0x26, 0), // set_null: table.set 0 (ref.null func)
                        code(0x20, 0, 0xd2, 2, 0x26, 0), // set_neg: table.set 0 (ref.func 2)
                        code(0xd0, 0x70, 0x20, 0, 0xfc, 15, 0), // grow: table.grow 0
                        code(0x20, 0, 0x41, 0, 0x41, 2, 0xfc, 12, 1, 0), // init: table.init 1 0
                        code(0xfc, 16, 0)))); // size: table.size 0
    }

    /** Module B: imports A's table as env.t; {@code call(x, i)} calls its element i with x. */
    static byte[] moduleB() {
        return concat(
                HEADER,
                section(1, List.of(T_I_I, T_II_I)),
                section(2, List.of(concat(name("env"), name("t"), b(0x01, 0x70, 0x00, 5)))),
                section(3, List.of(b(1), b(0))),
                section(7, List.of(concat(name("call"), b(0x00, 0)))),
                section(10, List.of(
                        code(0x03, 0x40, 0x20, 0, 0x20, 1, 0x11, 0, 0, 0x21, 0, 0x41, 0, 0x0d, 0, 0x0b, 0x20, 0),
                        code(0x20, 0, 0x41, 100, 0x6a))));
    }

    // ---- running ----

    private static String outcome(Instance instance, String export, long... args) {
        try {
            long[] r = instance.export(export).apply(args);
            return r == null || r.length == 0 ? "ok" : Long.toString((int) r[0]);
        } catch (RuntimeException e) {
            return "trap: " + e.getMessage();
        }
    }

    /**
     * Calls every element 3 × {@link #CALLS} times (the calling loop gets compiled), changes the
     * table, calls again, from A and from B.
     */
    private static List<String> script(PreparedModule a, PreparedModule b) {
        Instance ia = a.instantiate(ImportValues.empty(), MemoryLimit.UNLIMITED, true);
        Instance ib = b.instantiate(
                ImportValues.builder().addTable(new ImportTable("env", "t", ia.table(0))).build(),
                MemoryLimit.UNLIMITED,
                true);
        var log = new ArrayList<String>();
        Runnable round = () -> {
            for (int i = -1; i <= 17; i++) {
                String last = null;
                for (int n = 0; n < 3 * CALLS; n++) {
                    String r = outcome(ia, "call", 1000 + n, i);
                    if (n < 3 || n == 3 * CALLS - 1) {
                        log.add("A call(" + (1000 + n) + ", " + i + ") = " + r);
                    }
                    last = r;
                }
                log.add("B call(5, " + i + ") = " + outcome(ib, "call", 5, i) + " after " + last);
            }
        };
        round.run();
        log.add("set_null(1) = " + outcome(ia, "set_null", 1));
        log.add("set_neg(0) = " + outcome(ia, "set_neg", 0));
        log.add("set_neg(3) = " + outcome(ia, "set_neg", 3));
        log.add("grow(3) = " + outcome(ia, "grow", 3));
        log.add("set_neg(6) = " + outcome(ia, "set_neg", 6));
        log.add("init(4) = " + outcome(ia, "init", 4));
        log.add("set_neg(8) = " + outcome(ia, "set_neg", 8));
        log.add("size = " + outcome(ia, "size"));
        round.run();
        log.add("grow(20) = " + outcome(ia, "grow", 20));
        log.add("init(7) = " + outcome(ia, "init", 7));
        log.add("init(1) = " + outcome(ia, "init", 1));
        log.add("set_null(2) = " + outcome(ia, "set_null", 2));
        round.run();
        return log;
    }

    @Test
    void expandedIndirectCallsBehaveLikeEndivesIncludingTrapsAndTableChanges(@TempDir Path dir) {
        var rewritten = new EndiveEngine(EngineKind.COMPILER, new CodeCache(dir));
        var untouched = new EndiveEngine(EngineKind.COMPILER, null, false);
        List<String> got = script(rewritten.prepare(moduleA()), rewritten.prepare(moduleB()));
        List<String> expected = script(untouched.prepare(moduleA()), untouched.prepare(moduleB()));
        assertThat(got).containsExactlyElementsOf(expected);
        assertThat(got)
                .contains(
                        "A call(1000, 0) = 1001",
                        "A call(1899, 1) = 3798",
                        "A call(1000, 2) = -1000",
                        "A call(1000, 3) = trap: indirect call type mismatch",
                        "A call(1000, 4) = trap: Trapped on unreachable instruction",
                        "A call(1000, 5) = trap: undefined element",
                        "A call(1000, -1) = trap: undefined element",
                        "B call(5, 0) = 6 after 1900",
                        "B call(5, 3) = trap: indirect call type mismatch after trap: indirect call type mismatch",
                        // after the changes
                        "A call(1000, 0) = -1000",
                        "A call(1000, 1) = trap: uninitialized element 1",
                        "A call(1000, 3) = -1000",
                        "A call(1000, 4) = -1000",
                        "A call(1000, 5) = 1001",
                        "A call(1000, 6) = -1000",
                        "A call(1000, 7) = trap: uninitialized element 7",
                        "A call(1000, 8) = trap: undefined element",
                        "grow(20) = -1",
                        "A call(1000, 1) = -1000",
                        "A call(1000, 2) = trap: uninitialized element 2");

        // and the calls were expanded: no call_indirect_0 left in the calling loop
        assertThat(trace(rewritten)).doesNotContain("call_indirect_0");
        assertThat(trace(untouched)).contains("call_indirect_0");
    }

    /** The stack trace of a trap in a function called by call_indirect in a loop. */
    private static String trace(EndiveEngine engine) {
        Instance ia = engine.prepare(moduleA()).instantiate(ImportValues.empty(), MemoryLimit.UNLIMITED, true);
        try {
            ia.export("call").apply(1, 4); // boom: unreachable
            throw new AssertionError("no trap");
        } catch (RuntimeException e) {
            var trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return trace.toString();
        }
    }
}
