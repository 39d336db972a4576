package dev.wasmhost.component.bindgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.Type.Primitive;
import dev.wasmhost.component.abi.Value;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seam with host/abi: Java values map to exactly the Value records the ABI defines. */
class ValuesTest {
  enum Flag { A, B, C }

  @Test
  void unsignedIntegersBecomeNonNegativeLongsExceptU64WhichKeepsItsBits() {
    assertThat(Values.u8((byte) -1)).isEqualTo(new Value.IntValue(Primitive.U8, 255));
    assertThat(Values.u16((short) -1)).isEqualTo(new Value.IntValue(Primitive.U16, 65535));
    assertThat(Values.u32(-1)).isEqualTo(new Value.IntValue(Primitive.U32, 4294967295L));
    assertThat(Values.u64(-1L)).isEqualTo(new Value.IntValue(Primitive.U64, -1L));
    assertThat(Values.s8((byte) -1)).isEqualTo(new Value.IntValue(Primitive.S8, -1));
    assertThat(Values.asU32(new Value.IntValue(Primitive.U32, 4294967295L))).isEqualTo(-1);
    assertThat(Values.asU8(new Value.IntValue(Primitive.U8, 200))).isEqualTo((byte) 200);
  }

  @Test
  void bytesAreAListOfU8() {
    assertThat(Values.bytes(new byte[] {1, -1})).isEqualTo(new Value.ListValue(List.of(
        new Value.IntValue(Primitive.U8, 1), new Value.IntValue(Primitive.U8, 255))));
    assertThat(Values.asBytes(Values.bytes(new byte[] {1, -1}))).containsExactly(1, -1);
  }

  @Test
  void flagsMapEnumOrdinalsToBits() {
    BitSet bits = new BitSet();
    bits.set(0);
    bits.set(2);
    assertThat(Values.flags(EnumSet.of(Flag.A, Flag.C), 3)).isEqualTo(new Value.FlagsValue(bits));
    assertThat(Values.asFlags(new Value.FlagsValue(bits), Flag.class)).containsExactly(Flag.A, Flag.C);
    bits.set(3);
    assertThatThrownBy(() -> Values.asFlags(new Value.FlagsValue(bits), Flag.class))
        .hasMessage("flag 3 is out of range for Flag (3 flags)");
  }

  @Test
  void resultSidesWithoutPayloadCarryNoValue() {
    assertThat(Values.result(Result.ok(), null, null))
        .isEqualTo(new Value.ResultValue(true, Optional.empty()));
    assertThat(Values.result(Result.err("x"), null, Values::string))
        .isEqualTo(new Value.ResultValue(false, Optional.of(new Value.StringValue("x"))));
    Result<Void, String> back = Values.asResult(
        new Value.ResultValue(false, Optional.of(new Value.StringValue("x"))), null, Values::asString);
    assertThat(back).isEqualTo(Result.err("x"));
    assertThatThrownBy(() -> Values.asResult(new Value.ResultValue(true, Optional.empty()),
        Values::asString, null))
        .hasMessage("result ok needs a payload and the value has none");
  }

  @Test
  void charsMustBeUnicodeScalarValues() {
    assertThat(Values.chr(0x1F600)).isEqualTo(new Value.CharValue(0x1F600));
    assertThatThrownBy(() -> Values.chr(0xD800))
        .hasMessage("char value 55296 is not a Unicode scalar value (0..0x10FFFF without surrogates)");
  }

  @Test
  void enumIndexOutOfRangeIsReported() {
    assertThat(Values.asEnum(new Value.EnumValue(1), Flag.class)).isEqualTo(Flag.B);
    assertThatThrownBy(() -> Values.asEnum(new Value.EnumValue(3), Flag.class))
        .hasMessage("enum case 3 is out of range for Flag (3 cases)");
  }

  @Test
  void resultsHoldingByteArraysCompareByContent() {
    assertThat(Result.ok(new byte[] {1, 2})).isEqualTo(Result.ok(new byte[] {1, 2}))
        .hasSameHashCodeAs(Result.ok(new byte[] {1, 2}));
    assertThat(Result.ok(new byte[] {1})).isNotEqualTo(Result.err(new byte[] {1}));
  }
}
