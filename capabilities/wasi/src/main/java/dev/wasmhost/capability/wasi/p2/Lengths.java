package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.AbiTrap;

/** The u64 lengths guests pass, as Java array sizes. */
final class Lengths {
    /** The most bytes one call hands over in a list: a bigger request gets this many (streams may return fewer). */
    static final int MAX_LIST = 1 << 20;

    private Lengths() {}

    /** A length clamped to what one list may hold. */
    static int clamped(long len) {
        return len < 0 || len > MAX_LIST ? MAX_LIST : (int) len;
    }

    /** A length that must be served exactly; beyond {@code max} it is a trap, not a silent cut. */
    static int exact(long len, int max) {
        if (len < 0 || len > max) {
            throw new AbiTrap("WASI host: a length of " + Long.toUnsignedString(len) + " is more than the " + max
                    + " bytes one call may return; ask in smaller pieces");
        }
        return (int) len;
    }
}
