package dev.wasmhost.component.abi;

/**
 * A guest's linear memory as the canonical ABI sees it. Addresses are unsigned 32-bit values held
 * in an {@code int}. The ABI bounds-checks every access against {@link #size()} before calling
 * {@link #read}/{@link #write}, so implementations may simply delegate; the multi-byte helpers are
 * little-endian defaults built on the byte-array methods and may be overridden for speed.
 */
public interface GuestMemory {

    /** Current size in bytes. */
    long size();

    /** Copies {@code length} bytes starting at {@code addr}. */
    byte[] read(int addr, int length);

    /** Copies {@code bytes} to {@code addr}. */
    void write(int addr, byte[] bytes);

    default int readU8(int addr) {
        return read(addr, 1)[0] & 0xFF;
    }

    default int readU16(int addr) {
        byte[] b = read(addr, 2);
        return (b[0] & 0xFF) | (b[1] & 0xFF) << 8;
    }

    default int readI32(int addr) {
        byte[] b = read(addr, 4);
        return (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24;
    }

    default long readI64(int addr) {
        byte[] b = read(addr, 8);
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (b[i] & 0xFF);
        }
        return v;
    }

    default void writeI8(int addr, int value) {
        write(addr, new byte[] {(byte) value});
    }

    default void writeI16(int addr, int value) {
        write(addr, new byte[] {(byte) value, (byte) (value >>> 8)});
    }

    default void writeI32(int addr, int value) {
        write(addr, new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)});
    }

    default void writeI64(int addr, long value) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (value >>> (8 * i));
        }
        write(addr, b);
    }
}
