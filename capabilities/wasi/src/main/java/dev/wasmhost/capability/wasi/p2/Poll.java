package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.wit.wasi.io.poll.PollHost;
import dev.wasmhost.wit.wasi.io.poll.Pollable;
import java.util.ArrayList;
import java.util.List;

/** wasi:io/poll; the pollables themselves are {@link Deadline}s. */
final class Poll implements PollHost {
    @Override
    public List<Integer> poll(List<Pollable> in) {
        if (in.isEmpty()) {
            throw new AbiTrap("wasi:io/poll#poll called with an empty list: pass at least one pollable");
        }
        List<Deadline> deadlines = in.stream().map(Deadline.class::cast).toList();
        while (true) {
            List<Integer> ready = new ArrayList<>();
            for (int i = 0; i < deadlines.size(); i++) {
                if (deadlines.get(i).ready()) {
                    ready.add(i);
                }
            }
            if (!ready.isEmpty()) {
                return ready;
            }
            Deadline.awaitAny(deadlines);
        }
    }
}
