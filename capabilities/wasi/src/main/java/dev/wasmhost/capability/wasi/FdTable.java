package dev.wasmhost.capability.wasi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The guest's descriptor table: the lowest free number is handed out first, as POSIX does. */
final class FdTable {
    private final List<Descriptor> slots = new ArrayList<>();

    int add(Descriptor descriptor) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i) == null) {
                slots.set(i, descriptor);
                return i;
            }
        }
        slots.add(descriptor);
        return slots.size() - 1;
    }

    /** The descriptor at {@code fd}, or null when the number is not open. */
    Descriptor get(int fd) {
        return fd >= 0 && fd < slots.size() ? slots.get(fd) : null;
    }

    Descriptor remove(int fd) {
        Descriptor d = get(fd);
        if (d != null) {
            slots.set(fd, null);
        }
        return d;
    }

    /** Moves {@code from} onto {@code to}; the caller has checked both are open. */
    Descriptor renumber(int from, int to) {
        Descriptor replaced = slots.get(to);
        slots.set(to, slots.get(from));
        slots.set(from, null);
        return replaced;
    }

    void closeAll() {
        for (int i = 0; i < slots.size(); i++) {
            Descriptor d = slots.get(i);
            slots.set(i, null);
            if (d != null) {
                try {
                    d.close();
                } catch (IOException ignored) {
                    // closing at shutdown: nothing left to report the failure to
                }
            }
        }
    }
}
