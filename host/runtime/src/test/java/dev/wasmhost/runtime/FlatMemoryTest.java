package dev.wasmhost.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import run.endive.runtime.ByteArrayMemory;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Memory;
import run.endive.runtime.WasmRuntimeException;
import run.endive.wasm.types.MemoryLimits;

class FlatMemoryTest {
    private static final int PAGE = 65536;

    /**
     * (module (memory 2) (data (i32.const 65532) "\01\02\03\04\05\06\07\08")
     *   (func (export "load") (param i32) (result i64) local.get 0 i64.load))
     */
    static final byte[] DATA_ACROSS_PAGES = {
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7e, // type (i32) -> i64
        0x03, 0x02, 0x01, 0x00, // function
        0x05, 0x03, 0x01, 0x00, 0x02, // memory 2
        0x07, 0x08, 0x01, 0x04, 'l', 'o', 'a', 'd', 0x00, 0x00, // export "load"
        0x0a, 0x09, 0x01, 0x07, 0x00, 0x20, 0x00, 0x29, 0x03, 0x00, 0x0b, // code
        0x0b, 0x10, 0x01, 0x00, 0x41, (byte) 0xfc, (byte) 0xff, 0x03, 0x0b, // data at 65532
        0x08, 1, 2, 3, 4, 5, 6, 7, 8
    };

    @Test
    void instantiationBacksOnlyWhatTheDataSegmentsWrite() {
        var memory = new FlatMemory(new MemoryLimits(2, MemoryLimits.MAX_PAGES));
        assertThat(memory.backedBytes()).isZero();
        memory.write(100, new byte[] {1, 2, 3});
        assertThat(memory.backedBytes()).isEqualTo(4096);
        assertThat(memory.grow(1000)).isEqualTo(2);
        assertThat(memory.backedBytes()).isEqualTo(4096);
        assertThat(memory.readLong(1000 * PAGE)).isZero();
        assertThat(memory.read(101)).isEqualTo((byte) 2);
    }

    @Test
    void growingAPageAtATimeCopiesTheArrayRarelyAndTheHeadroomIsNotMemory() {
        var memory = new FlatMemory(new MemoryLimits(1, 1024));
        var arrays = new java.util.HashSet<Integer>();
        for (int page = 1; page < 1024; page++) {
            assertThat(memory.grow(1)).isEqualTo(page);
            memory.writeI32(page * PAGE + 100, page); // touch the new page
            arrays.add(System.identityHashCode(memory.bytes));
        }
        assertThat(arrays.size()).as("array copies for 1,023 grows").isLessThan(20);
        assertThat(memory.readInt(1023 * PAGE + 100)).isEqualTo(1023);

        // headroom: the array is longer than the memory, and past the memory still traps
        var small = new FlatMemory(new MemoryLimits(3, 8));
        small.writeI32(2 * PAGE - 8, 1); // backs two pages
        small.writeI32(2 * PAGE + 8, 1); // doubles: four pages of array for a three-page memory
        assertThat(small.bytes.length).isGreaterThan(3 * PAGE);
        assertThat(small.backedBytes()).isEqualTo(3 * PAGE);
        assertThatThrownBy(() -> small.readInt(3 * PAGE - 2)).isInstanceOf(WasmRuntimeException.class);
        assertThatThrownBy(() -> small.writeI32(3 * PAGE, 5)).isInstanceOf(WasmRuntimeException.class);
        assertThatThrownBy(() -> small.read(3 * PAGE)).isInstanceOf(WasmRuntimeException.class);
        assertThat(small.grow(1)).isEqualTo(3);
        assertThat(small.readInt(3 * PAGE)).isZero();
    }

    @Test
    void unbackedBytesReadAsZeroAndBoundsStillTrap() {
        var memory = new FlatMemory(new MemoryLimits(1, 3));
        assertThat(memory.readInt(PAGE - 4)).isZero();
        assertThat(memory.readBytes(PAGE - 3, 3)).containsExactly(0, 0, 0);
        assertThatThrownBy(() -> memory.readInt(PAGE - 3))
                .isInstanceOf(WasmRuntimeException.class)
                .hasMessageStartingWith("out of bounds memory access");
        assertThatThrownBy(() -> memory.writeByte(-1, (byte) 1)).isInstanceOf(WasmRuntimeException.class);
        assertThat(memory.grow(3)).isEqualTo(-1);
        assertThat(memory.grow(2)).isEqualTo(1);
        memory.writeF64(3 * PAGE - 8, 2.5);
        assertThat(memory.readDouble(3 * PAGE - 8)).isEqualTo(2.5);
    }

