package dev.wasmhost.component.abi;

import java.util.Objects;

/**
 * What lifting and lowering need for one call into or out of one guest instance: its memory,
 * realloc and string encoding (the canonical options), its handle table, and the call's
 * {@link BorrowScope}. Create one per call; call {@link #endCall()} once the call has returned
 * and its results have been lifted or lowered (post-return, if any, is the caller's job and runs
 * after results are lifted).
 */
public final class CallContext {
    private final GuestMemory memory;
    private final Realloc realloc;
    private final StringEncoding encoding;
    private final HandleTable handles;
    private final BorrowScope scope = new BorrowScope();

    /**
     * @param memory   the guest memory, or null if the function's canonical options have none
     * @param realloc  the guest realloc, or null if the options have none
     * @param encoding the string encoding option
     * @param handles  the guest instance's handle table
     */
    public CallContext(GuestMemory memory, Realloc realloc, StringEncoding encoding, HandleTable handles) {
        this.memory = memory;
        this.realloc = realloc;
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    /** The guest memory; traps if the canonical options gave none. */
    public GuestMemory memory() {
        if (memory == null) {
            throw new AbiTrap("this function needs a memory canonical option but none was given");
        }
        return memory;
    }

    public StringEncoding encoding() {
        return encoding;
    }

    public HandleTable handles() {
        return handles;
    }

    public BorrowScope scope() {
        return scope;
    }

    /** Ends the call's borrow scope (see {@link BorrowScope#end()}). */
    public void endCall() {
        scope.end();
    }

    /** Calls realloc and checks the result's alignment and bounds. */
    int reallocate(int oldPtr, int oldSize, int align, int newSize) {
        if (realloc == null) {
            throw new AbiTrap("this function needs a realloc canonical option but none was given");
        }
        int ptr = realloc.realloc(oldPtr, oldSize, align, newSize);
        if (Integer.remainderUnsigned(ptr, align) != 0) {
            throw new AbiTrap("realloc returned " + Integer.toUnsignedString(ptr)
                    + ", which is not aligned to " + align);
        }
        checkRange(ptr, Integer.toUnsignedLong(newSize));
        return ptr;
    }

    int allocate(int align, int size) {
        return reallocate(0, 0, align, size);
    }

    /** Traps unless {@code [ptr, ptr+length)} lies inside memory. */
    void checkRange(int ptr, long length) {
        long end = Integer.toUnsignedLong(ptr) + length;
        if (end > memory().size()) {
            throw new AbiTrap("guest memory access at " + Integer.toUnsignedString(ptr) + " of " + length
                    + " bytes is out of bounds (memory size " + memory().size() + ")");
        }
    }
}
