package dev.wasmhost.component.abi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * One component instance's table of resource handles (all resource types share it; each entry
 * records its type). Handles are generational: the low {@value #SLOT_BITS} bits name a slot, the
 * bits above count how often the slot was reused, so a stale or forged handle traps instead of
 * reaching another object. In a fresh table handles are 1, 2, 3, ... as in the spec; handle 0 is
 * never valid. A slot whose generation counter is exhausted is retired rather than wrapped.
 */
public final class HandleTable {
    static final int SLOT_BITS = 20;
    private static final int SLOT_MASK = (1 << SLOT_BITS) - 1;
    private static final int MAX_GENERATION = (1 << (31 - SLOT_BITS)) - 1;

    /** What {@link #drop} removed: the caller runs the destructor for an own handle. */
    public record Dropped(ResourceType type, int rep, boolean own) {}

    static final class Entry {
        final ResourceType type;
        final int rep;
        final boolean own;
        final BorrowScope scope;
        int lends;

        Entry(ResourceType type, int rep, boolean own, BorrowScope scope) {
            this.type = type;
            this.rep = rep;
            this.own = own;
            this.scope = scope;
        }
    }

    // Index 0 is a permanent hole so that handle 0 is never valid.
    private final List<Entry> entries = new ArrayList<>(Collections.singletonList(null));
    private final List<Integer> generations = new ArrayList<>(List.of(0));
    private final List<Integer> free = new ArrayList<>();
    private final Set<ResourceType> local = Collections.newSetFromMap(new IdentityHashMap<>());
    private int live;

    /** Marks {@code type} as defined by this table's instance (borrows of it lower to the rep). */
    public void defineLocal(ResourceType type) {
        local.add(type);
    }

    /** Whether {@code type} is defined by this table's instance. */
    public boolean isLocal(ResourceType type) {
        return local.contains(type);
    }

    /** Number of live handles. */
    public int size() {
        return live;
    }

    /** Whether {@code handle} currently names a live entry. */
    public boolean contains(int handle) {
        return find(handle) != null;
    }

    /** Adds an own handle for {@code rep} ({@code resource.new}, lowering an {@code own}). */
    public int insertOwn(ResourceType type, int rep) {
        return insert(new Entry(type, rep, true, null));
    }

    /** Adds a borrow handle for {@code rep} whose lifetime is bounded by {@code scope}. */
    public int insertBorrow(ResourceType type, int rep, BorrowScope scope) {
        scope.borrowCreated();
        return insert(new Entry(type, rep, false, scope));
    }

    /** {@code resource.rep}: the representation behind a live handle of {@code type}. */
    public int rep(ResourceType type, int handle) {
        return get(type, handle).rep;
    }

    /** Whether the live handle is an own handle. */
    public boolean isOwn(int handle) {
        Entry e = find(handle);
        if (e == null) {
            throw unknown(handle);
        }
        return e.own;
    }

    /**
     * {@code resource.drop}: removes the handle. Dropping an own handle that is lent out traps;
     * dropping a borrow ends it in its scope.
     */
    public Dropped drop(ResourceType type, int handle) {
        Entry e = get(type, handle);
        if (e.own && e.lends != 0) {
            throw new AbiTrap("cannot drop own handle " + handle + " of " + type.name()
                    + ": it is lent out to " + e.lends + " call(s) in progress");
        }
        remove(handle);
        if (!e.own) {
            e.scope.borrowDropped();
        }
        return new Dropped(e.type, e.rep, e.own);
    }

    /** Lifting an {@code own}: transfers the handle out of the table and returns its rep. */
    public int liftOwn(ResourceType type, int handle) {
        Entry e = get(type, handle);
        if (!e.own) {
            throw new AbiTrap("handle " + handle + " of " + type.name() + " is a borrow where an own was expected");
        }
        if (e.lends != 0) {
            throw new AbiTrap("cannot transfer own handle " + handle + " of " + type.name()
                    + ": it is lent out to a call in progress");
        }
        remove(handle);
        return e.rep;
    }

    /** Lifting a {@code borrow}: reads the rep; an own handle stays lent until {@code scope} ends. */
    public int liftBorrow(ResourceType type, int handle, BorrowScope scope) {
        Entry e = get(type, handle);
        if (e.own) {
            scope.addLender(e);
        }
        return e.rep;
    }

    private Entry get(ResourceType type, int handle) {
        Entry e = find(handle);
        if (e == null) {
            throw unknown(handle);
        }
        if (e.type != type) {
            throw new AbiTrap("handle " + handle + " is a " + e.type.name() + " where a " + type.name() + " was expected");
        }
        return e;
    }

    private Entry find(int handle) {
        int slot = handle & SLOT_MASK;
        int gen = handle >>> SLOT_BITS;
        if (handle <= 0 || slot == 0 || slot >= entries.size() || generations.get(slot) != gen) {
            return null;
        }
        return entries.get(slot);
    }

    private AbiTrap unknown(int handle) {
        return new AbiTrap("unknown or already dropped resource handle " + handle);
    }

    private int insert(Entry e) {
        int slot;
        if (!free.isEmpty()) {
            slot = free.remove(free.size() - 1);
            entries.set(slot, e);
        } else {
            slot = entries.size();
            if (slot > SLOT_MASK) {
                throw new AbiTrap("handle table is full (" + SLOT_MASK + " slots)");
            }
            entries.add(e);
            generations.add(0);
        }
        live++;
        return generations.get(slot) << SLOT_BITS | slot;
    }

    private void remove(int handle) {
        int slot = handle & SLOT_MASK;
        entries.set(slot, null);
        live--;
        int next = generations.get(slot) + 1;
        if (next <= MAX_GENERATION) {
            generations.set(slot, next);
            free.add(slot);
        } else {
            // Retire the slot: wrapping the generation would let an old handle match again.
            generations.set(slot, -1);
        }
    }
}
