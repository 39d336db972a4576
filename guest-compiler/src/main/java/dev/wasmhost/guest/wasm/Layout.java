package dev.wasmhost.guest.wasm;

/**
 * The fixed part of linear memory. Address 0 is None/null; below {@link #DATA_START} are scratch
 * areas for host calls and number formatting; then static data (string constants and type
 * descriptors), the roots of reference-typed module variables, the shadow stack, and the heap.
 */
final class Layout {
    static final int IOVEC = 16;
    static final int NWRITTEN = 24;
    /** Where WASI 0.2 host calls write their results (12 bytes: a result with a stream-error). */
    static final int P2_RESULT = 32;
    /** The shadow stack's pointer (4 bytes; set by a data segment, then by every function's frame). */
    static final int SP = 56;
    static final int SCRATCH = 64;
    static final int DATA_START = 1024;
    static final int SHADOW_BYTES = 256 * 1024;
    static final int INITIAL_HEAP = 1 << 20;

    // object kinds, stored in the second header word
    static final int KIND_STR = 1;
    static final int KIND_LIST = 2;
    static final int KIND_ARRAY = 3;
    static final int KIND_DICT = 4;
    static final int KIND_OBJECT = 5;

    // type descriptor kinds
    static final int DESC_INT = 1;
    static final int DESC_FLOAT = 2;
    static final int DESC_BOOL = 3;
    static final int DESC_STR = 4;
    static final int DESC_NONE = 5;
    static final int DESC_LIST = 6;
    static final int DESC_DICT = 7;
    static final int DESC_CLASS = 8;
    /** [0] 9, [4] item count, [8] bitmap of reference items, [12] address of the items' descriptors. */
    static final int DESC_TUPLE = 9;
    /** [0] 10, [4] the descriptor of T in T | None (0 is None; int, float and bool are boxed like a one-item tuple). */
    static final int DESC_OPTIONAL = 10;
    /** [0] 11: a function value (a closure object, traced by its own descriptor). */
    static final int DESC_FUNC = 11;
    /** [0] 12: bytes (laid out like a str; hashed and compared like one, printed as b'...'). */
    static final int DESC_BYTES = 12;
    /**
     * [0] 13, [4] the descriptor of T in tuple[T, ...]: a tuple of any length, laid out like a list (so
     * the collector and the list operations take it as one), printed, hashed and compared as a tuple.
     */
    static final int DESC_VARTUPLE = 13;

    private Layout() {}

    static int align(int v, int a) {
        return (v + a - 1) / a * a;
    }
}
