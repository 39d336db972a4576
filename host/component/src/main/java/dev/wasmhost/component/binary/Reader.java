package dev.wasmhost.component.binary;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A bounded cursor over a byte array; every failure is a {@link ComponentFormatException} at an absolute offset. */
final class Reader {
  private final byte[] bytes;
  private int pos;
  private final int end;

  Reader(byte[] bytes, int pos, int end) {
    this.bytes = bytes;
    this.pos = pos;
    this.end = end;
  }

  int pos() {
    return pos;
  }

  int end() {
    return end;
  }

  byte[] array() {
    return bytes;
  }

  boolean atEnd() {
    return pos >= end;
  }

  int remaining() {
    return end - pos;
  }

  static ComponentFormatException fail(int offset, String problem) {
    return new ComponentFormatException(offset, problem);
  }

  int peek(String what) {
    if (pos >= end) {
      throw fail(pos, "unexpected end of data while reading " + what);
    }
    return bytes[pos] & 0xff;
  }

  int u8(String what) {
    int b = peek(what);
    pos++;
    return b;
  }

  /** Unsigned LEB128 that must fit in 32 bits; returned as a non-negative int (values over 2^31-1 are rejected). */
  int u32(String what) {
    int start = pos;
    long result = 0;
    for (int shift = 0; ; shift += 7) {
      int b = u8(what);
      if (shift == 28 && (b & 0x70) != 0) {
        throw fail(start, "LEB128 integer for " + what + " overflows 32 bits");
      }
      result |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        break;
      }
      if (shift == 28) {
        throw fail(start, "LEB128 integer for " + what + " is longer than 5 bytes");
      }
    }
    if (result > Integer.MAX_VALUE) {
      throw fail(start, what + " " + result + " is larger than this decoder supports (2^31-1)");
    }
    return (int) result;
  }

  /** Unsigned LEB128 up to 64 bits (core limits of 64-bit memories and tables). */
  long u64(String what) {
    int start = pos;
    long result = 0;
    for (int shift = 0; ; shift += 7) {
      int b = u8(what);
      if (shift == 63 && (b & 0x7e) != 0) {
        throw fail(start, "LEB128 integer for " + what + " overflows 64 bits");
      }
      result |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
      if (shift == 63) {
        throw fail(start, "LEB128 integer for " + what + " is longer than 10 bytes");
      }
    }
  }

  /** Signed LEB128 of at most 33 significant bits (type indices and heap types). */
  long s33(String what) {
    int start = pos;
    long result = 0;
    int shift = 0;
    int b;
    do {
      if (shift > 28) {
        throw fail(start, "LEB128 integer for " + what + " is longer than 5 bytes");
      }
      b = u8(what);
      result |= (long) (b & 0x7f) << shift;
      shift += 7;
    } while ((b & 0x80) != 0);
    if (shift == 35) {
      // The last byte carries 5 payload bits + sign: bits 33..34 must equal the sign.
      int top = b & 0x70;
      if (top != 0 && top != 0x70) {
        throw fail(start, "LEB128 integer for " + what + " overflows 33 bits");
      }
    }
    if ((b & 0x40) != 0 && shift < 64) {
      result |= -1L << shift;
    }
    return result;
  }

  /** A vector length, checked against the bytes left so that a forged count cannot allocate gigabytes. */
  int count(String what) {
    int start = pos;
    int n = u32(what + " count");
    if (n > remaining()) {
      throw fail(start, what + " count " + n + " exceeds the " + remaining() + " bytes left");
    }
    return n;
  }

  String name(String what) {
    int start = pos;
    int len = u32(what + " length");
    if (len > remaining()) {
      throw fail(start, what + " length " + len + " runs past the end (" + remaining() + " bytes left)");
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, pos, len))
          .toString();
      pos += len;
      return s;
    } catch (CharacterCodingException e) {
      throw fail(start, what + " is not valid UTF-8");
    }
  }

  byte[] take(int len, String what) {
    if (len > remaining()) {
      throw fail(pos, what + " needs " + len + " bytes but only " + remaining() + " are left");
    }
    byte[] out = java.util.Arrays.copyOfRange(bytes, pos, pos + len);
    pos += len;
    return out;
  }

  /** A reader over the next {@code len} bytes; this reader skips past them. */
  Reader sub(int len, String what) {
    if (len > remaining()) {
      throw fail(pos, what + " declares " + len + " bytes but only " + remaining() + " are left");
    }
    Reader r = new Reader(bytes, pos, pos + len);
    pos += len;
    return r;
  }

  void expectEnd(String what, int startOffset) {
    if (pos != end) {
      throw fail(pos, what + " at 0x" + Integer.toHexString(startOffset) + " declares " + (end - startOffset)
          + " bytes but its contents end after " + (pos - startOffset));
    }
  }
}
