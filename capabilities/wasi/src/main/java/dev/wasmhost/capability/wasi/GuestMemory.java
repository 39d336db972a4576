package dev.wasmhost.capability.wasi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import run.endive.runtime.Memory;

/**
 * The guest's linear memory as WASI sees it: every access is bounds-checked first, so a bad
 * pointer becomes {@code EFAULT} instead of a trap half-way through a call.
 */
final class GuestMemory {
    /** Thrown by an access outside memory; {@link HostCall} turns it into {@link Errno#FAULT}. */
    static final class Fault extends RuntimeException {
        Fault() {
            super(null, null, false, false);
        }
    }

    /** Thrown when a guest string is not valid UTF-8; {@link HostCall} turns it into {@link Errno#ILSEQ}. */
    static final class IllegalSequence extends RuntimeException {
        IllegalSequence() {
            super(null, null, false, false);
        }
    }

    private final Memory memory;

    GuestMemory(Memory memory) {
        this.memory = memory;
    }

    /** Fails with {@link Fault} unless [addr, addr+len) lies inside memory. */
    void check(int addr, long len) {
        if (memory == null) {
            throw new Fault();
        }
        long start = Integer.toUnsignedLong(addr);
        long size = (long) memory.pages() * Memory.PAGE_SIZE;
        if (len < 0 || start + len > size) {
            throw new Fault();
        }
    }

    int readI32(int addr) {
        check(addr, 4);
        return memory.readInt(addr);
    }

    long readI64(int addr) {
        check(addr, 8);
        return memory.readLong(addr);
    }

    int readU16(int addr) {
        check(addr, 2);
        return memory.readShort(addr) & 0xFFFF;
    }

    int readU8(int addr) {
        check(addr, 1);
        return memory.read(addr) & 0xFF;
    }

    void writeI32(int addr, int value) {
        check(addr, 4);
        memory.writeI32(addr, value);
    }

    void writeI64(int addr, long value) {
        check(addr, 8);
        memory.writeLong(addr, value);
    }

    void writeU16(int addr, int value) {
        check(addr, 2);
        memory.writeShort(addr, (short) value);
    }

    void writeU8(int addr, int value) {
        check(addr, 1);
        memory.writeByte(addr, (byte) value);
    }

    void zero(int addr, int len) {
        check(addr, len);
        memory.fill((byte) 0, addr, addr + len);
    }

    /** Reads {@code len} bytes (len taken as unsigned). */
    byte[] read(int addr, int len) {
        check(addr, Integer.toUnsignedLong(len));
        return memory.readBytes(addr, len);
    }

    void write(int addr, byte[] data, int offset, int len) {
        check(addr, len);
        memory.write(addr, data, offset, len);
    }

    void write(int addr, byte[] data) {
        write(addr, data, 0, data.length);
    }

    /** A guest path or name: UTF-8, strictly decoded. */
    String string(int addr, int len) {
        byte[] bytes = read(addr, len);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalSequence();
        }
    }

    /** The (buf, len) pairs of an iovec/ciovec array. */
    int[][] iovecs(int iovs, int count) {
        check(iovs, Integer.toUnsignedLong(count) * 8);
        int[][] result = new int[count][];
        for (int i = 0; i < count; i++) {
            int base = iovs + i * 8;
            int buf = memory.readInt(base);
            int len = memory.readInt(base + 4);
            check(buf, Integer.toUnsignedLong(len));
            result[i] = new int[] {buf, len};
        }
        return result;
    }
}
