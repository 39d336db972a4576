package dev.wasmhost.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.AnnotatedInstruction;
import run.endive.wasm.types.CustomSection;
import run.endive.wasm.types.OpCode;
import run.endive.wasm.types.UnknownCustomSection;

/**
 * The Python source locations of a module compiled by the guest compiler: its custom section
 * {@code wasmhost.lines} (layout in the guest compiler's {@code SourceLines} and
 * docs/guest-language.md) maps each function to its file and def line and each instruction
 * address to a line.
 *
 * <p>Endive does not say where in a function a trap happened: compiled code shows only which
 * functions were on the stack ({@code func_N} JVM frames, no bytecode line numbers), and the
 * interpreter keeps its frames off the JVM stack. So a frame's line is found from the code itself:
 * a caller's line is the line of its call instructions to the frame above it (when they are all on
 * one line), and the innermost frame's line is that of its instructions that can raise the trap
 * (a stack overflow happens on entry, so it is the def line).
 */
public final class PythonLines {
    static final String SECTION = "wasmhost.lines";

    private record Fn(String file, int line, TreeMap<Integer, Integer> lines) {}

    /** A frame's location: file, line, and whether the line is exact or only the def line. */
    public record Location(String file, int line, boolean exact) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    private final Map<Integer, Fn> functions;
    private final WasmModule module;
    private final int imported;

    private PythonLines(Map<Integer, Fn> functions, WasmModule module) {
        this.functions = functions;
        this.module = module;
        this.imported = module.importSection().count(run.endive.wasm.types.ExternalType.FUNCTION);
    }

    /** The section of {@code module}, or null when it has none (or an unreadable one). */
    public static PythonLines of(WasmModule module) {
        if (module == null) {
            return null;
        }
        for (CustomSection c : module.customSections()) {
            if (c instanceof UnknownCustomSection u && u.name().equals(SECTION)) {
                try {
                    return new PythonLines(parse(u.bytes()), module);
                } catch (RuntimeException malformed) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Map<Integer, Fn> parse(byte[] b) {
        int[] p = {0};
        if (u32(b, p) != 1) {
            throw new IllegalArgumentException("unknown version");
        }
        int fileCount = u32(b, p);
        List<String> files = new ArrayList<>();
        for (int k = 0; k < fileCount; k++) {
            int n = u32(b, p);
            files.add(new String(b, p[0], n, java.nio.charset.StandardCharsets.UTF_8));
            p[0] += n;
        }
        Map<Integer, Fn> out = new java.util.HashMap<>();
        int count = u32(b, p);
        for (int k = 0; k < count; k++) {
            int index = u32(b, p);
            String file = files.get(u32(b, p));
            int line = u32(b, p);
            TreeMap<Integer, Integer> lines = new TreeMap<>();
            int n = u32(b, p);
            for (int j = 0; j < n; j++) {
                lines.put(u32(b, p), u32(b, p));
            }
            out.put(index, new Fn(file, line, lines));
        }
        return out;
    }

    private static int u32(byte[] b, int[] p) {
        int result = 0;
        int shift = 0;
        while (true) {
            int x = b[p[0]++] & 0xFF;
            result |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return result;
            }
            shift += 7;
        }
    }

    /** The line of the instruction at {@code address} in function {@code index}, or -1. */
    public int lineAt(int index, int address) {
        Fn f = functions.get(index);
        if (f == null) {
            return -1;
        }
        Map.Entry<Integer, Integer> e = f.lines().floorEntry(address);
        return e == null ? -1 : e.getValue();
    }

    /**
     * The location of each frame ({@code frames}: function indices, innermost first, as {@link
     * Backtrace} finds them), or null for a frame without source; {@code trap} is the trap's description.
     */
    public List<Location> locate(List<Integer> frames, String trap) {
        List<Location> out = new ArrayList<>();
        for (int k = 0; k < frames.size(); k++) {
            int index = frames.get(k);
            Fn f = functions.get(index);
            if (f == null) {
                out.add(null);
                continue;
            }
            Set<Integer> lines = k == 0 ? trapLines(index, trap) : callLines(index, frames.get(k - 1));
            out.add(lines.size() == 1 ? new Location(f.file(), lines.iterator().next(), true) : new Location(f.file(), f.line(), false));
        }
        return out;
    }

    /** The innermost frame that has an exact program line, else the innermost program frame; null if none. */
    public static String describe(List<Integer> frames, List<Location> locations, WasmModule module) {
        int best = -1;
        for (int k = 0; k < locations.size(); k++) {
            Location l = locations.get(k);
            if (l != null && !l.file().startsWith("<")) {
                if (l.exact()) {
                    best = k;
                    break;
                }
                if (best < 0) {
                    best = k;
                }
            }
        }
        if (best < 0) {
            return null;
        }
        Location l = locations.get(best);
        var names = module.nameSection();
        String name = names == null ? null : names.nameOfFunction(frames.get(best));
        return (l.exact() ? "" : "entering ") + (name == null ? "func " + frames.get(best) : name)
                + " at " + l;
    }

    private Set<Integer> callLines(int caller, int callee) {
        Set<Integer> lines = new TreeSet<>();
        Set<Integer> indirect = new TreeSet<>();
        for (AnnotatedInstruction i : body(caller)) {
            if (i.opcode() == OpCode.CALL && i.operand(0) == callee) {
                lines.add(lineAt(caller, i.address()));
            } else if (i.opcode() == OpCode.CALL_INDIRECT) {
                indirect.add(lineAt(caller, i.address()));
            }
        }
        lines.remove(-1);
        indirect.remove(-1);
        return lines.isEmpty() ? indirect : lines;
    }

    private Set<Integer> trapLines(int index, String trap) {
        Set<OpCode> ops = switch (trap) {
            case "unreachable instruction executed" -> Set.of(OpCode.UNREACHABLE);
            case "integer divide by zero" -> Set.of(OpCode.I32_DIV_S, OpCode.I32_DIV_U, OpCode.I32_REM_S, OpCode.I32_REM_U,
                    OpCode.I64_DIV_S, OpCode.I64_DIV_U, OpCode.I64_REM_S, OpCode.I64_REM_U);
            default -> Set.of();
        };
        Set<Integer> lines = new TreeSet<>();
        if (trap.equals("call stack exhausted")) {
            return lines; // on entry: the def line
        }
        for (AnnotatedInstruction i : body(index)) {
            if (ops.contains(i.opcode())) {
                lines.add(lineAt(index, i.address()));
            }
        }
        lines.remove(-1);
        return lines;
    }

    private List<AnnotatedInstruction> body(int index) {
        if (index < imported) {
            return List.of();
        }
        return module.codeSection().getFunctionBody(index - imported).instructions();
    }
}
