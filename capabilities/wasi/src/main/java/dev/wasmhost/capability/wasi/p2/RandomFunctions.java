package dev.wasmhost.capability.wasi.p2;

import java.security.SecureRandom;
import java.util.SplittableRandom;

/** wasi:random/random, insecure and insecure-seed. */
final class RandomFunctions {
    /** The most bytes one call returns; a bigger request traps rather than returning fewer. */
    static final int MAX_BYTES = 16 << 20;

    private RandomFunctions() {}

    static void register(Registry r) {
        SecureRandom secure = new SecureRandom();
        SplittableRandom insecure = new SplittableRandom(secure.nextLong());
        // One seed per host, as the interface asks: the same value on every call.
        long seedLow = secure.nextLong();
        long seedHigh = secure.nextLong();

        r.add("wasi:random/random", "get-random-bytes", a -> {
            byte[] bytes = new byte[Values.exactLengthArg(a, 0, MAX_BYTES)];
            secure.nextBytes(bytes);
            return Values.bytes(bytes);
        });
        r.add("wasi:random/random", "get-random-u64", a -> Values.u64(secure.nextLong()));
        r.add("wasi:random/insecure", "get-insecure-random-bytes", a -> {
            byte[] bytes = new byte[Values.exactLengthArg(a, 0, MAX_BYTES)];
            synchronized (insecure) {
                insecure.nextBytes(bytes);
            }
            return Values.bytes(bytes);
        });
        r.add("wasi:random/insecure", "get-insecure-random-u64", a -> {
            synchronized (insecure) {
                return Values.u64(insecure.nextLong());
            }
        });
        r.add("wasi:random/insecure-seed", "insecure-seed", a -> Values.tuple(Values.u64(seedLow), Values.u64(seedHigh)));
    }
}
