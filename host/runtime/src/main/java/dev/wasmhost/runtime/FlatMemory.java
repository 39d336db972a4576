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
     * Bytes [0, bytes.length) of the memory; the rest up to {@link #size()} are zero. Generated code
     * reads this field and accesses the array when the whole access lies inside it; anything else
     * goes through the methods of this class.
     */
    public byte[] bytes = NONE;

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
        return bytes.length;
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
            long doubled = 2L * bytes.length;
            long rounded = (end + GRAIN - 1) / GRAIN * GRAIN;
            int newLength = (int) Math.min(size(), Math.max(rounded, doubled));
            bytes = Arrays.copyOf(bytes, newLength);
        }
        return bytes;
    }

    /**
     * As {@link #backed}, for a single load or store of the guest: the array then covers the whole
     * memory at once. Compiled code tests each access against the array and calls back here when
     * it is outside; a program that reaches past the backed part once (its stack, its heap) will
     * do it again, and each of those calls would send a hot loop back from the JIT's code.
     */
    private byte[] backedForScalar(int addr, int len) {
        byte[] backed = backed(addr, len);
        if (backed.length < size()) {
            bytes = backed = Arrays.copyOf(backed, size());
        }
        return backed;
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
        backedForScalar(addr, len);
    }

    @Override
    public byte read(int addr) {
        try {
            return bytes[addr];
        } catch (IndexOutOfBoundsException e) {
            checkUnbackedRead(addr, 1);
            return bytes[addr];
        }
    }

    @Override
    public short readShort(int addr) {
        try {
            return (short) SHORT.get(bytes, addr);
        } catch (IndexOutOfBoundsException e) {
            checkUnbackedRead(addr, 2);
            return (short) SHORT.get(bytes, addr);
        }
    }

    @Override
    public long readU16(int addr) {
        return readShort(addr) & 0xFFFFL;
    }

    @Override
    public int readInt(int addr) {
        try {
            return (int) INT.get(bytes, addr);
        } catch (IndexOutOfBoundsException e) {
            checkUnbackedRead(addr, 4);
            return (int) INT.get(bytes, addr);
        }
    }

    @Override
    public long readLong(int addr) {
        try {
            return (long) LONG.get(bytes, addr);
        } catch (IndexOutOfBoundsException e) {
            checkUnbackedRead(addr, 8);
            return (long) LONG.get(bytes, addr);
        }
    }

    @Override
    public float readFloat(int addr) {
        try {
            return (float) FLOAT.get(bytes, addr);
        } catch (IndexOutOfBoundsException e) {
            checkUnbackedRead(addr, 4);
            return (float) FLOAT.get(bytes, addr);
        }
    }

    @Override
    public long readF32(int addr) {
        return readInt(addr);
    }

    @Override
    public double readDouble(int addr) {
        try {
            return (double) DOUBLE.get(bytes, addr);
        } catch (IndexOutOfBoundsException e) {
            checkUnbackedRead(addr, 8);
            return (double) DOUBLE.get(bytes, addr);
        }
    }

    @Override
    public long readF64(int addr) {
        return readLong(addr);
    }

    // ---- scalar writes: extend the backing array on the slow path ----

    @Override
    public void writeByte(int addr, byte data) {
        try {
            bytes[addr] = data;
        } catch (IndexOutOfBoundsException e) {
            backedForScalar(addr, 1)[addr] = data;
        }
    }

    @Override
    public void writeShort(int addr, short data) {
        try {
            SHORT.set(bytes, addr, data);
        } catch (IndexOutOfBoundsException e) {
            SHORT.set(backedForScalar(addr, 2), addr, data);
        }
    }

    @Override
    public void writeI32(int addr, int data) {
        try {
            INT.set(bytes, addr, data);
        } catch (IndexOutOfBoundsException e) {
            INT.set(backedForScalar(addr, 4), addr, data);
        }
    }

    @Override
    public void writeLong(int addr, long data) {
        try {
            LONG.set(bytes, addr, data);
        } catch (IndexOutOfBoundsException e) {
            LONG.set(backedForScalar(addr, 8), addr, data);
        }
    }

    @Override
    public void writeF32(int addr, float data) {
        try {
            FLOAT.set(bytes, addr, data);
        } catch (IndexOutOfBoundsException e) {
            FLOAT.set(backedForScalar(addr, 4), addr, data);
        }
    }

    @Override
    public void writeF64(int addr, double data) {
        try {
            DOUBLE.set(bytes, addr, data);
        } catch (IndexOutOfBoundsException e) {
            DOUBLE.set(backedForScalar(addr, 8), addr, data);
        }
    }
}
