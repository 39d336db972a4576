package dev.wasmhost.component.abi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A byte[]-backed guest memory with a bump allocator as realloc, recording every realloc call. */
final class TestMemory implements GuestMemory, Realloc {
    record Call(int oldPtr, int oldSize, int align, int newSize, int result) {}

    final byte[] bytes;
    final List<Call> calls = new ArrayList<>();
    private int next;

    TestMemory(int size) {
        this(size, 8);
    }

    TestMemory(int size, int firstFree) {
        this.bytes = new byte[size];
        this.next = firstFree;
    }

    CallContext context(StringEncoding encoding) {
        return new CallContext(this, this, encoding, new HandleTable());
    }

    CallContext context(StringEncoding encoding, HandleTable table) {
        return new CallContext(this, this, encoding, table);
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public byte[] read(int addr, int length) {
        return Arrays.copyOfRange(bytes, addr, addr + length);
    }

    @Override
    public void write(int addr, byte[] data) {
        System.arraycopy(data, 0, bytes, addr, data.length);
    }

    @Override
    public int realloc(int oldPtr, int oldSize, int align, int newSize) {
        int ptr = (next + align - 1) / align * align;
        if (ptr + newSize > bytes.length) {
            throw new IllegalStateException("test memory exhausted");
        }
        next = ptr + newSize;
        if (oldPtr != 0) {
            System.arraycopy(bytes, oldPtr, bytes, ptr, Math.min(oldSize, newSize));
        }
        calls.add(new Call(oldPtr, oldSize, align, newSize, ptr));
        return ptr;
    }
}
