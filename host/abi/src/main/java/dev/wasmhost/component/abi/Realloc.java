package dev.wasmhost.component.abi;

/**
 * The guest's {@code realloc} canonical option: {@code (old-ptr, old-size, align, new-size) -> ptr}.
 * The ABI checks the returned pointer's alignment and bounds and traps if it is wrong.
 */
@FunctionalInterface
public interface Realloc {
    int realloc(int oldPtr, int oldSize, int align, int newSize);
}
