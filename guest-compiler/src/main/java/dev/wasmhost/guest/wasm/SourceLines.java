package dev.wasmhost.guest.wasm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The custom section {@code wasmhost.lines}: where each function of the module comes from in the
 * Python source, so that a host can name the file and line of a trapping frame. Layout (all
 * integers unsigned LEB128, strings as in the name section):
 *
 * <pre>
 * version      u32 = 1
 * files        vec(name)                      file names as diagnostics show them ("app.py", "pkg/util.py")
 * functions    vec(function)
 * function  := index u32                      function index (imports counted)
 *              file u32                       index into files
 *              line u32                       line of the def (1 for a module's code)
 *              lines vec(offset u32, line u32) ascending code offsets: from each offset (a byte
 *                                             offset in the module, the address of an instruction)
 *                                             up to the next, the code is that line's
 * </pre>
 *
 * Functions of the runtime library and the standard library have an entry with their def line but
 * no line table (it would add several KB to every module).
 */
final class SourceLines {
    static final String NAME = "wasmhost.lines";

    private final Map<String, Integer> files = new LinkedHashMap<>();
    private final List<Code> functions = new ArrayList<>();

    static boolean isProgramFile(String file) {
        return !file.startsWith("<");
    }

    void add(int functionIndex, String file, int line, List<int[]> lines) {
        int f = files.computeIfAbsent(file, k -> files.size());
        Code c = new Code().u32(functionIndex).u32(f).u32(line).u32(lines.size());
        for (int[] l : lines) {
            c.u32(l[0]).u32(l[1]);
        }
        functions.add(c);
    }

    byte[] section() {
        Code body = new Code().name(NAME).u32(1).u32(files.size());
        files.keySet().forEach(body::name);
        body.u32(functions.size());
        functions.forEach(c -> body.bytes(c.toByteArray()));
        return new Code().section(0, body).toByteArray();
    }
}
