package dev.wasmhost.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import run.endive.runtime.ConstantEvaluators;
import run.endive.runtime.Instance;
import run.endive.runtime.Memory;
import run.endive.runtime.WasmRuntimeException;
import run.endive.wasm.UninstantiableException;
import run.endive.wasm.WasmEngineException;
import run.endive.wasm.types.ActiveDataSegment;
import run.endive.wasm.types.DataSegment;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.PassiveDataSegment;

/**
 * A non-shared linear memory held in one flat {@code byte[]} that is allocated lazily: the array
 * only covers the bytes written so far (rounded up, doubling), and everything past its end but
 * inside the memory's current size reads as zero. Instantiating therefore costs what the data
 * segments need instead of every initial page plus a page table sized by the maximum (Endive's
 * {@code ByteArrayMemory}), and {@code memory.grow} allocates nothing.
 *
 * <p>The fast path of every access is one array access whose bounds check the JVM does anyway;
 * only an access past the array's end takes the slow path, which either extends the array (inside
 * the memory) or traps (outside it). Not thread-safe: shared memories use Endive's own.
 *
 * <p>Public only for the code {@link InlineHelpers} rewrites: compiled wasm functions read
 * {@link #bytes} and the view handles directly, so that a memory access is a few JVM instructions
 * instead of a chain of calls. Not an API: instances come from the engine alone.
 */
public final class FlatMemory implements Memory {
    public static final VarHandle SHORT =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    public static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    public static final VarHandle LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    public static final VarHandle FLOAT =
            MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    public static final VarHandle DOUBLE =
            MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    private static final byte[] NONE = new byte[0];
    /** Backing arrays grow in steps of at least this many bytes. */
    private static final int GRAIN = 4096;

    private final MemoryLimits limits;
    private final int maxPages;
    private int pages;
    /**
     * The backing array: bytes [0, {@link #limit}) of the memory; the rest up to {@link #size()}
     * are zero. It grows by doubling and may be longer than the memory (headroom for the pages the
     * guest grows into next), so every access is tested against {@link #limit}, never against the
     * array's length.
     */
    public byte[] bytes = NONE;

    /**
     * How many bytes of the memory the array backs: {@code min(bytes.length, size())}. Generated
     * code reads this field and accesses {@link #bytes} when the whole access lies below it;
     * anything else goes through the methods of this class.
     */
    public int limit;

    private DataSegment[] dataSegments;

    FlatMemory(MemoryLimits limits) {
        if (limits.shared()) {
            throw new IllegalArgumentException("FlatMemory is for non-shared memories only");
        }
        this.limits = limits;
        this.maxPages = Math.min(limits.maximumPages(), RUNTIME_MAX_PAGES);
        if (limits.initialPages() > maxPages) {
            throw new UninstantiableException("memory's initial size is over its maximum");
        }
        this.pages = limits.initialPages();
    }

    /** How many bytes are backed by an array now (for tests: laziness is the point). */
    int backedBytes() {
        return limit;
    }

    private int size() {
        return pages * PAGE_SIZE;
    }

    // ---- the slow path: extend the backing array or trap ----

    /** Makes {@code [addr, addr + len)} backed, or traps when it is outside the memory. */
    private byte[] backed(int addr, int len) {
        long end = (long) addr + len;
        if (addr < 0 || len < 0 || end > size()) {
            throw outOfBounds(addr, len);
        }
        if (end > bytes.length) {
            // Doubling, with headroom past the memory's size (at most half of it, never past its
            // maximum): a guest that grows its memory a page at a time and touches each new page
            // copies the array O(log n) times, not once a page.
            long doubled = Math.min(2L * bytes.length, size() + size() / 2L);
            long rounded = (end + GRAIN - 1) / GRAIN * GRAIN;
            long most = (long) maxPages * PAGE_SIZE;
            int newLength = (int) Math.min(most, Math.max(rounded, doubled));
            bytes = Arrays.copyOf(bytes, newLength);
            limit = Math.min(bytes.length, size());
        }
        return bytes;
    }

