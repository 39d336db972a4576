package dev.wasmhost.component.abi;

import static dev.wasmhost.component.abi.CoreType.F32;
import static dev.wasmhost.component.abi.CoreType.F64;
import static dev.wasmhost.component.abi.CoreType.I32;
import static dev.wasmhost.component.abi.CoreType.I64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.abi.Type.Primitive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LayoutTest {
    static Type record(Type... types) {
        List<Type.Field> fields = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            fields.add(new Type.Field("f" + i, types[i]));
        }
        return new Type.RecordType(fields);
    }

    static Type.VariantType variant(Optional<Type>... payloads) {
        List<Type.Case> cases = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) {
            cases.add(new Type.Case("c" + i, payloads[i]));
        }
        return new Type.VariantType(cases);
    }

    static Type.FlagsType flags(int n) {
        return new Type.FlagsType(IntStream.range(0, n).mapToObj(i -> "f" + i).toList());
    }

    @Test
    void recordFieldsArePaddedToTheirAlignment() {
        Type t = record(Primitive.U8, Primitive.U32, Primitive.U8);
        assertThat(CanonicalAbi.size(t)).isEqualTo(12);
        assertThat(CanonicalAbi.alignment(t)).isEqualTo(4);
        assertThat(CanonicalAbi.size(record(Primitive.U8, Primitive.U64))).isEqualTo(16);
    }

    @Test
    void stringsAndListsArePointerPairs() {
        assertThat(CanonicalAbi.size(Primitive.STRING)).isEqualTo(8);
        assertThat(CanonicalAbi.alignment(new Type.ListType(Primitive.F64))).isEqualTo(4);
        assertThat(CanonicalAbi.flatten(Primitive.STRING)).containsExactly(I32, I32);
    }

    @Test
    void discriminantGrowsWithTheCaseCount() {
        assertThat(CanonicalAbi.size(new Type.EnumType(names(256)))).isEqualTo(1);
        assertThat(CanonicalAbi.size(new Type.EnumType(names(257)))).isEqualTo(2);
        assertThat(CanonicalAbi.size(new Type.EnumType(names(65537)))).isEqualTo(4);
    }

    @Test
    void optionOfU64PutsPayloadAtOffsetEight() {
        Type t = new Type.OptionType(Primitive.U64);
        assertThat(CanonicalAbi.size(t)).isEqualTo(16);
        assertThat(CanonicalAbi.alignment(t)).isEqualTo(8);
        Type r = new Type.ResultType(Optional.of(Primitive.STRING), Optional.empty());
        assertThat(CanonicalAbi.size(r)).isEqualTo(12);
    }

    @Test
    void flagsUseWholeWordsPastThirtyTwoLabels() {
        assertThat(CanonicalAbi.size(flags(8))).isEqualTo(1);
        assertThat(CanonicalAbi.size(flags(9))).isEqualTo(2);
        assertThat(CanonicalAbi.size(flags(17))).isEqualTo(4);
        assertThat(CanonicalAbi.size(flags(33))).isEqualTo(8);
        assertThat(CanonicalAbi.flatten(flags(33))).containsExactly(I32, I32);
        assertThat(CanonicalAbi.flatten(flags(64))).containsExactly(I32, I32);
        assertThat(CanonicalAbi.flatten(flags(65))).containsExactly(I32, I32, I32);
    }

    @Test
    void variantPayloadsJoinSlotBySlot() {
        assertThat(CanonicalAbi.flatten(variant(Optional.of(Primitive.S32), Optional.of(Primitive.F32))))
                .containsExactly(I32, I32);
        assertThat(CanonicalAbi.flatten(variant(Optional.of(Primitive.U32), Optional.of(Primitive.U64))))
                .containsExactly(I32, I64);
        assertThat(CanonicalAbi.flatten(variant(Optional.of(Primitive.F32), Optional.of(Primitive.F64))))
                .containsExactly(I32, I64);
        assertThat(CanonicalAbi.flatten(variant(Optional.of(Primitive.F64), Optional.empty())))
                .containsExactly(I32, F64);
        assertThat(CanonicalAbi.flatten(variant(Optional.of(Primitive.STRING), Optional.of(Primitive.F32),
                Optional.of(record(Primitive.F32, Primitive.F32, Primitive.F64)))))
                .containsExactly(I32, I32, I32, F64);
        assertThat(CanonicalAbi.flatten(new Type.EnumType(List.of("a", "b")))).containsExactly(I32);
    }

    @Test
    void paramsPastSixteenFlatValuesSpillToOnePointer() {
        FuncType sixteen = fn(Collections.nCopies(16, Primitive.U32), Optional.empty());
        FuncType seventeen = fn(Collections.nCopies(17, Primitive.U32), Optional.empty());
        assertThat(CanonicalAbi.flattenParams(sixteen, CanonDirection.LIFT)).hasSize(16);
        assertThat(CanonicalAbi.flattenParams(seventeen, CanonDirection.LIFT)).containsExactly(I32);
        assertThat(CanonicalAbi.flattenParams(seventeen, CanonDirection.LOWER)).containsExactly(I32);
    }

    @Test
    void spilledResultIsAReturnedPointerWhenLiftedAndAReturnPointerParamWhenLowered() {
        FuncType ft = fn(List.of(Primitive.F64), Optional.of(Primitive.STRING));
        assertThat(CanonicalAbi.flattenParams(ft, CanonDirection.LIFT)).containsExactly(F64);
        assertThat(CanonicalAbi.flattenResults(ft, CanonDirection.LIFT)).containsExactly(I32);
        assertThat(CanonicalAbi.flattenParams(ft, CanonDirection.LOWER)).containsExactly(F64, I32);
        assertThat(CanonicalAbi.flattenResults(ft, CanonDirection.LOWER)).isEmpty();
        FuncType scalar = fn(List.of(), Optional.of(Primitive.F32));
        assertThat(CanonicalAbi.flattenResults(scalar, CanonDirection.LOWER)).containsExactly(F32);
    }

    static FuncType fn(List<Type> params, Optional<Type> result) {
        List<FuncType.Param> ps = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            ps.add(new FuncType.Param("p" + i, params.get(i)));
        }
        return new FuncType(ps, result);
    }

    private static List<String> names(int n) {
        return IntStream.range(0, n).mapToObj(i -> "c" + i).toList();
    }
}
