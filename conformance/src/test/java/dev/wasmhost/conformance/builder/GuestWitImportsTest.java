package dev.wasmhost.conformance.builder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.capability.wasi.WasiConfig;
import dev.wasmhost.capability.wasi.p2.WasiExit;
import dev.wasmhost.capability.wasi.p2.WasiP2;
import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.link.ComponentEngine;
import dev.wasmhost.component.link.ComponentRunner;
import dev.wasmhost.component.link.Linker;
import dev.wasmhost.component.wit.WitResolver;
import dev.wasmhost.component.wit.World;
import dev.wasmhost.guest.CompileResult;
import dev.wasmhost.guest.GuestCompiler;
import dev.wasmhost.guest.Target;
import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A guest program that imports a WIT interface as a Python module (conformance/guest/imports): compiled with the
 * world of conformance/guest/imports/wit, run as a command through the embedding API with the interface
 * implemented by Java host functions, its stdout compared with NAME.expected; when node and the npm tools are there,
 * also under Node (jco transpile, the interface implemented in JavaScript by geometry_host.mjs).
 */
class GuestWitImportsTest {
    private static final Path IMPORTS = Jco.REPO.resolve("conformance/guest/imports");
    private static final String GEOMETRY = "demo:calc/geometry@0.1.0";

    @Test
    void geometryClientCallsJavaHostFunctionsWithRecordsEnumsListsAndOptions() throws Exception {
        World world = WitResolver.resolveDirectory(IMPORTS.resolve("wit")).root().worlds().get("app");
        String name = "geometry_client.py";
        byte[] component = switch (GuestCompiler.compile(name, Files.readString(IMPORTS.resolve(name)), Target.COMPONENT,
                world)) {
            case CompileResult.Success ok -> ok.wasm();
            case CompileResult.Failure bad -> throw new AssertionError("compile failed: " + bad.diagnostics());
        };
        var stdout = new ByteArrayOutputStream();
        var stderr = new ByteArrayOutputStream();
        WasiP2 wasi = new WasiP2(WasiConfig.builder().args(List.of(name)).stdin(InputStream.nullInputStream())
                .stdout(stdout).stderr(stderr).build());
        Linker linker = new Linker().defineAll(wasi.version(), wasi.functions(), wasi::type, wasi::resource, wasi::drop);
        List<String> logged = new ArrayList<>();
        linker.define(GEOMETRY, "add", (cx, a) -> Optional.of(s64(integer(a.get(0)) + integer(a.get(1)))));
        linker.define(GEOMETRY, "midpoint", (cx, a) -> {
            List<Value> p = fields(a.get(0));
            List<Value> q = fields(a.get(1));
            return Optional.of(point((integer(p.get(0)) + integer(q.get(0))) / 2, (integer(p.get(1)) + integer(q.get(1))) / 2));
        });
        linker.define(GEOMETRY, "measure", (cx, a) -> {
            String label = ((Value.StringValue) a.get(0)).value();
            double scale = ((Value.F64Value) a.get(1)).value();
            return Optional.of(new Value.RecordValue(List.of(new Value.StringValue(label + "!"),
                    point(Math.round(scale * 10), -1), new Value.EnumValue(0),
                    new Value.ListValue(List.of(new Value.StringValue("big"), new Value.StringValue(label))),
                    new Value.OptionValue(Optional.of(new Value.F64Value(scale * 2))))));
        });
        linker.define(GEOMETRY, "describe", (cx, a) -> {
            List<Value> m = fields(a.get(0));
            List<Value> at = fields(m.get(1));
            String tags = ((Value.ListValue) m.get(3)).values().stream().map(v -> ((Value.StringValue) v).value())
                    .collect(Collectors.joining(", ", "[", "]"));
            Optional<Value> weight = ((Value.OptionValue) m.get(4)).value();
            return Optional.of(new Value.StringValue(((Value.StringValue) m.get(0)).value() + "@(" + integer(at.get(0))
                    + "," + integer(at.get(1)) + ") " + (((Value.EnumValue) m.get(2)).index() == 0 ? "metric" : "imperial")
                    + " tags=" + tags + " weight=" + weight.map(w -> String.valueOf(((Value.F64Value) w).value()))
                            .orElse("none")));
        });
        linker.define(GEOMETRY, "find", (cx, a) -> {
            List<Value> items = ((Value.ListValue) a.get(0)).values();
            int at = items.indexOf(a.get(1));
            return Optional.of(new Value.OptionValue(at < 0 ? Optional.empty() : Optional.of(s64(at))));
        });
        linker.define(GEOMETRY, "log", (cx, a) -> {
            logged.add(((Value.StringValue) a.get(0)).value());
            return Optional.empty();
        });
        linker.define(GEOMETRY, "pairs", (cx, a) -> {
            List<Value> out = new ArrayList<>();
            for (long k = 0; k < integer(a.get(0)); k++) {
                out.add(new Value.TupleValue(List.of(new Value.StringValue("k" + k), s64(k))));
            }
            return Optional.of(new Value.ListValue(out));
        });
        linker.define(GEOMETRY, "narrow", (cx, a) -> Optional.of(
                new Value.IntValue(Type.Primitive.U32, (integer(a.get(0)) + 1) & 0xFFFFFFFFL)));
        linker.define(GEOMETRY, "widen", (cx, a) -> {
            List<Value> f = fields(a.get(0));
            return Optional.of(new Value.RecordValue(List.of(
                    new Value.IntValue(Type.Primitive.U8, (integer(f.get(0)) * 2) & 0xFF),
                    new Value.IntValue(Type.Primitive.S16, integer(f.get(1)) - 1),
                    new Value.IntValue(Type.Primitive.U32, integer(f.get(2)) + 1),
                    new Value.IntValue(Type.Primitive.U64, integer(f.get(3)) + 1),
                    new Value.F32Value(((Value.F32Value) f.get(4)).value() * 2),
                    new Value.CharValue(((Value.CharValue) f.get(5)).codePoint() + 1))));
        });
        linker.define(GEOMETRY, "checksum", (cx, a) -> Optional.of(new Value.IntValue(Type.Primitive.U32,
                ((Value.ListValue) a.get(0)).values().stream().mapToLong(GuestWitImportsTest::integer).sum())));
        linker.define(GEOMETRY, "letters", (cx, a) -> Optional.of(new Value.ListValue(
                ((Value.StringValue) a.get(0)).value().codePoints().mapToObj(cp -> (Value) new Value.CharValue(cp)).toList())));
        linker.define(GEOMETRY, "divide", (cx, a) -> Optional.of(integer(a.get(1)) == 0
                ? new Value.ResultValue(false, Optional.of(new Value.StringValue("division by zero")))
                : new Value.ResultValue(true, Optional.of(s64(integer(a.get(0)) / integer(a.get(1)))))));
        linker.define(GEOMETRY, "locate", (cx, a) -> Optional.of(((Value.StringValue) a.get(0)).value().equals("home")
                ? new Value.ResultValue(true, Optional.of(point(7, 7)))
                : new Value.ResultValue(false, Optional.of(new Value.EnumValue(1)))));
        linker.define(GEOMETRY, "reset", (cx, a) -> Optional.of(
                new Value.ResultValue(!((Value.BoolValue) a.get(0)).value(), Optional.empty())));
        int status = ComponentRunner.runCommand(new ComponentEngine(new EndiveEngine(EngineKind.INTERPRETER, null)),
                component, linker, t -> t instanceof WasiExit e ? OptionalInt.of(e.status()) : OptionalInt.empty(),
                Duration.ofMinutes(2));
        assertThat(status).as("exit status; stderr: %s", stderr.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(IMPORTS.resolve("geometry_client.expected")));
        assertThat(logged).containsExactly("hello from the guest");
        if (Jco.available()) {
            // the same component under Node: jco transpile, geometry implemented in JavaScript
            Path wasm = Files.createTempFile("geometry_client", ".wasm");
            try {
                Files.write(wasm, component);
                var run = Jco.node(Jco.REPO, "conformance/guest/imports/geometry_host.mjs", wasm.toString());
                assertThat(run.status()).as("node exit status; stderr: %s", run.stderr()).isZero();
                assertThat(run.stdout()).isEqualTo(Files.readString(IMPORTS.resolve("geometry_client.expected")));
                assertThat(run.stderr()).contains("log: hello from the guest");
            } finally {
                Files.delete(wasm);
            }
        }
    }

