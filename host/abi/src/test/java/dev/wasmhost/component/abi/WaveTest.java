package dev.wasmhost.component.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.Type.Primitive;
import dev.wasmhost.component.abi.Value.IntValue;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WaveTest {
    private static final Type POINT = new Type.RecordType(List.of(
            new Type.Field("x", Primitive.S32), new Type.Field("y", Primitive.S32)));
    private static final Type SHAPE = new Type.VariantType(List.of(
            new Type.Case("circle", Optional.of(Primitive.F32)),
            new Type.Case("rect", Optional.of(POINT)),
            new Type.Case("empty", Optional.empty())));

    private static Value s32(long v) {
        return new IntValue(Primitive.S32, v);
    }

    @Test
    void integersRespectTheirRange() {
        assertThat(Wave.parse("-128", Primitive.S8)).isEqualTo(new IntValue(Primitive.S8, -128));
        assertThat(Wave.parse("18446744073709551615", Primitive.U64)).isEqualTo(new IntValue(Primitive.U64, -1));
        assertThat(Wave.print(new IntValue(Primitive.U64, -1), Primitive.U64)).isEqualTo("18446744073709551615");
        assertThatThrownBy(() -> Wave.parse("256", Primitive.U8)).isInstanceOf(WaveException.class)
                .hasMessageContaining("out of range for u8");
        assertThatThrownBy(() -> Wave.parse("-1", Primitive.U32)).isInstanceOf(WaveException.class);
        assertThatThrownBy(() -> Wave.parse("007", Primitive.U32)).isInstanceOf(WaveException.class)
                .hasMessageContaining("offset 1");
    }

    @Test
    void floatsIncludeNanAndInfinities() {
        assertThat(Wave.parse("nan", Primitive.F64)).isEqualTo(new Value.F64Value(Double.NaN));
        assertThat(Wave.parse("-inf", Primitive.F32)).isEqualTo(new Value.F32Value(Float.NEGATIVE_INFINITY));
        assertThat(Wave.parse("6.022e+23", Primitive.F64)).isEqualTo(new Value.F64Value(6.022e23));
        assertThat(Wave.print(new Value.F32Value(Float.POSITIVE_INFINITY), Primitive.F32)).isEqualTo("inf");
        assertThat(Wave.print(new Value.F64Value(1.0), Primitive.F64)).isEqualTo("1");
        assertThat(Wave.print(new Value.F64Value(-0.0), Primitive.F64)).isEqualTo("-0");
        assertThat(Wave.parse("-0", Primitive.F64)).isEqualTo(new Value.F64Value(-0.0));
        assertThatThrownBy(() -> Wave.parse("1e39", Primitive.F32)).isInstanceOf(WaveException.class);
    }

    @Test
    void charsAndStringsUseEscapes() {
        assertThat(Wave.parse("'\\''", Primitive.CHAR)).isEqualTo(new Value.CharValue('\''));
        assertThat(Wave.parse("'\\u{1F600}'", Primitive.CHAR)).isEqualTo(new Value.CharValue(0x1F600));
        assertThat(Wave.parse("'\u2603'", Primitive.CHAR)).isEqualTo(new Value.CharValue(0x2603));
        assertThat(Wave.parse("\"a\\tb \\\"q\\\" \\\\ \\u{e9}\"", Primitive.STRING))
                .isEqualTo(new Value.StringValue("a\tb \"q\" \\ \u00e9"));
        assertThat(Wave.print(new Value.StringValue("line\nquote\" tab\t\u0001"), Primitive.STRING))
                .isEqualTo("\"line\\nquote\\\" tab\\t\\u{1}\"");
        assertThat(Wave.print(new Value.CharValue('\''), Primitive.CHAR)).isEqualTo("'\\''");
        assertThatThrownBy(() -> Wave.parse("'ab'", Primitive.CHAR)).isInstanceOf(WaveException.class);
        assertThatThrownBy(() -> Wave.parse("'\\u{D800}'", Primitive.CHAR)).isInstanceOf(WaveException.class);
        assertThatThrownBy(() -> Wave.parse("\"open", Primitive.STRING)).isInstanceOf(WaveException.class)
                .hasMessageContaining("unterminated");
    }

    @Test
    void multilineStringsAreDedentedByTheClosingDelimiter() {
        String text = "\"\"\"\n    Indentation determined\n      by ending delimiter\n  \"\"\"";
        assertThat(Wave.parse(text, Primitive.STRING))
                .isEqualTo(new Value.StringValue("  Indentation determined\n    by ending delimiter"));
    }

    @Test
    void recordsAcceptAnyFieldOrderAndOmittedNoneFields() {
        assertThat(Wave.parse("{y: -7, x: 5,}", POINT)).isEqualTo(new Value.RecordValue(List.of(s32(5), s32(-7))));
        assertThat(Wave.print(new Value.RecordValue(List.of(s32(5), s32(-7))), POINT)).isEqualTo("{x: 5, y: -7}");
        Type opt = new Type.RecordType(List.of(new Type.Field("a", new Type.OptionType(Primitive.U8))));
        assertThat(Wave.parse("{:}", opt)).isEqualTo(new Value.RecordValue(List.of(new Value.OptionValue(Optional.empty()))));
        assertThatThrownBy(() -> Wave.parse("{x: 1}", POINT)).isInstanceOf(WaveException.class)
                .hasMessageContaining("field y is missing");
        assertThatThrownBy(() -> Wave.parse("{x: 1, z: 2}", POINT)).isInstanceOf(WaveException.class)
                .hasMessageContaining("unknown record field 'z'");
    }

    @Test
    void variantsEnumsAndKeywordCases() {
        assertThat(Wave.parse("rect({x: 3, y: 4})", SHAPE))
                .isEqualTo(new Value.VariantValue(1, Optional.of(new Value.RecordValue(List.of(s32(3), s32(4))))));
        assertThat(Wave.parse("empty", SHAPE)).isEqualTo(new Value.VariantValue(2, Optional.empty()));
        assertThatThrownBy(() -> Wave.parse("circle", SHAPE)).isInstanceOf(WaveException.class)
                .hasMessageContaining("needs a payload");
        Type status = new Type.EnumType(List.of("ok", "not-found"));
        assertThat(Wave.parse("%ok", status)).isEqualTo(new Value.EnumValue(0));
        assertThat(Wave.print(new Value.EnumValue(0), status)).isEqualTo("%ok");
        assertThatThrownBy(() -> Wave.parse("ok", status)).isInstanceOf(WaveException.class)
                .hasMessageContaining("keyword");
    }

    @Test
    void optionsAndResultsAcceptTheFlatShorthand() {
        Type opt = new Type.OptionType(Primitive.U8);
        Value some = new Value.OptionValue(Optional.of(new IntValue(Primitive.U8, 123)));
        assertThat(Wave.parse("123", opt)).isEqualTo(some);
        assertThat(Wave.parse("some(123)", opt)).isEqualTo(some);
        assertThat(Wave.parse("none", opt)).isEqualTo(new Value.OptionValue(Optional.empty()));
        assertThat(Wave.print(some, opt)).isEqualTo("some(123)");
        Type nested = new Type.OptionType(opt);
        assertThatThrownBy(() -> Wave.parse("123", nested)).isInstanceOf(WaveException.class);
        assertThat(Wave.parse("some(none)", nested))
                .isEqualTo(new Value.OptionValue(Optional.of(new Value.OptionValue(Optional.empty()))));

        Type res = new Type.ResultType(Optional.of(Primitive.STRING), Optional.of(Primitive.STRING));
        assertThat(Wave.parse("\"flat ok\"", res)).isEqualTo(new Value.ResultValue(true, Optional.of(new Value.StringValue("flat ok"))));
        assertThat(Wave.parse("err(\"oops\")", res)).isEqualTo(new Value.ResultValue(false, Optional.of(new Value.StringValue("oops"))));
        Type bare = new Type.ResultType(Optional.empty(), Optional.empty());
        assertThat(Wave.parse("err", bare)).isEqualTo(new Value.ResultValue(false, Optional.empty()));
        assertThat(Wave.print(new Value.ResultValue(true, Optional.empty()), bare)).isEqualTo("ok");
    }

    @Test
    void flagsListsAndTuples() {
        Type perms = new Type.FlagsType(List.of("read", "write", "exec"));
        BitSet rw = new BitSet();
        rw.set(0, 2);
        assertThat(Wave.parse("{write, read,}", perms)).isEqualTo(new Value.FlagsValue(rw));
        assertThat(Wave.print(new Value.FlagsValue(rw), perms)).isEqualTo("{read, write}");
        assertThat(Wave.parse("{}", perms)).isEqualTo(new Value.FlagsValue(new BitSet()));
        assertThatThrownBy(() -> Wave.parse("{read, read}", perms)).isInstanceOf(WaveException.class);
        Type t = new Type.TupleType(List.of(new Type.ListType(Primitive.CHAR), Primitive.BOOL));
        Value v = new Value.TupleValue(List.of(new Value.ListValue(List.of(new Value.CharValue('a'))), new Value.BoolValue(true)));
        assertThat(Wave.parse(" ( ['a' ,] , true ) // comment", t)).isEqualTo(v);
        assertThat(Wave.print(v, t)).isEqualTo("(['a'], true)");
    }

    @Test
    void callsParseArgumentsAndFillOmittedTrailingOptions() {
        FuncType area = LayoutTest.fn(List.of(SHAPE), Optional.of(Primitive.F32));
        assertThat(Wave.callName("area(circle(2))")).isEqualTo("area");
        assertThat(Wave.parseCall("area(circle(2))", area))
                .containsExactly(new Value.VariantValue(0, Optional.of(new Value.F32Value(2f))));
        FuncType f = LayoutTest.fn(List.of(new Type.OptionType(Primitive.U8), new Type.OptionType(Primitive.U8)), Optional.empty());
        assertThat(Wave.parseCall("f(some(1))", f)).containsExactly(
                new Value.OptionValue(Optional.of(new IntValue(Primitive.U8, 1))), new Value.OptionValue(Optional.empty()));
        FuncType describe = LayoutTest.fn(List.of(new Type.EnumType(List.of("red", "blue")), Primitive.U32), Optional.empty());
        List<Value> args = Wave.parseCall("describe(blue, 42)", describe);
        assertThat(Wave.printCall("describe", args, describe)).isEqualTo("describe(blue, 42)");
        assertThatThrownBy(() -> Wave.parseCall("describe(blue)", describe)).isInstanceOf(WaveException.class)
                .hasMessageContaining("too few arguments");
        assertThatThrownBy(() -> Wave.parseCall("describe(blue, 1, 2)", describe)).isInstanceOf(WaveException.class);
        assertThatThrownBy(() -> Wave.parseCall("describe(blue, 1) x", describe)).isInstanceOf(WaveException.class);
    }

    @Test
    void floatsPrintAsRustDisplaysThem() {
        assertThat(Wave.print(new Value.F32Value(Float.MAX_VALUE), Primitive.F32))
                .isEqualTo("340282350000000000000000000000000000000");
        assertThat(Wave.print(new Value.F32Value(Float.MIN_VALUE), Primitive.F32))
                .isEqualTo("0." + "0".repeat(44) + "1");
        assertThat(Wave.print(new Value.F64Value(Double.MIN_VALUE), Primitive.F64))
                .isEqualTo("0." + "0".repeat(323) + "5");
        assertThat(Wave.print(new Value.F32Value(16777216f), Primitive.F32)).isEqualTo("16777216");
        assertThat(Wave.print(new Value.F64Value(0.1), Primitive.F64)).isEqualTo("0.1");
        assertThat(Wave.print(new Value.F32Value(0.1f), Primitive.F32)).isEqualTo("0.1");
        assertThat(Wave.print(new Value.F64Value(-2.5e-7), Primitive.F64)).isEqualTo("-0.00000025");
        assertThat(Wave.print(new Value.F64Value(1e21), Primitive.F64)).isEqualTo("1000000000000000000000");
    }

    @Test
    void argumentErrorsNameTheArgument() {
        FuncType ints = new FuncType(List.of(new FuncType.Param("a", Primitive.S8), new FuncType.Param("b", Primitive.U8)),
                Optional.empty());
        assertThatThrownBy(() -> Wave.parseCall("ints(1, -1)", ints)).isInstanceOfSatisfying(WaveException.class,
                e -> assertThat(e.problem()).isEqualTo("argument 'b': -1 is out of range for u8"));
    }

    @Provide
    Arbitrary<Type> types() {
        return Generators.types(3, false);
    }

    @Property(tries = 500)
    void printedValuesParseBackToThemselves(@ForAll("types") Type type, @ForAll long seed) {
        Value v = Generators.value(type, new Random(seed));
        String text = Wave.print(v, type);
        assertThat(Wave.parse(text, type)).as(text).isEqualTo(v);
    }
}
