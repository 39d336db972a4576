package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.capability.wasi.WasiConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.wit.Interface;
import dev.wasmhost.wit.wasi.filesystem.types.ErrorCode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the linker relies on: every WIT function of every served interface is there, typed. */
class SurfaceTest {
    private static final List<String> SERVED = List.of(
            "wasi:cli/environment", "wasi:cli/exit", "wasi:cli/stdin", "wasi:cli/stdout", "wasi:cli/stderr",
            "wasi:cli/terminal-input", "wasi:cli/terminal-output",
            "wasi:cli/terminal-stdin", "wasi:cli/terminal-stdout", "wasi:cli/terminal-stderr",
            "wasi:io/error", "wasi:io/poll", "wasi:io/streams",
            "wasi:clocks/monotonic-clock", "wasi:clocks/wall-clock",
            "wasi:random/random", "wasi:random/insecure", "wasi:random/insecure-seed",
            "wasi:filesystem/types", "wasi:filesystem/preopens");

    private final WasiP2 wasi = new WasiP2(WasiConfig.builder().build());

    @Test
    void everyWitFunctionOfTheServedInterfacesIsImplemented() {
        WasiTypes types = new WasiTypes();
        for (String iface : SERVED) {
            Interface wit = types.require(iface);
            assertThat(wasi.functions().get(iface)).as(iface).isNotNull();
            assertThat(wasi.functions().get(iface).keySet()).as(iface)
                    .containsExactlyInAnyOrderElementsOf(wit.functions().keySet());
        }
        assertThat(wasi.functions().keySet()).containsExactlyInAnyOrderElementsOf(SERVED);
    }

    @Test
    void everyFunctionHasAType() {
        for (Map.Entry<String, ?> e : wasi.functions().entrySet()) {
            for (String name : wasi.functions().get(e.getKey()).keySet()) {
                assertThat(wasi.type(e.getKey(), name)).as(e.getKey() + "#" + name).isNotNull();
            }
        }
        assertThat(wasi.version()).isEqualTo("0.2.0");
    }

    @Test
    void resourceTypesAreTheOnesTheFunctionsUse() {
        var stream = wasi.resource("wasi:io/streams", "output-stream");
        assertThat(wasi.resource("wasi:io/streams", "output-stream")).isSameAs(stream);
        assertThat(wasi.resource("wasi:cli/stdout", "output-stream")).as("used into stdout").isSameAs(stream);
        assertThat(wasi.type("wasi:cli/stdout", "get-stdout").result()).contains(new Type.OwnType(stream));
        assertThat(wasi.resource("wasi:filesystem/types", "error")).isSameAs(wasi.resource("wasi:io/error", "error"));
    }

    @Test
    void unknownNamesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> wasi.type("wasi:sockets/tcp", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wasi:sockets/tcp");
        assertThatThrownBy(() -> wasi.resource("wasi:io/streams", "nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }

    @Test
    void generatedErrorCodeEnumIsTheWitEnumInOrder() {
        Type.ResultType stat = (Type.ResultType) wasi.type("wasi:filesystem/types", "[method]descriptor.stat").result().orElseThrow();
        Type.EnumType codes = (Type.EnumType) stat.error().orElseThrow();
        assertThat(Arrays.stream(ErrorCode.values()).map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .containsExactlyElementsOf(codes.names());
    }
}
