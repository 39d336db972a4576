package dev.wasmhost.capability.wasi.p2;

import java.time.Instant;

/** wasi:clocks/monotonic-clock and wasi:clocks/wall-clock. */
final class ClockFunctions {
    private static final String MONOTONIC = "wasi:clocks/monotonic-clock";
    private static final String WALL = "wasi:clocks/wall-clock";

    private ClockFunctions() {}

    static void register(Host host, Registry r) {
        r.add(MONOTONIC, "now", a -> Values.u64(host.monotonicNow()));
        r.add(MONOTONIC, "resolution", a -> Values.u64(1));
        r.add(MONOTONIC, "subscribe-instant", a -> host.own(host.pollable, new Pollable(Values.longArg(a, 0))));
        r.add(MONOTONIC, "subscribe-duration", a -> {
            long now = host.monotonicNow();
            long when = now + Values.longArg(a, 0);
            // An unsigned overflow means "never": saturate instead of wrapping into the past.
            return host.own(host.pollable, new Pollable(Long.compareUnsigned(when, now) < 0 ? -1L : when));
        });

        r.add(WALL, "now", a -> {
            Instant t = Instant.now();
            return Values.record(Values.u64(t.getEpochSecond()), Values.u32(t.getNano()));
        });
        // java.time.Instant.now() is read from a microsecond clock on common platforms.
        r.add(WALL, "resolution", a -> Values.record(Values.u64(0), Values.u32(1000)));
    }
}
