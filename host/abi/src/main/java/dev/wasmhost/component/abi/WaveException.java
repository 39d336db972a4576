package dev.wasmhost.component.abi;

/** A WAVE text that does not parse or does not match its type; the message names the offset. */
public final class WaveException extends IllegalArgumentException {
    private final int offset;
    private final String problem;

    public WaveException(String message, int offset) {
        super(message + " (at offset " + offset + ")");
        this.offset = offset;
        this.problem = message;
    }

    /** The message without the offset, e.g. {@code argument 'a': 128 is out of range for s8}. */
    public String problem() {
        return problem;
    }

    /** Character offset in the input where the problem was found. */
    public int offset() {
        return offset;
    }
}
