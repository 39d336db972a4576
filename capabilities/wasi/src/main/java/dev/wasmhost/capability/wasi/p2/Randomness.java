package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.bindgen.runtime.Tuple;
import dev.wasmhost.wit.wasi.random.insecure.InsecureHost;
import dev.wasmhost.wit.wasi.random.insecure_seed.InsecureSeedHost;
import dev.wasmhost.wit.wasi.random.random.RandomHost;
import java.security.SecureRandom;
import java.util.SplittableRandom;

/** wasi:random/random, insecure and insecure-seed. */
final class Randomness implements RandomHost, InsecureHost, InsecureSeedHost {
    /** The most bytes one call returns; a bigger request traps rather than returning fewer. */
    static final int MAX_BYTES = 16 << 20;

    private final SecureRandom secure = new SecureRandom();
    private final SplittableRandom insecure = new SplittableRandom(secure.nextLong());
    /** One seed per host, as the interface asks: the same value on every call. */
    private final Tuple.Of2<Long, Long> seed = new Tuple.Of2<>(secure.nextLong(), secure.nextLong());

    @Override
    public byte[] getRandomBytes(long len) {
        byte[] bytes = new byte[Lengths.exact(len, MAX_BYTES)];
        secure.nextBytes(bytes);
        return bytes;
    }

    @Override
    public long getRandomU64() {
        return secure.nextLong();
    }

    @Override
    public synchronized byte[] getInsecureRandomBytes(long len) {
        byte[] bytes = new byte[Lengths.exact(len, MAX_BYTES)];
        insecure.nextBytes(bytes);
        return bytes;
    }

    @Override
    public synchronized long getInsecureRandomU64() {
        return insecure.nextLong();
    }

    @Override
    public Tuple.Of2<Long, Long> insecureSeed() {
        return seed;
    }
}
