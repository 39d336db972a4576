package dev.wasmhost.component.binary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Byte sink with the LEB128 and name encodings of the binary format (core and component). */
public final class Writer {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  public Writer u8(int b) {
    out.write(b);
    return this;
  }

  public Writer u32(long v) {
    do {
      int b = (int) (v & 0x7f);
      v >>>= 7;
      out.write(v != 0 ? b | 0x80 : b);
    } while (v != 0);
    return this;
  }

  public Writer s33(long v) {
    while (true) {
      int b = (int) (v & 0x7f);
      v >>= 7;
      boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
      out.write(done ? b : b | 0x80);
      if (done) {
        return this;
      }
    }
  }

  public Writer name(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    u32(b.length);
    out.writeBytes(b);
    return this;
  }

  public Writer bytes(byte[] b) {
    out.writeBytes(b);
    return this;
  }

  /** Writes {@code body} prefixed with its length. */
  public Writer sized(Writer body) {
    u32(body.out.size());
    out.writeBytes(body.out.toByteArray());
    return this;
  }

  public int size() {
    return out.size();
  }

  public byte[] toByteArray() {
    return out.toByteArray();
  }
}
