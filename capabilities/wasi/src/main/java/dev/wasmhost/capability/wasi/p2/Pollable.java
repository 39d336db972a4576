package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.AbiTrap;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The host object behind a {@code pollable}: ready once the host's monotonic clock reaches
 * {@code deadline} (unsigned nanoseconds). Stream pollables use deadline 0, since the host's
 * streams are always ready (their reads and writes block instead).
 */
record Pollable(long deadline) {
    static final Pollable READY = new Pollable(0);

    boolean ready(Host host) {
        return Long.compareUnsigned(host.monotonicNow(), deadline) >= 0;
    }

    /** Blocks until the earliest deadline of {@code pollables} has passed. */
    static void awaitAny(Host host, List<Pollable> pollables) {
        long earliest = -1L; // unsigned max
        for (Pollable p : pollables) {
            if (Long.compareUnsigned(p.deadline, earliest) < 0) {
                earliest = p.deadline;
            }
        }
        while (true) {
            long now = host.monotonicNow();
            if (Long.compareUnsigned(now, earliest) >= 0) {
                return;
            }
            long wait = earliest - now;
            LockSupport.parkNanos(wait < 0 ? Long.MAX_VALUE : wait);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new AbiTrap("wasi:io/poll: the host thread was interrupted while the guest was blocked");
            }
        }
    }
}
