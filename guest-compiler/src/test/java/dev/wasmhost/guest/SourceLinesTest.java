package dev.wasmhost.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.endive.wasm.Parser;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.AnnotatedInstruction;
import run.endive.wasm.types.OpCode;
import run.endive.wasm.types.UnknownCustomSection;

/**
 * The {@code wasmhost.lines} section of a program of two modules: every call instruction is mapped
 * to the line of the Python source that makes the call, in the right file, and functions are named
 * {@code module.function} in the name section.
 */
class SourceLinesTest {
    private record Fn(String file, int line, TreeMap<Integer, Integer> lines) {}

    @Test
    void callsMapToTheirFileAndLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/__init__.py"), "");
        Files.writeString(dir.resolve("pkg/shapes.py"), """
                def area(w: int, h: int) -> int:
                    return w * h


                def double_area(w: int, h: int) -> int:
                    a = area(w, h)
                    return 2 * a
                """);
        Files.writeString(dir.resolve("app.py"), """
                from pkg.shapes import area
                import pkg.shapes


                def show(n: int) -> None:
                    print(area(n, n))


                show(3)
                print(pkg.shapes.double_area(2, 5))
                """);
        byte[] wasm = switch (GuestCompiler.compile(dir.resolve("app.py"), Target.WASI_P1, List.of())) {
            case CompileResult.Success ok -> ok.wasm();
            case CompileResult.Failure bad -> throw new AssertionError(bad.diagnostics());
        };
        WasmModule module = Parser.parse(wasm);
        Map<Integer, Fn> map = read(module);
        Map<String, Integer> index = new HashMap<>();
        int functions = module.importSection().count(run.endive.wasm.types.ExternalType.FUNCTION) + module.functionSection().functionCount();
        for (int i = 0; i < functions; i++) {
            String name = module.nameSection().nameOfFunction(i);
            if (name != null) {
                index.put(name, i);
            }
        }
        assertThat(index).containsKeys("show", "pkg.shapes.area", "pkg.shapes.double_area", "<module>", "pkg.shapes.<module>");

        assertThat(map.get(index.get("show"))).extracting(Fn::file, Fn::line).containsExactly("app.py", 5);
        assertThat(map.get(index.get("pkg.shapes.area"))).extracting(Fn::file, Fn::line).containsExactly("pkg/shapes.py", 1);
        assertThat(callLines(module, map, index.get("show"), index.get("pkg.shapes.area"))).containsExactly(6);
        assertThat(callLines(module, map, index.get("<module>"), index.get("show"))).containsExactly(9);
        assertThat(callLines(module, map, index.get("<module>"), index.get("pkg.shapes.double_area"))).containsExactly(10);
        assertThat(callLines(module, map, index.get("<module>"), index.get("pkg.shapes.<module>"))).containsExactly(1, 2);
        assertThat(callLines(module, map, index.get("pkg.shapes.double_area"), index.get("pkg.shapes.area"))).containsExactly(6);
        // the runtime has a file and def line, no line table
        Fn alloc = map.get(index.get("rt.alloc"));
        assertThat(alloc.file()).startsWith("<runtime>");
        assertThat(alloc.lines()).isEmpty();
    }

    private static List<Integer> callLines(WasmModule module, Map<Integer, Fn> map, int caller, int callee) {
        int imported = module.importSection().count(run.endive.wasm.types.ExternalType.FUNCTION);
        List<Integer> lines = new ArrayList<>();
        for (AnnotatedInstruction i : module.codeSection().getFunctionBody(caller - imported).instructions()) {
            if (i.opcode() == OpCode.CALL && i.operand(0) == callee) {
                lines.add(map.get(caller).lines().floorEntry(i.address()).getValue());
            }
        }
        return lines;
    }

    /** Decodes the section as docs/guest-language.md describes it. */
    private static Map<Integer, Fn> read(WasmModule module) {
        byte[] b = module.customSections().stream().filter(c -> c.name().equals("wasmhost.lines"))
                .map(c -> ((UnknownCustomSection) c).bytes()).findFirst().orElseThrow();
        int[] p = {0};
        assertThat(u32(b, p)).as("version").isEqualTo(1);
        List<String> files = new ArrayList<>();
        for (int k = u32(b, p); k > 0; k--) {
            int n = u32(b, p);
            files.add(new String(b, p[0], n, StandardCharsets.UTF_8));
            p[0] += n;
        }
        Map<Integer, Fn> out = new HashMap<>();
        for (int k = u32(b, p); k > 0; k--) {
            int index = u32(b, p);
            String file = files.get(u32(b, p));
            int line = u32(b, p);
            TreeMap<Integer, Integer> lines = new TreeMap<>();
            for (int j = u32(b, p); j > 0; j--) {
                lines.put(u32(b, p), u32(b, p));
            }
            out.put(index, new Fn(file, line, lines));
        }
        assertThat(p[0]).as("section fully read").isEqualTo(b.length);
        return out;
    }

    private static int u32(byte[] b, int[] p) {
        int result = 0;
        for (int shift = 0; ; shift += 7) {
            int x = b[p[0]++] & 0xFF;
            result |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return result;
            }
        }
    }
}
