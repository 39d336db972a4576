package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.wit.wasi.io.poll.Pollable;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * The host object behind a {@code pollable}: ready once the host's monotonic clock reaches
 * {@code deadline} (unsigned nanoseconds). Stream pollables are {@link #READY}, since the host's
 * streams are always ready (their reads and writes block instead).
 */
record Deadline(long deadline, LongSupplier clock) implements Pollable {
    static final Deadline READY = new Deadline(0, () -> 0L);

    @Override
    public boolean ready() {
        return Long.compareUnsigned(clock.getAsLong(), deadline) >= 0;
    }

    @Override
    public void block() {
        awaitAny(List.of(this));
    }

    /** Blocks until the earliest deadline of {@code deadlines} has passed. */
    static void awaitAny(List<Deadline> deadlines) {
        Deadline earliest = deadlines.getFirst();
        for (Deadline d : deadlines) {
            if (Long.compareUnsigned(d.deadline, earliest.deadline) < 0) {
                earliest = d;
            }
        }
        while (true) {
            long now = earliest.clock.getAsLong();
            if (Long.compareUnsigned(now, earliest.deadline) >= 0) {
                return;
            }
            long wait = earliest.deadline - now;
            LockSupport.parkNanos(wait < 0 ? Long.MAX_VALUE : wait);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new AbiTrap("wasi:io/poll: the host thread was interrupted while the guest was blocked");
            }
        }
    }
}
