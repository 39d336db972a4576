package dev.wasmhost.conformance.parity;

import java.util.Map;

/**
 * Programs whose run under Node may differ, for a reason we understand; none is the harness's own
 * choice. A difference that always shows must keep showing, so an entry cannot go stale: the
 * test fails when the program starts to pass. The preview 1 corpus keeps its own in the
 * expectation files ({@code node_known_difference}); the rest are here.
 */
final class KnownDifferences {
    private KnownDifferences() {}

    /**
     * Why, and whether it shows on every run. {@code everyHost}: the program itself (or the adapter it was
     * wrapped with) misses the reference on any host, so wasmhost may miss it too, but the two hosts must agree.
     */
    record Known(String reason, boolean always, boolean everyHost) {
        Known(String reason, boolean always) {
            this(reason, always, false);
        }
    }

    /** Preview 1 modules that differ only now and then (either outcome passes). */
    static final Map<String, String> PREVIEW1_SOMETIMES = Map.of(
            "wasi-p1/sleep_nanosleep",
            "uvwasi rounds poll_oneoff clock timeouts to whole milliseconds, so under Node a 50 ms sleep"
                    + " is now and then measured as 49.9 ms and the program prints `false` for its >= 50ms check.",
            "wasi-p1/rs_time_random",
            "the same uvwasi sleep rounding as sleep_nanosleep (std::thread::sleep is poll_oneoff).",
            "wasi-p1/poll_clock",
            "the same uvwasi rounding: poll_oneoff on a 30 ms clock is now and then measured as a little under"
                    + " 30 ms under Node, and the program prints `FAILED` for its >= 30ms check (seen once in CI,"
                    + " 2026-11-23).");

    private static final String SYMLINKS = "preview2-shim's Node filesystem opens paths with the OS's own symlink "
            + "resolution: a symlink inside a preopen that points outside it is followed out of the sandbox "
            + "(the shim, like node:wasi, is not a security boundary)";

    /**
     * Wrapped preview 1 programs that differ under Node: differences of jco 1.35.0's generated bindings, the
     * preview 1 adapter they feed, or preview2-shim 0.26.0's Node filesystem.
     */
    static final Map<String, String> WRAPPED_ON_NODE = Map.of(
            "env_basic", "an empty environment value comes out joined to the next variable (jco's lowering of "
                    + "wasi:cli/environment into the preview 1 adapter's allocator)",
            "escape_symlink", SYMLINKS,
            "escape_symlink_chain", SYMLINKS,
            "fs_pread_pwrite", "pwrite on a read-only descriptor throws Node's EBADF out of the shim instead of "
                    + "returning error-code bad-descriptor, and a pwrite's bytes are not seen by the next read",
            "fs_utimes", "set-times through a descriptor (futimens) stores wrong timestamps in preview2-shim 0.26.0");

    /**
     * Wrapped preview 1 programs that miss the core module's expectation on every host, identically: the
     * program and the preview 1 adapter break each other.
     */
    static final Map<String, String> WRAPPED_ON_EVERY_HOST = Map.of(
            "as_env", "the preview 1 adapter allocates its state with memory.grow on the first WASI call, which"
                    + " here (environ_sizes_get) comes before AssemblyScript's allocator has set up its heap; the"
                    + " allocator then takes all of memory, the adapter's page included, overwrites the adapter's"
                    + " state, and the adapter's consistency check traps (\"assertion failed at adapter line"
                    + " 2858\"). Same trap on wasmhost and Node; the core module runs correctly on both.");

    /** The known difference of a program of the family, or null; {@code corpusReason} from its expectation file. */
    static Known of(Family family, String name, String corpusReason) {
        return switch (family) {
            case PREVIEW1_MODULES -> corpusReason != null ? new Known(corpusReason, true)
                    : PREVIEW1_SOMETIMES.containsKey(name) ? new Known(PREVIEW1_SOMETIMES.get(name), false) : null;
            case WRAPPED_COMPONENTS -> WRAPPED_ON_NODE.containsKey(name) ? new Known(WRAPPED_ON_NODE.get(name), true)
                    : WRAPPED_ON_EVERY_HOST.containsKey(name) ? new Known(WRAPPED_ON_EVERY_HOST.get(name), true, true)
                    : null;
            case JS_INVOCATIONS, GUEST_PROGRAMS -> null;
        };
    }
}
