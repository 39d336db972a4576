package dev.wasmhost.component.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.Type.Primitive;
import dev.wasmhost.component.abi.Value.IntValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CallTest {
    private final TestMemory mem = new TestMemory(1 << 16, 1024);
    private final CallContext cx = mem.context(StringEncoding.UTF8);

    private static List<Value> u32s(int n) {
        return IntStream.range(0, n).mapToObj(i -> (Value) new IntValue(Primitive.U32, 100 + i)).toList();
    }

    @Test
    void exportCallWithSeventeenParamsPassesAReallocatedArgumentArea() {
        FuncType ft = LayoutTest.fn(Collections.nCopies(17, Primitive.U32), Optional.empty());
        long[] core = CanonicalAbi.lowerParams(ft, u32s(17), cx);
        assertThat(core).hasSize(1);
        assertThat(mem.calls).containsExactly(new TestMemory.Call(0, 0, 4, 68, (int) core[0]));
        assertThat(mem.readI32((int) core[0] + 16 * 4)).isEqualTo(116);
    }

    @Test
    void exportCallWithSixteenParamsPassesThemFlat() {
        FuncType ft = LayoutTest.fn(Collections.nCopies(16, Primitive.U32), Optional.empty());
        long[] core = CanonicalAbi.lowerParams(ft, u32s(16), cx);
        assertThat(core).hasSize(16);
        assertThat(core[15]).isEqualTo(115);
        assertThat(mem.calls).isEmpty();
    }

    @Test
    void importCallWithSpilledParamsReadsThemFromTheGuestPointer() {
        FuncType ft = LayoutTest.fn(Collections.nCopies(20, Primitive.U32), Optional.empty());
        for (int i = 0; i < 20; i++) {
            mem.writeI32(512 + 4 * i, 100 + i);
        }
        assertThat(CanonicalAbi.liftParams(ft, new long[] {512}, cx)).isEqualTo(u32s(20));
        assertThatThrownBy(() -> CanonicalAbi.liftParams(ft, new long[] {514}, cx))
                .isInstanceOf(AbiTrap.class).hasMessageContaining("not aligned");
    }

    @Test
    void importResultThatSpillsIsWrittenToTheReturnPointer() {
        Type pair = new Type.TupleType(List.of(Primitive.U32, Primitive.U64));
        FuncType ft = LayoutTest.fn(List.of(Primitive.U32), Optional.of(pair));
        Value result = new Value.TupleValue(List.of(new IntValue(Primitive.U32, 7), new IntValue(Primitive.U64, -2)));
        long[] args = {5, 256};
        assertThat(CanonicalAbi.liftParams(ft, args, cx)).containsExactly(new IntValue(Primitive.U32, 5));
        assertThat(CanonicalAbi.lowerResults(ft, Optional.of(result), args, cx)).isEmpty();
        assertThat(mem.readI32(256)).isEqualTo(7);
        assertThat(mem.readI64(264)).isEqualTo(-2);
    }

    @Test
    void importScalarResultIsReturnedFlat() {
        FuncType ft = LayoutTest.fn(List.of(), Optional.of(Primitive.S32));
        assertThat(CanonicalAbi.lowerResults(ft, Optional.of(new IntValue(Primitive.S32, -1)), new long[0], cx))
                .containsExactly(0xFFFFFFFFL);
    }

    @Test
    void exportStringResultIsReadThroughTheReturnedPointer() {
        FuncType ft = LayoutTest.fn(List.of(), Optional.of(Primitive.STRING));
        mem.write(300, "hi".getBytes());
        mem.writeI32(256, 300);
        mem.writeI32(260, 2);
        assertThat(CanonicalAbi.liftResults(ft, new long[] {256}, cx)).contains(new Value.StringValue("hi"));
        assertThatThrownBy(() -> CanonicalAbi.liftResults(ft, new long[] {65532}, cx)).isInstanceOf(AbiTrap.class);
    }

    @Test
    void exportMixedParamsRoundTripThroughImportLifting() {
        List<Type> types = List.of(Primitive.STRING, new Type.ListType(Primitive.U8), Primitive.F64,
                new Type.OptionType(Primitive.CHAR));
        FuncType ft = LayoutTest.fn(types, Optional.empty());
        List<Value> args = List.of(new Value.StringValue("s\u00e9"),
                new Value.ListValue(List.of(new IntValue(Primitive.U8, 1), new IntValue(Primitive.U8, 2))),
                new Value.F64Value(2.5), new Value.OptionValue(Optional.of(new Value.CharValue('z'))));
        long[] core = CanonicalAbi.lowerParams(ft, args, cx);
        assertThat(core).hasSize(7);
        assertThat(CanonicalAbi.liftParams(ft, core, cx)).isEqualTo(args);
    }

    @Test
    void borrowPassedToAnExportMustBeDroppedBeforeTheCallEnds() {
        ResourceType rt = new ResourceType("file");
        HandleTable table = new HandleTable();
        FuncType ft = LayoutTest.fn(List.of(new Type.BorrowType(rt)), Optional.empty());
        CallContext call = mem.context(StringEncoding.UTF8, table);
        long[] core = CanonicalAbi.lowerParams(ft, List.of(new Value.HandleValue(rt, 42, false)), call);
        assertThat(table.rep(rt, (int) core[0])).isEqualTo(42);
        assertThatThrownBy(call::endCall).isInstanceOf(AbiTrap.class).hasMessageContaining("still alive");

        CallContext second = mem.context(StringEncoding.UTF8, table);
        long[] core2 = CanonicalAbi.lowerParams(ft, List.of(new Value.HandleValue(rt, 43, false)), second);
        assertThat(table.drop(rt, (int) core2[0]).own()).isFalse();
        second.endCall();
    }

    @Test
    void borrowOfAResourceTheCalleeDefinesIsPassedAsItsRep() {
        ResourceType rt = new ResourceType("counter");
        HandleTable table = new HandleTable();
        table.defineLocal(rt);
        FuncType ft = LayoutTest.fn(List.of(new Type.BorrowType(rt)), Optional.empty());
        CallContext call = mem.context(StringEncoding.UTF8, table);
        assertThat(CanonicalAbi.lowerParams(ft, List.of(new Value.HandleValue(rt, 77, false)), call)).containsExactly(77);
        call.endCall();
    }

    @Test
    void ownHandleLentToAnImportCannotBeDroppedUntilTheCallEnds() {
        ResourceType rt = new ResourceType("stream");
        HandleTable table = new HandleTable();
        int h = table.insertOwn(rt, 9);
        FuncType ft = LayoutTest.fn(List.of(new Type.BorrowType(rt)), Optional.empty());
        CallContext call = mem.context(StringEncoding.UTF8, table);
        assertThat(CanonicalAbi.liftParams(ft, new long[] {h}, call)).containsExactly(new Value.HandleValue(rt, 9, false));
        assertThatThrownBy(() -> table.drop(rt, h)).isInstanceOf(AbiTrap.class).hasMessageContaining("lent out");
        call.endCall();
        assertThat(table.drop(rt, h)).isEqualTo(new HandleTable.Dropped(rt, 9, true));
    }

    @Test
    void ownParamOfAnImportMovesTheHandleOutOfTheGuestTable() {
        ResourceType rt = new ResourceType("stream");
        HandleTable table = new HandleTable();
        int h = table.insertOwn(rt, 5);
        FuncType ft = LayoutTest.fn(List.of(new Type.OwnType(rt)), Optional.empty());
        CallContext call = mem.context(StringEncoding.UTF8, table);
        assertThat(CanonicalAbi.liftParams(ft, new long[] {h}, call)).containsExactly(new Value.HandleValue(rt, 5, true));
        assertThat(table.contains(h)).isFalse();
        assertThatThrownBy(() -> CanonicalAbi.liftParams(ft, new long[] {h}, call)).isInstanceOf(AbiTrap.class);
    }

    @Test
    void ownResultOfAnImportIsInsertedIntoTheGuestTable() {
        ResourceType rt = new ResourceType("stream");
        HandleTable table = new HandleTable();
        FuncType ft = LayoutTest.fn(List.of(), Optional.of(new Type.OwnType(rt)));
        CallContext call = mem.context(StringEncoding.UTF8, table);
        long[] out = CanonicalAbi.lowerResults(ft, Optional.of(new Value.HandleValue(rt, 1234, true)), new long[0], call);
        assertThat(out).containsExactly(1);
        assertThat(table.rep(rt, 1)).isEqualTo(1234);
    }

    @Test
    void wrongArgumentCountIsAHostError() {
        FuncType ft = LayoutTest.fn(List.of(Primitive.U32), Optional.empty());
        assertThatThrownBy(() -> CanonicalAbi.lowerParams(ft, new ArrayList<>(), cx))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes 1 argument");
    }
}