    private WasmRuntimeException outOfBounds(int addr, long len) {
        return new WasmRuntimeException(
                "out of bounds memory access: attempted to access address: " + addr
                        + " but limit is: " + size() + " and size: " + len);
    }

    // ---- size and growth ----

    @Override
    public int pages() {
        return pages;
    }

    @Override
    public int grow(int delta) {
        int previous = pages;
        long next = (long) previous + delta;
        if (delta < 0 || next > maxPages) {
            return -1;
        }
        pages = (int) next;
        limit = Math.min(bytes.length, size());
        return previous;
    }

    @Override
    public int initialPages() {
        return limits.initialPages();
    }

    @Override
    public int maximumPages() {
        return maxPages;
    }

    @Override
    public boolean shared() {
        return false;
    }

    // ---- threads: a non-shared memory has no waiters; atomics are plain accesses ----

    @Override
    @SuppressWarnings("removal")
    public Object lock(int address) {
        return this;
    }

    @Override
    @SuppressWarnings("removal")
    public int waitOn(int address, int expected, long timeout) {
        throw new WasmEngineException("Attempt to wait on a non-shared memory, not supported.");
    }

    @Override
    @SuppressWarnings("removal")
    public int waitOn(int address, long expected, long timeout) {
        throw new WasmEngineException("Attempt to wait on a non-shared memory, not supported.");
    }

    @Override
    @SuppressWarnings("removal")
    public int notify(int address, int maxThreads) {
        return 0;
    }

    // ---- data segments ----

    @Override
    public void initialize(Instance instance, DataSegment[] segments) {
        initialize(instance, segments, 0);
    }

    @Override
    public void initialize(Instance instance, DataSegment[] segments, int memoryIndex) {
        this.dataSegments = segments;
        if (segments == null) {
            return;
        }
        for (var s : segments) {
            if (s instanceof ActiveDataSegment segment) {
                if (segment.index() != memoryIndex) {
                    continue;
                }
                int offset =
                        (int) ConstantEvaluators.computeConstantValue(
                                instance, segment.offsetInstructions())[0];
                byte[] data = segment.data();
                long end = Integer.toUnsignedLong(offset) + data.length;
                if (offset < 0 || end > size()) {
                    throw new UninstantiableException(
                            "out of bounds memory access: data segment at " + offset
                                    + " of " + data.length + " bytes, memory size " + size());
                }
                write(offset, data, 0, data.length);
            } else if (!(s instanceof PassiveDataSegment)) {
                throw new WasmEngineException("Data segment should be active or passive: " + s);
            }
        }
    }

    @Override
    public void initPassiveSegment(int segmentId, int dest, int offset, int size) {
        write(dest, dataSegments[segmentId].data(), offset, size);
    }

    @Override
    public void drop(int segment) {
        dataSegments[segment] = PassiveDataSegment.EMPTY;
    }

    // ---- bulk ----

    @Override
    public void write(int addr, byte[] data, int offset, int size) {
        if (offset < 0 || size < 0 || (long) offset + size > data.length) {
            throw new WasmRuntimeException(
                    "out of bounds memory access: attempted to access address: " + offset
                            + " but limit is: " + data.length + " and size: " + size);
        }
        if (size == 0) {
            checkRange(addr, 0);
            return;
        }
        System.arraycopy(data, offset, backed(addr, size), addr, size);
    }

    @Override
    public byte[] readBytes(int addr, int len) {
        checkRange(addr, len);
        byte[] result = new byte[len];
        int available = Math.max(0, Math.min(len, bytes.length - addr));
        if (available > 0) {
            System.arraycopy(bytes, addr, result, 0, available);
        }
        return result;
    }

