package dev.wasmhost.component.abi;

/** A WAVE text that does not parse or does not match its type; the message names the offset. */
public final class WaveException extends IllegalArgumentException {
    private final int offset;

    public WaveException(String message, int offset) {
        super(message + " (at offset " + offset + ")");
        this.offset = offset;
    }

    /** Character offset in the input where the problem was found. */
    public int offset() {
        return offset;
    }
}
