package dev.wasmhost.component.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.Type.Primitive;
import dev.wasmhost.component.abi.Value.IntValue;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Input/expected pairs taken from the cases the component-model reference tests check. */
class SpecVectorsTest {

    private static Value lift(Type t, int[] heap, long... flat) {
        TestMemory mem = new TestMemory(Math.max(heap.length, 1), heap.length);
        for (int i = 0; i < heap.length; i++) {
            mem.bytes[i] = (byte) heap[i];
        }
        return CanonicalAbi.liftFlat(t, flat, mem.context(StringEncoding.UTF8));
    }

    private static Value u(Primitive p, long v) {
        return new IntValue(p, v);
    }

    private static Value list(Value... vs) {
        return new Value.ListValue(List.of(vs));
    }

    private static Value tuple(Value... vs) {
        return new Value.TupleValue(List.of(vs));
    }

    @Test
    void flatVariantWrapsItsPayloadAndIgnoresUnusedSlots() {
        Type t = LayoutTest.variant(Optional.of(Primitive.U8), Optional.of(Primitive.F32), Optional.empty());
        assertThat(lift(t, new int[0], 0, 42)).isEqualTo(new Value.VariantValue(0, Optional.of(u(Primitive.U8, 42))));
        assertThat(lift(t, new int[0], 0, 256)).isEqualTo(new Value.VariantValue(0, Optional.of(u(Primitive.U8, 0))));
        assertThat(lift(t, new int[0], 1, 0x4048f5c3L))
                .isEqualTo(new Value.VariantValue(1, Optional.of(new Value.F32Value(3.14f))));
        assertThat(lift(t, new int[0], 2, 0xffffffffL)).isEqualTo(new Value.VariantValue(2, Optional.empty()));
    }

    @Test
    void flagsIgnoreBitsPastTheirLabels() {
        Type t = new Type.FlagsType(List.of("a", "b"));
        assertThat(lift(t, new int[0], 4)).isEqualTo(new Value.FlagsValue(new java.util.BitSet()));
        Type nine = LayoutTest.flags(9);
        java.util.BitSet all = new java.util.BitSet();
        all.set(0, 9);
        assertThat(lift(new Type.ListType(nine), new int[] {0xff, 0x3, 0, 0}, 0, 2))
                .isEqualTo(list(new Value.FlagsValue(all), new Value.FlagsValue(new java.util.BitSet())));
    }

    @Test
    void listOfBoolTreatsAnyNonZeroByteAsTrue() {
        Value expected = list(new Value.BoolValue(true), new Value.BoolValue(false), new Value.BoolValue(true));
        assertThat(lift(new Type.ListType(Primitive.BOOL), new int[] {1, 0, 2}, 0, 3)).isEqualTo(expected);
    }

    @Test
    void misalignedListTraps() {
        assertThatThrownBy(() -> lift(new Type.ListType(Primitive.U16), new int[] {0, 1, 0, 2, 0, 3, 0}, 1, 3))
                .isInstanceOf(AbiTrap.class);
        assertThatThrownBy(() -> lift(new Type.ListType(new Type.ListType(Primitive.U16)),
                new int[] {9, 0, 0, 0, 2, 0, 0, 0, 0, 5, 0, 6, 0}, 0, 1)).isInstanceOf(AbiTrap.class);
    }

    @Test
    void listOfStringsAndNestedListsReadThroughTheirPointers() {
        int[] heap = {16, 0, 0, 0, 2, 0, 0, 0, 21, 0, 0, 0, 3, 0, 0, 0, 'h', 'i', 0xf, 0xf, 0xf, 'w', 'a', 't'};
        assertThat(lift(new Type.ListType(Primitive.STRING), heap, 0, 2))
                .isEqualTo(list(new Value.StringValue("hi"), new Value.StringValue("wat")));
        int[] nested = {24, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 27, 0, 0, 0, 2, 0, 0, 0, 3, 4, 5, 6, 7};
        Primitive u8 = Primitive.U8;
        assertThat(lift(new Type.ListType(new Type.ListType(u8)), nested, 0, 3))
                .isEqualTo(list(list(u(u8, 3), u(u8, 4), u(u8, 5)), list(), list(u(u8, 6), u(u8, 7))));
    }

    @Test
    void tuplesInListsArePaddedToTheirAlignment() {
        Type t = new Type.ListType(new Type.TupleType(List.of(Primitive.U8, Primitive.U16, Primitive.U8, Primitive.U32)));
        int[] heap = {6, 0xff, 7, 0, 8, 0xff, 0xff, 0xff, 9, 0, 0, 0, 4, 0xff, 5, 0, 6, 0xff, 0xff, 0xff, 7, 0, 0, 0};
        assertThat(lift(t, heap, 0, 2)).isEqualTo(list(
                tuple(u(Primitive.U8, 6), u(Primitive.U16, 7), u(Primitive.U8, 8), u(Primitive.U32, 9)),
                tuple(u(Primitive.U8, 4), u(Primitive.U16, 5), u(Primitive.U8, 6), u(Primitive.U32, 7))));
        Type nested = new Type.ListType(new Type.TupleType(List.of(
                new Type.TupleType(List.of(Primitive.U16, Primitive.U8)), Primitive.U8)));
        assertThat(lift(nested, new int[] {4, 0, 5, 0xff, 6, 0xff, 7, 0, 8, 0xff, 9, 0xff}, 0, 2)).isEqualTo(list(
                tuple(tuple(u(Primitive.U16, 4), u(Primitive.U8, 5)), u(Primitive.U8, 6)),
                tuple(tuple(u(Primitive.U16, 7), u(Primitive.U8, 8)), u(Primitive.U8, 9))));
    }

    @Test
    void coreSignaturesMatchTheReferenceFlattening() {
        List<Type> mixed = List.of(Primitive.U8, Primitive.F32, Primitive.F64);
        FuncType pairResult = LayoutTest.fn(mixed, Optional.of(new Type.TupleType(List.of(Primitive.F32, Primitive.F32))));
        assertThat(CanonicalAbi.flattenParams(pairResult, CanonDirection.LIFT))
                .containsExactly(CoreType.I32, CoreType.F32, CoreType.F64);
        assertThat(CanonicalAbi.flattenResults(pairResult, CanonDirection.LIFT)).containsExactly(CoreType.I32);
        assertThat(CanonicalAbi.flattenParams(pairResult, CanonDirection.LOWER))
                .containsExactly(CoreType.I32, CoreType.F32, CoreType.F64, CoreType.I32);
        FuncType many = LayoutTest.fn(IntStream.range(0, 17).mapToObj(i -> (Type) Primitive.U8).toList(),
                Optional.of(new Type.TupleType(List.of(Primitive.U8, Primitive.U8))));
        assertThat(CanonicalAbi.flattenParams(many, CanonDirection.LIFT)).containsExactly(CoreType.I32);
        assertThat(CanonicalAbi.flattenParams(many, CanonDirection.LOWER)).containsExactly(CoreType.I32, CoreType.I32);
        assertThat(CanonicalAbi.flattenResults(many, CanonDirection.LOWER)).isEmpty();
    }
}
