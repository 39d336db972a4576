package dev.wasmhost.conformance.parity;

import java.util.Map;

/**
 * Programs whose runs may differ between the hosts for a reason we understand. Programs that
 * always differ carry their reason in the corpus ({@code node_known_difference} in
 * conformance/wasi-p1/tests/NAME.json) and must keep differing, so those entries cannot go
 * stale; the programs here differ only sometimes, so either outcome passes.
 */
final class KnownDifferences {
    private KnownDifferences() {}

    static final Map<String, String> SOMETIMES = Map.of(
            "wasi-p1/sleep_nanosleep",
            "uvwasi rounds poll_oneoff clock timeouts to whole milliseconds, so under Node a 50 ms sleep"
                    + " is now and then measured as 49.9 ms and the program prints `false` for its >= 50ms check.",
            "wasi-p1/rs_time_random",
            "the same uvwasi sleep rounding as sleep_nanosleep (std::thread::sleep is poll_oneoff).");
}
