package dev.wasmhost.component.binary;

import java.util.Arrays;

/** An immutable byte string with value equality (records holding {@code byte[]} would compare by identity). */
public final class Bytes {
  private final byte[] data;

  private Bytes(byte[] data) {
    this.data = data;
  }

  public static Bytes copyOf(byte[] data) {
    return new Bytes(data.clone());
  }

  static Bytes wrap(byte[] data) {
    return new Bytes(data);
  }

  public int length() {
    return data.length;
  }

  public byte[] toArray() {
    return data.clone();
  }

  byte[] unsafeArray() {
    return data;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other && Arrays.equals(data, other.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "Bytes[" + data.length + "]";
  }
}
