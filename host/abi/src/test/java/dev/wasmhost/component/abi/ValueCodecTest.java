package dev.wasmhost.component.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.Type.Primitive;
import dev.wasmhost.component.abi.Value.IntValue;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueCodecTest {
    private final TestMemory mem = new TestMemory(1 << 16, 1024);
    private final CallContext cx = mem.context(StringEncoding.UTF8);

    private Value storeAndLoad(Type t, Value v, CallContext c) {
        CanonicalAbi.store(t, v, 64, c);
        return CanonicalAbi.load(t, 64, c);
    }

    @Test
    void integerExtremesRoundTripThroughMemoryAndFlatValues() {
        List<IntValue> values = List.of(
                new IntValue(Primitive.S8, -128), new IntValue(Primitive.S8, 127), new IntValue(Primitive.U8, 255),
                new IntValue(Primitive.S16, -32768), new IntValue(Primitive.U16, 65535),
                new IntValue(Primitive.S32, Integer.MIN_VALUE), new IntValue(Primitive.U32, 0xFFFFFFFFL),
                new IntValue(Primitive.S64, Long.MIN_VALUE), new IntValue(Primitive.U64, -1L));
        for (IntValue v : values) {
            assertThat(storeAndLoad(v.kind(), v, cx)).isEqualTo(v);
            assertThat(CanonicalAbi.liftFlat(v.kind(), CanonicalAbi.lowerFlat(v.kind(), v, cx), cx)).isEqualTo(v);
        }
    }

    @Test
    void liftingAnI32AsU8KeepsTheLowBitsAndSignExtendsS8() {
        assertThat(CanonicalAbi.liftFlat(Primitive.U8, new long[] {0x1FF}, cx)).isEqualTo(new IntValue(Primitive.U8, 255));
        assertThat(CanonicalAbi.liftFlat(Primitive.S8, new long[] {0xFF}, cx)).isEqualTo(new IntValue(Primitive.S8, -1));
        assertThat(CanonicalAbi.liftFlat(Primitive.U32, new long[] {-1L}, cx)).isEqualTo(new IntValue(Primitive.U32, 0xFFFFFFFFL));
        assertThat(CanonicalAbi.liftFlat(Primitive.BOOL, new long[] {2}, cx)).isEqualTo(new Value.BoolValue(true));
    }

    @Test
    void outOfRangeHostIntegerIsRejected() {
        assertThatThrownBy(() -> CanonicalAbi.lowerFlat(Primitive.U8, new IntValue(Primitive.U8, 256), cx))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range for u8");
    }

    @Test
    void nanIsCanonicalisedOnLowerAndLiftButNegativeZeroSurvives() {
        float oddNan = Float.intBitsToFloat(0xFFC00123);
        long[] flat = CanonicalAbi.lowerFlat(Primitive.F32, new Value.F32Value(oddNan), cx);
        assertThat(flat[0]).isEqualTo(0x7fc00000L);
        Value lifted = CanonicalAbi.liftFlat(Primitive.F32, new long[] {0xFFC00123L}, cx);
        assertThat(Float.floatToRawIntBits(((Value.F32Value) lifted).value())).isEqualTo(0x7fc00000);
        mem.writeI64(64, 0xFFF0000000000001L);
        Value d = CanonicalAbi.load(Primitive.F64, 64, cx);
        assertThat(Double.doubleToRawLongBits(((Value.F64Value) d).value())).isEqualTo(0x7ff8000000000000L);
        assertThat(storeAndLoad(Primitive.F64, new Value.F64Value(-0.0), cx)).isEqualTo(new Value.F64Value(-0.0));
        assertThat(storeAndLoad(Primitive.F32, new Value.F32Value(Float.NEGATIVE_INFINITY), cx))
                .isEqualTo(new Value.F32Value(Float.NEGATIVE_INFINITY));
    }

    @Test
    void surrogateOrTooLargeCharTraps() {
        assertThatThrownBy(() -> CanonicalAbi.liftFlat(Primitive.CHAR, new long[] {0xD800}, cx))
                .isInstanceOf(AbiTrap.class).hasMessageContaining("0xd800");
        assertThatThrownBy(() -> CanonicalAbi.liftFlat(Primitive.CHAR, new long[] {0x110000}, cx))
                .isInstanceOf(AbiTrap.class);
        assertThatThrownBy(() -> CanonicalAbi.lowerFlat(Primitive.CHAR, new Value.CharValue(0xDFFF), cx))
                .isInstanceOf(AbiTrap.class);
        assertThat(storeAndLoad(Primitive.CHAR, new Value.CharValue(0x1F600), cx)).isEqualTo(new Value.CharValue(0x1F600));
    }

    @Test
    void stringsRoundTripInEveryEncodingIncludingNonBmpAndEmpty() {
        for (StringEncoding enc : StringEncoding.values()) {
            CallContext c = mem.context(enc);
            for (String s : List.of("", "plain", "caf\u00e9", "\u00ff\u00fe", "emoji \uD83D\uDE00 and \u4e2d")) {
                assertThat(storeAndLoad(Primitive.STRING, new Value.StringValue(s), c))
                        .as("%s in %s", s, enc).isEqualTo(new Value.StringValue(s));
            }
        }
    }

    @Test
    void utf8StringIsStoredAsBytesWithByteLength() {
        long[] flat = CanonicalAbi.lowerFlat(Primitive.STRING, new Value.StringValue("h\u00e9"), cx);
        assertThat(flat[1]).isEqualTo(3);
        assertThat(mem.read((int) flat[0], 3)).isEqualTo("h\u00e9".getBytes(StandardCharsets.UTF_8));
        // one fresh allocation of the exact size: the preview 1 adapter's allocator traps on a grow
        assertThat(mem.calls).extracting(TestMemory.Call::newSize).containsExactly(3);
    }

    @Test
    void latin1PlusUtf16UsesLatin1WhenItCanAndTagsUtf16Otherwise() {
        CallContext c = mem.context(StringEncoding.LATIN1_UTF16);
        long[] latin = CanonicalAbi.lowerFlat(Primitive.STRING, new Value.StringValue("\u00e9t\u00e9"), c);
        assertThat(latin[1]).isEqualTo(3);
        assertThat(mem.read((int) latin[0], 3)).containsExactly(0xe9, 't', 0xe9);
        long[] wide = CanonicalAbi.lowerFlat(Primitive.STRING, new Value.StringValue("a\u0100"), c);
        assertThat(wide[1]).isEqualTo(2L | 0x80000000L);
        assertThat(mem.read((int) wide[0], 4)).containsExactly('a', 0, 0x00, 0x01);
    }

    @Test
    void invalidUtf8Traps() {
        mem.write(200, new byte[] {(byte) 0xC3, (byte) 0x28});
        assertThatThrownBy(() -> CanonicalAbi.liftFlat(Primitive.STRING, new long[] {200, 2}, cx))
                .isInstanceOf(AbiTrap.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void unpairedSurrogateInUtf16Traps() {
        CallContext c = mem.context(StringEncoding.UTF16);
        mem.write(200, new byte[] {0x00, (byte) 0xD8, 'a', 0});
        assertThatThrownBy(() -> CanonicalAbi.liftFlat(Primitive.STRING, new long[] {200, 2}, c))
                .isInstanceOf(AbiTrap.class);
    }

    @Test
    void misalignedUtf16StringAndOutOfBoundsListTrap() {
        CallContext c = mem.context(StringEncoding.UTF16);
        assertThatThrownBy(() -> CanonicalAbi.liftFlat(Primitive.STRING, new long[] {201, 1}, c))
                .isInstanceOf(AbiTrap.class).hasMessageContaining("not aligned");
        Type list = new Type.ListType(Primitive.U32);
        assertThatThrownBy(() -> CanonicalAbi.liftFlat(list, new long[] {65532, 2}, cx))
                .isInstanceOf(AbiTrap.class).hasMessageContaining("out of bounds");
    }

    @Test
    void badDiscriminantTrapsInMemoryAndFlat() {
        Type opt = new Type.OptionType(Primitive.U32);
        mem.writeI8(64, 2);
        assertThatThrownBy(() -> CanonicalAbi.load(opt, 64, cx)).isInstanceOf(AbiTrap.class)
                .hasMessage("discriminant 2 is out of range for option<u32> with 2 cases");
        assertThatThrownBy(() -> CanonicalAbi.liftFlat(opt, new long[] {7, 0}, cx)).isInstanceOf(AbiTrap.class);
    }

    @Test
    void variantPayloadTravelsThroughJoinedSlots() {
        Type v = LayoutTest.variant(Optional.of(Primitive.F32), Optional.of(Primitive.U64), Optional.empty());
        Value f = new Value.VariantValue(0, Optional.of(new Value.F32Value(1.5f)));
        long[] flat = CanonicalAbi.lowerFlat(v, f, cx);
        assertThat(flat).containsExactly(0, Integer.toUnsignedLong(Float.floatToRawIntBits(1.5f)));
        assertThat(CanonicalAbi.liftFlat(v, flat, cx)).isEqualTo(f);
        Value none = new Value.VariantValue(2, Optional.empty());
        assertThat(CanonicalAbi.lowerFlat(v, none, cx)).containsExactly(2, 0);
        Value big = new Value.VariantValue(1, Optional.of(new IntValue(Primitive.U64, -5)));
        assertThat(CanonicalAbi.liftFlat(v, CanonicalAbi.lowerFlat(v, big, cx), cx)).isEqualTo(big);
    }

    @Test
    void flagsWithThirtyThreeLabelsUseTwoWords() {
        Type.FlagsType t = LayoutTest.flags(33);
        BitSet bits = new BitSet();
        bits.set(0);
        bits.set(32);
        Value v = new Value.FlagsValue(bits);
        assertThat(CanonicalAbi.lowerFlat(t, v, cx)).containsExactly(1, 1);
        assertThat(storeAndLoad(t, v, cx)).isEqualTo(v);
        assertThat(mem.readI32(64)).isEqualTo(1);
        assertThat(mem.readI32(68)).isEqualTo(1);
        // bits past the last label are ignored when lifting
        assertThat(CanonicalAbi.liftFlat(t, new long[] {1, 0xFFFFFFFEL}, cx)).isEqualTo(new Value.FlagsValue(bitsOf(0)));
    }

    @Test
    void emptyListAndNestedListRoundTrip() {
        Type t = new Type.ListType(new Type.ListType(Primitive.STRING));
        Value empty = new Value.ListValue(List.of());
        assertThat(storeAndLoad(t, empty, cx)).isEqualTo(empty);
        Value nested = new Value.ListValue(List.of(empty, new Value.ListValue(List.of(new Value.StringValue("x")))));
        assertThat(CanonicalAbi.liftFlat(t, CanonicalAbi.lowerFlat(t, nested, cx), cx)).isEqualTo(nested);
    }

    @Test
    void recordAndResultRoundTrip() {
        Type rec = LayoutTest.record(Primitive.U8, Primitive.STRING, new Type.ResultType(Optional.empty(), Optional.of(Primitive.S16)));
        Value v = new Value.RecordValue(List.of(new IntValue(Primitive.U8, 9), new Value.StringValue("r"),
                new Value.ResultValue(false, Optional.of(new IntValue(Primitive.S16, -3)))));
        assertThat(storeAndLoad(rec, v, cx)).isEqualTo(v);
        assertThat(CanonicalAbi.liftFlat(rec, CanonicalAbi.lowerFlat(rec, v, cx), cx)).isEqualTo(v);
    }

    @Test
    void utf16StringIsStoredAsCodeUnitsWithCodeUnitLength() {
        CallContext c = mem.context(StringEncoding.UTF16);
        long[] flat = CanonicalAbi.lowerFlat(Primitive.STRING, new Value.StringValue("a\uD83D\uDE00"), c);
        assertThat(flat[1]).isEqualTo(3);
        assertThat(flat[0] % 2).isZero();
        assertThat(mem.read((int) flat[0], 6)).containsExactly('a', 0, 0x3D, 0xD8, 0x00, 0xDE);
    }

    @Test
    void taggedUtf16StringIsReadInLatin1PlusUtf16Mode() {
        CallContext c = mem.context(StringEncoding.LATIN1_UTF16);
        mem.write(200, new byte[] {0x00, 0x01, 'b', 0});
        assertThat(CanonicalAbi.liftFlat(Primitive.STRING, new long[] {200, 0x80000002L}, c))
                .isEqualTo(new Value.StringValue("\u0100b"));
        assertThat(CanonicalAbi.liftFlat(Primitive.STRING, new long[] {200, 2}, c))
                .isEqualTo(new Value.StringValue("\u0000\u0001"));
    }

    @Test
    void reallocReturningAMisalignedPointerTraps() {
        CallContext c = new CallContext(mem, (oldPtr, oldSize, align, newSize) -> 1001, StringEncoding.UTF8, new HandleTable());
        Type list = new Type.ListType(Primitive.U32);
        Value v = new Value.ListValue(List.of(new IntValue(Primitive.U32, 1)));
        assertThatThrownBy(() -> CanonicalAbi.lowerFlat(list, v, c)).isInstanceOf(AbiTrap.class)
                .hasMessageContaining("not aligned to 4");
    }

    @Test
    void stringWithoutReallocOptionTraps() {
        CallContext c = new CallContext(mem, null, StringEncoding.UTF8, new HandleTable());
        assertThatThrownBy(() -> CanonicalAbi.lowerFlat(Primitive.STRING, new Value.StringValue("x"), c))
                .isInstanceOf(AbiTrap.class).hasMessageContaining("realloc");
    }

    @Test
    void listOfBytesIsOneContiguousArrayAndBadCharsInAListTrap() {
        Type bytes = new Type.ListType(Primitive.U8);
        Value v = new Value.ListValue(List.of(new IntValue(Primitive.U8, 1), new IntValue(Primitive.U8, 255)));
        long[] flat = CanonicalAbi.lowerFlat(bytes, v, cx);
        assertThat(flat[1]).isEqualTo(2);
        assertThat(mem.read((int) flat[0], 2)).containsExactly(1, 0xFF);
        assertThat(CanonicalAbi.liftFlat(bytes, flat, cx)).isEqualTo(v);
        mem.writeI32(300, 'a');
        mem.writeI32(304, 0xD800);
        assertThatThrownBy(() -> CanonicalAbi.liftFlat(new Type.ListType(Primitive.CHAR), new long[] {300, 2}, cx))
                .isInstanceOf(AbiTrap.class);
    }

    private static BitSet bitsOf(int... indices) {
        BitSet b = new BitSet();
        for (int i : indices) {
            b.set(i);
        }
        return b;
    }
}
