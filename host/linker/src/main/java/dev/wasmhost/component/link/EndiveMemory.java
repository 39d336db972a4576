package dev.wasmhost.component.link;

import dev.wasmhost.component.abi.GuestMemory;
import run.endive.runtime.Memory;

/** A core instance's linear memory as the canonical ABI reads and writes it (the ABI bounds-checks first). */
record EndiveMemory(Memory memory) implements GuestMemory {
  @Override
  public long size() {
    return (long) memory.pages() * Memory.PAGE_SIZE;
  }

  @Override
  public byte[] read(int addr, int length) {
    return memory.readBytes(addr, length);
  }

  @Override
  public void write(int addr, byte[] bytes) {
    memory.write(addr, bytes);
  }

  @Override
  public int readU8(int addr) {
    return memory.read(addr) & 0xFF;
  }

  @Override
  public int readI32(int addr) {
    return memory.readInt(addr);
  }

  @Override
  public long readI64(int addr) {
    return memory.readLong(addr);
  }

  @Override
  public void writeI8(int addr, int value) {
    memory.writeByte(addr, (byte) value);
  }

  @Override
  public void writeI32(int addr, int value) {
    memory.writeI32(addr, value);
  }

  @Override
  public void writeI64(int addr, long value) {
    memory.writeLong(addr, value);
  }
}
