package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.wit.wasi.clocks.wall_clock.Datetime;
import dev.wasmhost.wit.wasi.clocks.wall_clock.WallClockHost;
import java.time.Instant;

/** wasi:clocks/wall-clock. */
final class WallClock implements WallClockHost {
    @Override
    public Datetime now() {
        Instant t = Instant.now();
        return new Datetime(t.getEpochSecond(), t.getNano());
    }

    /** java.time.Instant.now() is read from a microsecond clock on common platforms. */
    @Override
    public Datetime resolution() {
        return new Datetime(0, 1000);
    }
}