    @Test
    void namesTheWorldDoesNotProvideAreOneLineDiagnostics() throws Exception {
        World world = WitResolver.resolveDirectory(IMPORTS.resolve("wit")).root().worlds().get("app");
        assertThat(diagnostic("from wit_world.imports import geometry\n\nprint(geometry.classify(1))\n", world))
                .isEqualTo("app.py:3:7: error: WIT function demo:calc/geometry@0.1.0#classify is not available in Python:"
                        + " its type uses variant kind (not mapped yet)");
        assertThat(diagnostic("from wit_world.imports.geometry import nope\n", world))
                .isEqualTo("app.py:1:1: error: Module \"wit_world.imports.geometry\" has no attribute \"nope\"");
        assertThat(diagnostic("from wit_world.imports import shapes\n", world))
                .isEqualTo("app.py:1:1: error: Module \"wit_world.imports.shapes\" is not an interface of world app"
                        + " (it imports geometry)");
        assertThat(diagnostic("from wit_world.imports import geometry\n\nx: str = geometry.add(1, 2)\n", world))
                .startsWith("app.py:3:");
    }

    @Test
    void exportsMayTakeAndReturnTheImportedInterfacesTypes() throws Exception {
        World world = WitResolver.resolveDirectory(IMPORTS.resolve("wit")).root().worlds().get("app");
        String source = """
                from wit_world.imports import geometry
                from wit_world.imports.geometry import Point


                @export
                def scaled(p: Point) -> Point:
                    return geometry.midpoint(Point(0, 0), Point(p.x * 4, p.y * 4))


                @export
                def units() -> list[geometry.Unit]:
                    return [geometry.Unit.IMPERIAL, geometry.Unit.METRIC]
                """;
        assertThat(GuestCompiler.wit("lib.py", source, world)).contains("world program {",
                "use demo:calc/geometry@0.1.0.{point, unit};", "import demo:calc/geometry@0.1.0;",
                "export scaled: func(p: point) -> point;", "export units: func() -> list<unit>;");
        byte[] component = switch (GuestCompiler.compile("lib.py", source, Target.COMPONENT, world)) {
            case CompileResult.Success ok -> ok.wasm();
            case CompileResult.Failure bad -> throw new AssertionError("compile failed: " + bad.diagnostics());
        };
        WasiP2 wasi = new WasiP2(WasiConfig.builder().stdin(InputStream.nullInputStream()).build());
        Linker linker = new Linker().defineAll(wasi.version(), wasi.functions(), wasi::type, wasi::resource, wasi::drop);
        linker.define(GEOMETRY, "midpoint", (cx, a) -> {
            List<Value> p = fields(a.get(0));
            List<Value> q = fields(a.get(1));
            return Optional.of(point((integer(p.get(0)) + integer(q.get(0))) / 2, (integer(p.get(1)) + integer(q.get(1))) / 2));
        });
        var instance = linker.instantiate(new ComponentEngine(new EndiveEngine(EngineKind.INTERPRETER, null)), component);
        assertThat(instance.call("scaled", List.of(point(3, -5)))).contains(point(6, -10));
        assertThat(instance.call("units", List.of()))
                .contains(new Value.ListValue(List.of(new Value.EnumValue(1), new Value.EnumValue(0))));
        // a type of the interface in a signature, and none of its functions called: the interface is imported all
        // the same, for its types
        String flip = "from wit_world.imports.geometry import Point\n\n\n@export\ndef flip(p: Point) -> Point:\n"
                + "    return Point(p.y, p.x)\n";
        byte[] flipped = switch (GuestCompiler.compile("flip.py", flip, Target.COMPONENT, world)) {
            case CompileResult.Success ok -> ok.wasm();
            case CompileResult.Failure bad -> throw new AssertionError("compile failed: " + bad.diagnostics());
        };
        var second = linker.instantiate(new ComponentEngine(new EndiveEngine(EngineKind.INTERPRETER, null)), flipped);
        assertThat(second.call("flip", List.of(point(1, 2)))).contains(point(2, 1));
    }

    private static String diagnostic(String source, World world) {
        return switch (GuestCompiler.compile("app.py", source, Target.COMPONENT, world)) {
            case CompileResult.Success ok -> throw new AssertionError("compiled: " + source);
            case CompileResult.Failure bad -> bad.diagnostics().get(0).toString();
        };
    }

    private static Value s64(long v) {
        return new Value.IntValue(Type.Primitive.S64, v);
    }

    private static long integer(Value v) {
        return ((Value.IntValue) v).value();
    }

    private static List<Value> fields(Value v) {
        return ((Value.RecordValue) v).fields();
    }

    private static Value point(long x, long y) {
        return new Value.RecordValue(List.of(s64(x), s64(y)));
    }
}
