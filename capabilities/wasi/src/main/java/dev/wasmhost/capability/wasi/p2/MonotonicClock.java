package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.wit.wasi.clocks.monotonic_clock.MonotonicClockHost;
import dev.wasmhost.wit.wasi.io.poll.Pollable;

/** wasi:clocks/monotonic-clock: nanoseconds since the host was created. */
final class MonotonicClock implements MonotonicClockHost {
    private final long origin = System.nanoTime();

    @Override
    public long now() {
        return System.nanoTime() - origin;
    }

    @Override
    public long resolution() {
        return 1;
    }

    @Override
    public Pollable subscribeInstant(long when) {
        return new Deadline(when, this::now);
    }

    @Override
    public Pollable subscribeDuration(long duration) {
        long now = now();
        long when = now + duration;
        // An unsigned overflow means "never": saturate instead of wrapping into the past.
        return new Deadline(Long.compareUnsigned(when, now) < 0 ? -1L : when, this::now);
    }
}
