package dev.wasmhost.component.abi;

import java.util.ArrayList;
import java.util.List;

/**
 * The borrow bookkeeping of one call. It counts borrow handles lowered into the callee (each must
 * be dropped before the call ends) and remembers the own handles lent out by lifting a
 * {@code borrow} (each stays undroppable until the call ends). {@link #end()} enforces both.
 */
public final class BorrowScope {
    private final List<HandleTable.Entry> lenders = new ArrayList<>();
    private int borrows;
    private boolean ended;

    /** Number of borrow handles created in this scope and not yet dropped. */
    public int liveBorrows() {
        return borrows;
    }

    void addLender(HandleTable.Entry entry) {
        checkOpen();
        entry.lends++;
        lenders.add(entry);
    }

    void borrowCreated() {
        checkOpen();
        borrows++;
    }

    void borrowDropped() {
        borrows--;
    }

    /**
     * Ends the call: traps if a borrow handle given to the callee is still alive, then releases
     * the own handles that were lent for the call's duration.
     */
    public void end() {
        checkOpen();
        if (borrows != 0) {
            throw new AbiTrap(borrows + " borrowed handle(s) still alive at the end of the call; "
                    + "a callee must drop every borrow it receives before returning");
        }
        for (HandleTable.Entry e : lenders) {
            e.lends--;
        }
        lenders.clear();
        ended = true;
    }

    private void checkOpen() {
        if (ended) {
            throw new IllegalStateException("borrow scope already ended");
        }
    }
}
