package dev.wasmhost.guest.wasm;

import java.util.Arrays;

/** A growable byte buffer with WebAssembly's LEB128 and instruction encodings. */
final class Code {
    // value types
    static final int I32 = 0x7F;
    static final int I64 = 0x7E;
    static final int F64 = 0x7C;
    static final int EMPTY = 0x40;

    // a plain array rather than a ByteArrayOutputStream, whose every write takes a lock
    private byte[] buf = new byte[64];
    private int size;

    private void write(int b) {
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, size * 2);
        }
        buf[size++] = (byte) b;
    }

    Code u8(int b) {
        write(b);
        return this;
    }

    Code bytes(byte[] b) {
        if (size + b.length > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + b.length));
        }
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
        return this;
    }

    Code u32(long v) {
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            if (v != 0) {
                b |= 0x80;
            }
            write(b);
        } while (v != 0);
        return this;
    }

    Code s64(long v) {
        boolean more = true;
        while (more) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            if (v == 0 && (b & 0x40) == 0 || v == -1 && (b & 0x40) != 0) {
                more = false;
            } else {
                b |= 0x80;
            }
            write(b);
        }
        return this;
    }

    Code name(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        u32(b.length);
        return bytes(b);
    }

    /** Writes a length-prefixed section or subsection body. */
    Code section(int id, Code body) {
        u8(id);
        u32(body.size());
        return bytes(body.toByteArray());
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    // ---- instructions

    Code i32Const(int v) {
        return u8(0x41).s64(v);
    }

    /** i32.const with a five-byte immediate, to be filled in by {@link #patchI32} once known. */
    Code i32ConstPadded() {
        return u8(0x41).u8(0x80).u8(0x80).u8(0x80).u8(0x80).u8(0);
    }

    /** Writes {@code v} into the five-byte immediate that starts at {@code at}. */
    static void patchI32(byte[] body, int at, int v) {
        for (int k = 0; k < 4; k++) {
            body[at + k] = (byte) (0x80 | ((v >>> (7 * k)) & 0x7F));
        }
        body[at + 4] = (byte) ((v >> 28) & 0x7F);
    }

    Code i64Const(long v) {
        return u8(0x42).s64(v);
    }

    Code f64Const(double v) {
        u8(0x44);
        long bits = Double.doubleToRawLongBits(v);
        for (int k = 0; k < 8; k++) {
            write((int) (bits >>> (8 * k)) & 0xFF);
        }
        return this;
    }

    Code localGet(int i) {
        return u8(0x20).u32(i);
    }

    Code localSet(int i) {
        return u8(0x21).u32(i);
    }

    Code localTee(int i) {
        return u8(0x22).u32(i);
    }

    Code globalGet(int i) {
        return u8(0x23).u32(i);
    }

    Code globalSet(int i) {
        return u8(0x24).u32(i);
    }

    Code call(int f) {
        return u8(0x10).u32(f);
    }

    /** A load or store with natural alignment and a constant offset. */
    Code mem(int opcode, int align, int offset) {
        return u8(opcode).u32(align).u32(offset);
    }

    Code i32Load(int offset) {
        return mem(0x28, 2, offset);
    }

    Code i32Store(int offset) {
        return mem(0x36, 2, offset);
    }
}
