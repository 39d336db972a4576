package dev.wasmhost.component.abi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoundTripPropertyTest {

    @Provide
    Arbitrary<Type> types() {
        return Generators.types(3);
    }

    @Property(tries = 300)
    void storeThenLoadGivesTheSameValueInEveryEncoding(@ForAll("types") Type type, @ForAll long seed,
            @ForAll StringEncoding encoding) {
        Value v = Generators.value(type, new Random(seed));
        TestMemory mem = new TestMemory(1 << 20, 4096);
        CallContext cx = mem.context(encoding);
        int addr = Layout.alignTo(64, CanonicalAbi.alignment(type));
        CanonicalAbi.store(type, v, addr, cx);
        assertThat(CanonicalAbi.load(type, addr, cx)).isEqualTo(v);
    }

    @Property(tries = 300)
    void lowerThenLiftGivesTheSameValueInEveryEncoding(@ForAll("types") Type type, @ForAll long seed,
            @ForAll StringEncoding encoding) {
        Value v = Generators.value(type, new Random(seed));
        TestMemory mem = new TestMemory(1 << 20, 4096);
        CallContext cx = mem.context(encoding);
        long[] flat = CanonicalAbi.lowerFlat(type, v, cx);
        assertThat(flat).hasSize(CanonicalAbi.flatten(type).size());
        assertThat(CanonicalAbi.liftFlat(type, flat, cx)).isEqualTo(v);
    }

    @Property(tries = 200)
    void exportArgumentsReachAnImportUnchangedWhetherFlatOrSpilled(@ForAll("types") Type a, @ForAll("types") Type b,
            @ForAll("types") Type c, @ForAll long seed, @ForAll StringEncoding encoding) {
        Random r = new Random(seed);
        List<Type> types = List.of(a, b, c, a, b, c);
        FuncType ft = LayoutTest.fn(types, Optional.of(c));
        List<Value> args = types.stream().map(t -> Generators.value(t, r)).toList();
        TestMemory mem = new TestMemory(1 << 20, 4096);
        CallContext cx = mem.context(encoding);
        long[] core = CanonicalAbi.lowerParams(ft, args, cx);
        assertThat(core).hasSize(CanonicalAbi.flattenParams(ft, CanonDirection.LIFT).size());
        assertThat(CanonicalAbi.liftParams(ft, core, cx)).isEqualTo(args);

        Value result = Generators.value(c, r);
        long[] withRetptr = {0, 1024};
        long[] lowered = CanonicalAbi.lowerResults(ft, Optional.of(result), withRetptr, cx);
        long[] liftedFrom = lowered.length == 0 ? new long[] {1024} : lowered;
        assertThat(CanonicalAbi.liftResults(ft, liftedFrom, cx)).contains(result);
    }
}