    @Override
    public void zero() {
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public void fill(byte value, int fromIndex, int toIndex) {
        if (fromIndex >= 0 && fromIndex <= toIndex && toIndex <= limit) {
            // the common case, all of it backed: one fill (a string's or an object's few bytes)
            Arrays.fill(bytes, fromIndex, toIndex, value);
            return;
        }
        int len = toIndex - fromIndex;
        checkRange(fromIndex, len);
        if (value == 0) {
            // Unbacked bytes are zero already.
            int end = Math.min(toIndex, bytes.length);
            if (end > fromIndex) {
                Arrays.fill(bytes, fromIndex, end, (byte) 0);
            }
            return;
        }
        if (len > 0) {
            Arrays.fill(backed(fromIndex, len), fromIndex, toIndex, value);
        }
    }

    @Override
    public void copy(int dest, int src, int size) {
        int backed = limit;
        if ((dest | src | size) >= 0 && dest <= backed - size && src <= backed - size) {
            // the common case, both ranges backed: one arraycopy (it handles overlap)
            System.arraycopy(bytes, src, bytes, dest, size);
            return;
        }
        checkRange(dest, size);
        checkRange(src, size);
        if (size == 0) {
            return;
        }
        // Back the source too, so that one arraycopy (which handles overlap) does it all.
        backed(src, size);
        System.arraycopy(bytes, src, backed(dest, size), dest, size);
    }

    private void checkRange(int addr, int len) {
        if (addr < 0 || len < 0 || (long) addr + len > size()) {
            throw outOfBounds(addr, len);
        }
    }

    // ---- scalar reads: zero past the backing array, a trap past the memory ----

    private void checkUnbackedRead(int addr, int len) {
        checkRange(addr, len);
        // In bounds but (partly) unbacked: back it, so a loop over zeroed memory stays fast.
        backed(addr, len);
    }

    @Override
    public byte read(int addr) {
        if (addr < 0 || addr >= limit) {
            checkUnbackedRead(addr, 1);
        }
        return bytes[addr];
    }

    @Override
    public short readShort(int addr) {
        if (addr < 0 || addr > limit - 2) {
            checkUnbackedRead(addr, 2);
        }
        return (short) SHORT.get(bytes, addr);
    }

    @Override
    public long readU16(int addr) {
        return readShort(addr) & 0xFFFFL;
    }

    @Override
    public int readInt(int addr) {
        if (addr < 0 || addr > limit - 4) {
            checkUnbackedRead(addr, 4);
        }
        return (int) INT.get(bytes, addr);
    }

    @Override
    public long readLong(int addr) {
        if (addr < 0 || addr > limit - 8) {
            checkUnbackedRead(addr, 8);
        }
        return (long) LONG.get(bytes, addr);
    }

    @Override
    public float readFloat(int addr) {
        if (addr < 0 || addr > limit - 4) {
            checkUnbackedRead(addr, 4);
        }
        return (float) FLOAT.get(bytes, addr);
    }

    @Override
    public long readF32(int addr) {
        return readInt(addr);
    }

    @Override
    public double readDouble(int addr) {
        if (addr < 0 || addr > limit - 8) {
            checkUnbackedRead(addr, 8);
        }
        return (double) DOUBLE.get(bytes, addr);
    }

    @Override
    public long readF64(int addr) {
        return readLong(addr);
    }

    // ---- scalar writes: extend the backing array on the slow path ----

    @Override
    public void writeByte(int addr, byte data) {
        if (addr < 0 || addr >= limit) {
            backed(addr, 1);
        }
        bytes[addr] = data;
    }

    @Override
    public void writeShort(int addr, short data) {
        if (addr < 0 || addr > limit - 2) {
            backed(addr, 2);
        }
        SHORT.set(bytes, addr, data);
    }

    @Override
    public void writeI32(int addr, int data) {
        if (addr < 0 || addr > limit - 4) {
            backed(addr, 4);
        }
        INT.set(bytes, addr, data);
    }

    @Override
    public void writeLong(int addr, long data) {
        if (addr < 0 || addr > limit - 8) {
            backed(addr, 8);
        }
        LONG.set(bytes, addr, data);
    }

    @Override
    public void writeF32(int addr, float data) {
        if (addr < 0 || addr > limit - 4) {
            backed(addr, 4);
        }
        FLOAT.set(bytes, addr, data);
    }

    @Override
    public void writeF64(int addr, double data) {
        if (addr < 0 || addr > limit - 8) {
            backed(addr, 8);
        }
        DOUBLE.set(bytes, addr, data);
    }
}
