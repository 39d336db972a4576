package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.ResourceType;
import java.util.HashMap;
import java.util.Map;

/**
 * The host-side objects behind the guest's handles, by rep. Reps are never reused, and a lookup
 * checks the resource type too, so a stale or forged rep finds nothing rather than another object.
 */
final class HostTable {
    private record Entry(ResourceType type, Object value) {}

    private final Map<Integer, Entry> entries = new HashMap<>();
    private int next = 1;

    synchronized int add(ResourceType type, Object value) {
        if (next == Integer.MAX_VALUE) {
            throw new IllegalStateException("host resource table exhausted (2^31 handles created)");
        }
        int rep = next++;
        entries.put(rep, new Entry(type, value));
        return rep;
    }

    /** The object of {@code type} at {@code rep}, or null when there is none of that type. */
    synchronized <T> T get(ResourceType type, int rep, Class<T> kind) {
        Entry e = entries.get(rep);
        if (e == null || e.type != type || !kind.isInstance(e.value)) {
            return null;
        }
        return kind.cast(e.value);
    }

    /** Removes and closes the object; false when {@code rep} holds nothing of {@code type}. */
    boolean remove(ResourceType type, int rep) {
        Entry e;
        synchronized (this) {
            e = entries.get(rep);
            if (e == null || e.type != type) {
                return false;
            }
            entries.remove(rep);
        }
        if (e.value instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // The guest let go of it; a failing close has nobody left to report to.
            }
        }
        return true;
    }

    synchronized int size() {
        return entries.size();
    }
}
