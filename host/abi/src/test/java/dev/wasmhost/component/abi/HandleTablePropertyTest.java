package dev.wasmhost.component.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HandleTablePropertyTest {
    enum Op { NEW_OWN, NEW_BORROW, DROP_LIVE, DROP_STALE, REP_STALE, LIFT_OWN }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Arbitraries.of(Op.values()).list().ofMinSize(1).ofMaxSize(200);
    }

    @Property(tries = 300)
    void randomSequencesNeverReuseALiveHandleAndAlwaysRejectStaleOnes(@ForAll("ops") List<Op> ops,
            @ForAll int pickSeed) {
        ResourceType rt = new ResourceType("r");
        HandleTable table = new HandleTable();
        BorrowScope scope = new BorrowScope();
        Map<Integer, Integer> live = new HashMap<>();
        Set<Integer> stale = new HashSet<>();
        int nextRep = 0;
        int pick = pickSeed;
        for (Op op : ops) {
            pick = pick * 1103515245 + 12345;
            int index = Math.floorMod(pick >>> 8, Math.max(1, live.size()));
            switch (op) {
                case NEW_OWN, NEW_BORROW -> {
                    int rep = nextRep++;
                    int h = op == Op.NEW_OWN ? table.insertOwn(rt, rep) : table.insertBorrow(rt, rep, scope);
                    assertThat(h).isPositive();
                    assertThat(live).doesNotContainKey(h);
                    assertThat(stale).doesNotContain(h);
                    live.put(h, rep);
                }
                case DROP_LIVE, LIFT_OWN -> {
                    if (live.isEmpty()) {
                        continue;
                    }
                    int h = new ArrayList<>(live.keySet()).get(index);
                    if (op == Op.LIFT_OWN && !table.isOwn(h)) {
                        assertThatThrownBy(() -> table.liftOwn(rt, h)).isInstanceOf(AbiTrap.class);
                        continue;
                    }
                    int rep = op == Op.DROP_LIVE ? table.drop(rt, h).rep() : table.liftOwn(rt, h);
                    assertThat(rep).isEqualTo(live.remove(h));
                    stale.add(h);
                }
                case DROP_STALE, REP_STALE -> {
                    for (int h : stale) {
                        assertThatThrownBy(() -> table.rep(rt, h)).isInstanceOf(AbiTrap.class);
                    }
                    if (!stale.isEmpty()) {
                        int h = stale.iterator().next();
                        assertThatThrownBy(() -> table.drop(rt, h)).isInstanceOf(AbiTrap.class);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : live.entrySet()) {
                assertThat(table.rep(rt, e.getKey())).isEqualTo(e.getValue());
            }
            assertThat(table.size()).isEqualTo(live.size());
        }
    }
}
