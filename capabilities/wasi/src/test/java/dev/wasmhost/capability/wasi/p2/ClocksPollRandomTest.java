package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.capability.wasi.WasiConfig;
import static dev.wasmhost.capability.wasi.p2.Guest.borrow;
import static dev.wasmhost.capability.wasi.p2.Guest.toBytes;
import static dev.wasmhost.capability.wasi.p2.Guest.toLong;
import static dev.wasmhost.capability.wasi.p2.Guest.u64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClocksPollRandomTest {
    private static final String MONO = "wasi:clocks/monotonic-clock";
    private static final String POLL = "wasi:io/poll";

    private final Guest g = new Guest(WasiConfig.builder().build());

    @Test
    void monotonicClockNeverGoesBackwards() {
        long previous = toLong(g.get(MONO, "now"));
        for (int i = 0; i < 1000; i++) {
            long now = toLong(g.get(MONO, "now"));
            assertThat(Long.compareUnsigned(now, previous)).isGreaterThanOrEqualTo(0);
            previous = now;
        }
        assertThat(toLong(g.get(MONO, "resolution"))).isPositive();
    }

    @Test
    void durationPollableBecomesReadyAfterBlocking() {
        Value pollable = g.get(MONO, "subscribe-duration", u64(2_000_000)); // 2 ms
        g.call(POLL, "[method]pollable.block", borrow(pollable));
        assertThat(g.get(POLL, "[method]pollable.ready", borrow(pollable))).isEqualTo(new Value.BoolValue(true));
        long start = toLong(g.get(MONO, "now"));
        Value later = g.get(MONO, "subscribe-instant", u64(start + 1_000_000));
        g.call(POLL, "[method]pollable.block", borrow(later));
        assertThat(Long.compareUnsigned(toLong(g.get(MONO, "now")), start + 1_000_000)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void pollReturnsOnlyTheReadyIndices() {
        Value never = g.get(MONO, "subscribe-duration", u64(Long.MAX_VALUE));
        Value soon = g.get(MONO, "subscribe-duration", u64(1_000_000));
        Value past = g.get(MONO, "subscribe-instant", u64(0));

        assertThat(g.get(POLL, "[method]pollable.ready", borrow(never))).isEqualTo(new Value.BoolValue(false));
        Value ready = g.get(POLL, "poll", new Value.ListValue(List.of(borrow(never), borrow(past))));
        assertThat(ready).isEqualTo(new Value.ListValue(List.of(new Value.IntValue(Type.Primitive.U32, 1))));
        Value waited = g.get(POLL, "poll", new Value.ListValue(List.of(borrow(never), borrow(soon))));
        assertThat(waited).isEqualTo(new Value.ListValue(List.of(new Value.IntValue(Type.Primitive.U32, 1))));
    }

    @Test
    void overflowingDurationIsNeverReady() {
        Value huge = g.get(MONO, "subscribe-duration", u64(-1L));
        assertThat(g.get(POLL, "[method]pollable.ready", borrow(huge))).isEqualTo(new Value.BoolValue(false));
    }

    @Test
    void pollOfNothingAndUnknownPollablesTrap() {
        assertThatThrownBy(() -> g.call(POLL, "poll", new Value.ListValue(List.of())))
                .isInstanceOf(AbiTrap.class).hasMessageContaining("empty");
        Value p = g.get(MONO, "subscribe-duration", u64(0));
        g.wasi.drop(Guest.typeOf(p), Guest.rep(p));
        assertThatThrownBy(() -> g.call(POLL, "[method]pollable.ready", borrow(p)))
                .isInstanceOf(AbiTrap.class).hasMessageContaining("pollable");
    }

    @Test
    void streamsSubscribeToReadyPollables() {
        Value stdout = g.get("wasi:cli/stdout", "get-stdout");
        Value p = g.get("wasi:io/streams", "[method]output-stream.subscribe", borrow(stdout));
        assertThat(g.get(POLL, "[method]pollable.ready", borrow(p))).isEqualTo(new Value.BoolValue(true));
        Value stdin = g.get("wasi:cli/stdin", "get-stdin");
        Value q = g.get("wasi:io/streams", "[method]input-stream.subscribe", borrow(stdin));
        assertThat(g.get(POLL, "poll", new Value.ListValue(List.of(borrow(p), borrow(q)))))
                .isEqualTo(new Value.ListValue(List.of(new Value.IntValue(Type.Primitive.U32, 0),
                        new Value.IntValue(Type.Primitive.U32, 1))));
    }

    @Test
    void wallClockIsAfterTheEpochAndHasNanosBelowOneSecond() {
        Value.RecordValue now = (Value.RecordValue) g.get("wasi:clocks/wall-clock", "now");
        assertThat(toLong(now.fields().get(0))).isGreaterThan(1_600_000_000L);
        assertThat(toLong(now.fields().get(1))).isBetween(0L, 999_999_999L);
        Value.RecordValue res = (Value.RecordValue) g.get("wasi:clocks/wall-clock", "resolution");
        assertThat(toLong(res.fields().get(0)) + toLong(res.fields().get(1))).isPositive();
    }

    @Test
    void randomBytesHaveTheRequestedLength() {
        assertThat(toBytes(g.get("wasi:random/random", "get-random-bytes", u64(0)))).isEmpty();
        byte[] a = toBytes(g.get("wasi:random/random", "get-random-bytes", u64(64)));
        byte[] b = toBytes(g.get("wasi:random/random", "get-random-bytes", u64(64)));
        assertThat(a).hasSize(64);
        assertThat(a).isNotEqualTo(b);
        assertThat(toBytes(g.get("wasi:random/insecure", "get-insecure-random-bytes", u64(17)))).hasSize(17);
        g.get("wasi:random/random", "get-random-u64");
        g.get("wasi:random/insecure", "get-insecure-random-u64");
    }

    @Test
    void hugeRandomRequestTrapsInsteadOfReturningFewerBytes() {
        assertThatThrownBy(() -> g.call("wasi:random/random", "get-random-bytes", u64(1L << 40)))
                .isInstanceOf(AbiTrap.class).hasMessageContaining("smaller pieces");
    }

    @Test
    void insecureSeedIsStableForOneHost() {
        Value first = g.get("wasi:random/insecure-seed", "insecure-seed");
        assertThat(g.get("wasi:random/insecure-seed", "insecure-seed")).isEqualTo(first);
    }
}
