package dev.wasmhost.capability.wasi;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import run.endive.wasi.WasiExitException;

/** args, environ, clocks, random, proc_exit, proc_raise and sched_yield. */
final class ProcFunctions {
    private static final int RANDOM_CHUNK = 64 * 1024;

    private final List<byte[]> args = new ArrayList<>();
    private final List<byte[]> env = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();

    ProcFunctions(WasiConfig config) {
        for (String a : config.args()) {
            args.add(a.getBytes(UTF_8));
        }
        for (Map.Entry<String, String> e : config.env().entrySet()) {
            env.add((e.getKey() + "=" + e.getValue()).getBytes(UTF_8));
        }
    }

    void register(HostCall calls) {
        calls.add("args_sizes_get", "ii", (m, a) -> sizes(m, args, (int) a[0], (int) a[1]));
        calls.add("args_get", "ii", (m, a) -> strings(m, args, (int) a[0], (int) a[1]));
        calls.add("environ_sizes_get", "ii", (m, a) -> sizes(m, env, (int) a[0], (int) a[1]));
        calls.add("environ_get", "ii", (m, a) -> strings(m, env, (int) a[0], (int) a[1]));
        calls.add("clock_res_get", "ii", (m, a) -> clockRes(m, (int) a[0], (int) a[1]));
        calls.add("clock_time_get", "iIi", (m, a) -> clockTime(m, (int) a[0], (int) a[2]));
        calls.add("random_get", "ii", (m, a) -> randomGet(m, (int) a[0], (int) a[1]));
        calls.addVoid("proc_exit", "i", (m, a) -> {
            throw new WasiExitException((int) a[0]);
        });
        // Signals have no meaning inside the sandbox; wasmtime answers the same way.
        calls.add("proc_raise", "i", (m, a) -> Errno.NOSYS);
        calls.add("sched_yield", "", (m, a) -> {
            Thread.yield();
            return Errno.SUCCESS;
        });
    }

    private static int sizes(GuestMemory m, List<byte[]> items, int countPtr, int sizePtr) {
        long size = 0;
        for (byte[] item : items) {
            size += item.length + 1;
        }
        if (size > Integer.MAX_VALUE) {
            return Errno.OVERFLOW;
        }
        m.writeI32(countPtr, items.size());
        m.writeI32(sizePtr, (int) size);
        return Errno.SUCCESS;
    }

    private static int strings(GuestMemory m, List<byte[]> items, int pointers, int buf) {
        for (byte[] item : items) {
            m.writeI32(pointers, buf);
            pointers += 4;
            m.write(buf, item);
            m.writeU8(buf + item.length, 0);
            buf += item.length + 1;
        }
        return Errno.SUCCESS;
    }

    private static int clockRes(GuestMemory m, int clock, int resultPtr) {
        long res = switch (clock) {
            case Abi.CLOCK_REALTIME -> 1_000L;
            case Abi.CLOCK_MONOTONIC, Abi.CLOCK_PROCESS_CPUTIME, Abi.CLOCK_THREAD_CPUTIME -> 1L;
            default -> -1;
        };
        if (res < 0) {
            return Errno.INVAL;
        }
        m.writeI64(resultPtr, res);
        return Errno.SUCCESS;
    }

    private static int clockTime(GuestMemory m, int clock, int resultPtr) {
        long now;
        switch (clock) {
            case Abi.CLOCK_REALTIME -> now = realtimeNanos();
            case Abi.CLOCK_MONOTONIC -> now = System.nanoTime();
            case Abi.CLOCK_PROCESS_CPUTIME -> {
                if (!(ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os)) {
                    return Errno.NOTSUP;
                }
                now = os.getProcessCpuTime();
            }
            case Abi.CLOCK_THREAD_CPUTIME -> now = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            default -> {
                return Errno.INVAL;
            }
        }
        if (now < 0) {
            return Errno.NOTSUP;
        }
        m.writeI64(resultPtr, now);
        return Errno.SUCCESS;
    }

    static long realtimeNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private int randomGet(GuestMemory m, int buf, int len) {
        long remaining = Integer.toUnsignedLong(len);
        m.check(buf, remaining);
        byte[] chunk = new byte[(int) Math.min(remaining, RANDOM_CHUNK)];
        long offset = 0;
        while (offset < remaining) {
            int n = (int) Math.min(chunk.length, remaining - offset);
            random.nextBytes(chunk);
            m.write((int) (buf + offset), chunk, 0, n);
            offset += n;
        }
        return Errno.SUCCESS;
    }
}