    @Test
    void dataSegmentsLandWhereTheModuleSaysUnderBothEngines() {
        for (EngineKind kind : EngineKind.values()) {
            var instance = new EndiveEngine(kind, null)
                    .prepare(DATA_ACROSS_PAGES)
                    .instantiate(ImportValues.empty(), MemoryLimit.UNLIMITED, true);
            var load = instance.export("load");
            assertThat(instance.memory()).isInstanceOf(FlatMemory.class);
            assertThat(load.apply(65532)[0]).as(kind.name()).isEqualTo(0x0807060504030201L);
            assertThat(load.apply(65528)[0]).as(kind.name()).isEqualTo(0x0403020100000000L);
            assertThat(load.apply(2 * PAGE - 8)[0]).as(kind.name()).isZero();
            assertThatThrownBy(() -> load.apply(2 * PAGE - 7)).as(kind.name())
                    .hasMessageContaining("out of bounds memory access");
        }
    }

    /** Random accesses, bulk operations and growth give what Endive's own memory gives. */
    @Test
    void behavesLikeEndivesByteArrayMemory() {
        var random = new Random(20261123);
        for (int round = 0; round < 20; round++) {
            int initial = random.nextInt(3);
            var limits = new MemoryLimits(initial, initial + random.nextInt(4));
            Memory flat = new FlatMemory(limits);
            Memory paged = new ByteArrayMemory(limits);
            for (int op = 0; op < 3000; op++) {
                int size = flat.pages() * PAGE;
                int addr = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(size + 16) - 8; // anywhere, a little outside
                    case 1 -> (random.nextInt(6) * PAGE) - random.nextInt(12); // page edges
                    default -> random.nextInt(Math.max(1, Math.min(size, 8192)));
                };
                long value = random.nextLong();
                int kind = random.nextInt(16);
                same(flat, paged, kind, addr, value, random.nextInt(300) - 20, random.nextInt(size + 1));
            }
            assertThat(flat.readBytes(0, flat.pages() * PAGE))
                    .isEqualTo(paged.readBytes(0, paged.pages() * PAGE));
        }
    }

    private static void same(Memory a, Memory b, int kind, int addr, long v, int len, int other) {
        Object left = outcome(() -> apply(a, kind, addr, v, len, other));
        Object right = outcome(() -> apply(b, kind, addr, v, len, other));
        assertThat(left).as("op %d at %d len %d other %d", kind, addr, len, other).isEqualTo(right);
    }

    private static Object apply(Memory m, int kind, int addr, long v, int len, int other) {
        return switch (kind) {
            case 0 -> m.read(addr);
            case 1 -> m.readShort(addr);
            case 2 -> m.readInt(addr);
            case 3 -> m.readLong(addr);
            case 4 -> m.readFloat(addr);
            case 5 -> m.readDouble(addr);
            case 6 -> { m.writeByte(addr, (byte) v); yield null; }
            case 7 -> { m.writeShort(addr, (short) v); yield null; }
            case 8 -> { m.writeI32(addr, (int) v); yield null; }
            case 9 -> { m.writeLong(addr, v); yield null; }
            case 10 -> { m.writeF64(addr, Double.longBitsToDouble(v)); yield null; }
            case 11 -> Arrays.toString(m.readBytes(addr, len));
            case 12 -> { m.fill((byte) v, addr, addr + len); yield null; }
            case 13 -> { m.copy(other, addr, len); yield null; }
            case 14 -> { m.write(addr, new byte[] {(byte) v, 7, 9}, (int) (v & 1), 2); yield null; }
            default -> m.grow((int) (v & 1));
        };
    }

    /** A value, or that it trapped (the message is the engine's own and need not match). */
    private static Object outcome(Callable<Object> op) {
        try {
            Object r = op.call();
            return r instanceof Float f ? Float.floatToRawIntBits(f)
                    : r instanceof Double d ? Double.doubleToRawLongBits(d) : r;
        } catch (WasmRuntimeException e) {
            return "trap";
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }
}
