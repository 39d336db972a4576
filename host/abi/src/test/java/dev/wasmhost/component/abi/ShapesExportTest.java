package dev.wasmhost.component.abi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.abi.Type.Primitive;
import dev.wasmhost.component.wit.Interface;
import dev.wasmhost.component.wit.Resolution;
import dev.wasmhost.component.wit.WitResolver;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The export-call path the linker drives for conformance's p2-exports component, with the guest's
 * core functions played by Java code over a test memory.
 */
class ShapesExportTest {
    private static final String WIT = """
            package wasmhost:test@0.1.0;
            interface shapes {
              record point { x: s32, y: s32 }
              enum color { red, green, blue }
              variant shape { circle(u32), rect(point), empty }
              area: func(s: shape) -> u64;
              mirror: func(p: point) -> point;
              describe: func(c: color, n: u32) -> string;
            }
            """;

    private final Interface shapes = shapes();
    private final WitTypes wit = new WitTypes();
    private final TestMemory mem = new TestMemory(1 << 16, 1024);

    private static Interface shapes() {
        Resolution r = WitResolver.resolveText("shapes.wit", WIT);
        return r.root().interfaces().get("shapes");
    }

    @Test
    void areaOfARectanglePassesTheVariantFlat() {
        FuncType area = wit.function(shapes, "area");
        assertThat(CanonicalAbi.flattenParams(area, CanonDirection.LIFT))
                .containsExactly(CoreType.I32, CoreType.I32, CoreType.I32);
        CallContext cx = mem.context(StringEncoding.UTF8);
        List<Value> args = Wave.parseCall("area(rect({x: 3, y: 4}))", area);
        long[] core = CanonicalAbi.lowerParams(area, args, cx);
        assertThat(core).containsExactly(1, 3, 4);
        long guestResult = core[0] == 1 ? core[1] * core[2] : 0;
        Optional<Value> result = CanonicalAbi.liftResults(area, new long[] {guestResult}, cx);
        cx.endCall();
        assertThat(Wave.print(result.orElseThrow(), area.result().orElseThrow())).isEqualTo("12");
    }

    @Test
    void mirrorReturnsItsRecordThroughAReturnedPointer() {
        FuncType mirror = wit.function(shapes, "mirror");
        assertThat(CanonicalAbi.flattenResults(mirror, CanonDirection.LIFT)).containsExactly(CoreType.I32);
        CallContext cx = mem.context(StringEncoding.UTF8);
        long[] core = CanonicalAbi.lowerParams(mirror, Wave.parseCall("mirror({x: 5, y: -7})", mirror), cx);
        // the guest writes {-x, -y} to its static return area and returns its address
        mem.writeI32(512, -(int) core[0]);
        mem.writeI32(516, -(int) core[1]);
        Value result = CanonicalAbi.liftResults(mirror, new long[] {512}, cx).orElseThrow();
        cx.endCall();
        assertThat(Wave.print(result, mirror.result().orElseThrow())).isEqualTo("{x: -5, y: 7}");
    }

    @Test
    void describeReturnsAStringTheGuestAllocated() {
        FuncType describe = wit.function(shapes, "describe");
        CallContext cx = mem.context(StringEncoding.UTF8);
        long[] core = CanonicalAbi.lowerParams(describe, Wave.parseCall("describe(blue, 42)", describe), cx);
        assertThat(core).containsExactly(2, 42);
        byte[] text = "blue x42".getBytes(StandardCharsets.UTF_8);
        mem.write(600, text);
        mem.writeI32(520, 600);
        mem.writeI32(524, text.length);
        Value result = CanonicalAbi.liftResults(describe, new long[] {520}, cx).orElseThrow();
        assertThat(result).isEqualTo(new Value.StringValue("blue x42"));
        assertThat(Wave.print(result, Primitive.STRING)).isEqualTo("\"blue x42\"");
    }
}
