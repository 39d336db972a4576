package dev.wasmhost.component.abi;

/**
 * A canonical-ABI violation by a guest or a caller: bad char, bad discriminant, out-of-bounds or
 * misaligned pointer, invalid string encoding, bad or stale handle, borrow outliving its call.
 * The message is one line naming what was wrong.
 */
public class AbiTrap extends RuntimeException {
    public AbiTrap(String message) {
        super(message);
    }
}
