package dev.wasmhost.capability.wasi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import run.endive.runtime.WasmInterruptedException;

/**
 * poll_oneoff. Files and output streams are always ready; stdin is ready when bytes are waiting
 * or it has ended (hangup); clocks fire at their deadline.
 */
final class PollFunctions {
    private final FdTable fds;

    PollFunctions(FdTable fds) {
        this.fds = fds;
    }

    void register(HostCall calls) {
        calls.add("poll_oneoff", "iiii", (m, a) -> poll(m, (int) a[0], (int) a[1], (int) a[2], (int) a[3]));
    }

    private record Clock(long userdata, long deadline) {}

    private record Stdin(long userdata, Descriptor.Input input) {}

    private record Event(long userdata, int errno, int type, long nbytes, int flags) {}

    private int poll(GuestMemory m, int in, int out, int count, int neventsPtr) {
        if (count == 0) {
            return Errno.INVAL;
        }
        m.check(in, Integer.toUnsignedLong(count) * 48);
        m.check(out, Integer.toUnsignedLong(count) * 32);
        m.check(neventsPtr, 4);
        List<Event> ready = new ArrayList<>();
        List<Clock> clocks = new ArrayList<>();
        List<Stdin> stdins = new ArrayList<>();
        long now = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int sub = in + i * 48;
            long userdata = m.readI64(sub);
            int type = m.readU8(sub + 8);
            switch (type) {
                case Abi.EVENT_CLOCK -> {
                    int clockId = m.readI32(sub + 16);
                    long timeout = m.readI64(sub + 24);
                    boolean absolute = (m.readU16(sub + 40) & Abi.SUBCLOCK_ABSTIME) != 0;
                    long deadline;
                    if (clockId == Abi.CLOCK_MONOTONIC) {
                        deadline = absolute ? timeout : saturatingAdd(now, timeout);
                    } else if (clockId == Abi.CLOCK_REALTIME) {
                        deadline = absolute
                                ? saturatingAdd(now, timeout - ProcFunctions.realtimeNanos())
                                : saturatingAdd(now, timeout);
                    } else {
                        ready.add(new Event(userdata, Errno.INVAL, type, 0, 0));
                        continue;
                    }
                    clocks.add(new Clock(userdata, deadline));
                }
                case Abi.EVENT_FD_READ, Abi.EVENT_FD_WRITE -> {
                    Descriptor d = fds.get(m.readI32(sub + 16));
                    boolean reading = type == Abi.EVENT_FD_READ;
                    if (d instanceof Descriptor.File f) {
                        long nbytes = 0;
                        if (reading) {
                            try {
                                nbytes = Math.max(0, f.channel.size() - f.channel.position());
                            } catch (IOException e) {
                                ready.add(new Event(userdata, HostFiles.errno(e), type, 0, 0));
                                continue;
                            }
                        }
                        ready.add(new Event(userdata, Errno.SUCCESS, type, nbytes, 0));
                    } else if (d instanceof Descriptor.Output && !reading) {
                        ready.add(new Event(userdata, Errno.SUCCESS, type, 0, 0));
                    } else if (d instanceof Descriptor.Input input && reading) {
                        stdins.add(new Stdin(userdata, input));
                    } else {
                        return Errno.BADF; // not open, or not pollable that way: wasmtime fails the call
                    }
                }
                default -> ready.add(new Event(userdata, Errno.INVAL, type, 0, 0));
            }
        }
        while (true) {
            checkStdin(stdins, ready);
            now = System.nanoTime();
            for (Clock c : clocks) {
                if (c.deadline - now <= 0) {
                    ready.add(new Event(c.userdata, Errno.SUCCESS, Abi.EVENT_CLOCK, 0, 0));
                }
            }
            if (!ready.isEmpty()) {
                break;
            }
            long wait = Long.MAX_VALUE;
            for (Clock c : clocks) {
                wait = Math.min(wait, c.deadline - now);
            }
            if (stdins.isEmpty()) {
                sleep(wait);
            } else {
                try {
                    stdins.get(0).input.await(wait);
                } catch (IOException e) {
                    ready.add(new Event(stdins.get(0).userdata, HostFiles.errno(e), Abi.EVENT_FD_READ, 0, 0));
                }
            }
        }
        for (int i = 0; i < ready.size(); i++) {
            Event e = ready.get(i);
            int at = out + i * 32;
            m.zero(at, 32);
            m.writeI64(at, e.userdata);
            m.writeU16(at + 8, e.errno);
            m.writeU8(at + 10, e.type);
            m.writeI64(at + 16, e.nbytes);
            m.writeU16(at + 24, e.flags);
        }
        m.writeI32(neventsPtr, ready.size());
        return Errno.SUCCESS;
    }

    private static void checkStdin(List<Stdin> stdins, List<Event> ready) {
        for (Stdin s : stdins) {
            try {
                int available = s.input.available();
                if (s.input.ended()) {
                    ready.add(new Event(s.userdata, Errno.SUCCESS, Abi.EVENT_FD_READ, 0, Abi.EVENTRW_HANGUP));
                } else if (available > 0) {
                    ready.add(new Event(s.userdata, Errno.SUCCESS, Abi.EVENT_FD_READ, available, 0));
                }
            } catch (IOException e) {
                ready.add(new Event(s.userdata, HostFiles.errno(e), Abi.EVENT_FD_READ, 0, 0));
            }
        }
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WasmInterruptedException("guest interrupted while waiting in poll_oneoff");
        }
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return b > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return sum;
    }
}
