package dev.wasmhost.component.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HandleTableTest {
    private final ResourceType file = new ResourceType("file");
    private final ResourceType dir = new ResourceType("dir");
    private final HandleTable table = new HandleTable();

    @Test
    void freshTableNumbersHandlesFromOne() {
        assertThat(table.insertOwn(file, 10)).isEqualTo(1);
        assertThat(table.insertOwn(file, 11)).isEqualTo(2);
        assertThat(table.size()).isEqualTo(2);
    }

    @Test
    void handleZeroAndNegativeHandlesAreNeverValid() {
        table.insertOwn(file, 1);
        assertThatThrownBy(() -> table.rep(file, 0)).isInstanceOf(AbiTrap.class).hasMessageContaining("handle 0");
        assertThatThrownBy(() -> table.rep(file, -1)).isInstanceOf(AbiTrap.class);
    }

    @Test
    void staleHandleTrapsEvenAfterItsSlotIsReused() {
        int h = table.insertOwn(file, 10);
        table.drop(file, h);
        int h2 = table.insertOwn(file, 20);
        assertThat(h2).isNotEqualTo(h);
        assertThat(h2 & ((1 << HandleTable.SLOT_BITS) - 1)).isEqualTo(h);
        assertThatThrownBy(() -> table.rep(file, h)).isInstanceOf(AbiTrap.class).hasMessageContaining("already dropped");
        assertThat(table.rep(file, h2)).isEqualTo(20);
    }

    @Test
    void handleOfAnotherResourceTypeTraps() {
        int h = table.insertOwn(file, 10);
        assertThatThrownBy(() -> table.rep(dir, h)).isInstanceOf(AbiTrap.class)
                .hasMessageContaining("file where a dir was expected");
    }

    @Test
    void borrowHandleCannotBeTransferredAsOwn() {
        BorrowScope scope = new BorrowScope();
        int h = table.insertBorrow(file, 3, scope);
        assertThatThrownBy(() -> table.liftOwn(file, h)).isInstanceOf(AbiTrap.class).hasMessageContaining("borrow");
        assertThat(table.drop(file, h)).isEqualTo(new HandleTable.Dropped(file, 3, false));
        assertThat(scope.liveBorrows()).isZero();
        scope.end();
    }

    @Test
    void lentOwnHandleCannotBeTransferredOrDropped() {
        int h = table.insertOwn(file, 3);
        BorrowScope scope = new BorrowScope();
        assertThat(table.liftBorrow(file, h, scope)).isEqualTo(3);
        assertThatThrownBy(() -> table.liftOwn(file, h)).isInstanceOf(AbiTrap.class);
        assertThatThrownBy(() -> table.drop(file, h)).isInstanceOf(AbiTrap.class);
        scope.end();
        assertThat(table.liftOwn(file, h)).isEqualTo(3);
        assertThat(table.size()).isZero();
    }

    @Test
    void forgedHandleWithAFutureGenerationTraps() {
        int h = table.insertOwn(file, 3);
        int forged = (1 << HandleTable.SLOT_BITS) | h;
        assertThatThrownBy(() -> table.rep(file, forged)).isInstanceOf(AbiTrap.class);
    }

    @Test
    void slotIsRetiredInsteadOfWrappingItsGeneration() {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < 5000; i++) {
            int h = table.insertOwn(file, i);
            assertThat(seen.add(h)).as("handle %d issued twice", h).isTrue();
            table.drop(file, h);
        }
        for (int h : seen) {
            assertThat(table.contains(h)).isFalse();
        }
    }
}
