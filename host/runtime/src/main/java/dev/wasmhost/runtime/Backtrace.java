package dev.wasmhost.runtime;

import java.util.ArrayList;
import java.util.List;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.NameCustomSection;

/**
 * Recovers the wasm call stack of a trap from the JVM stack trace. Endive's compiler emits one
 * JVM method per wasm function, named {@code func_<index>}; the module's name section turns
 * indices into names. The interpreter keeps its frames on a heap stack that a trap does not
 * expose, so there the backtrace is empty.
 */
final class Backtrace {
    private static final int MAX_FRAMES = 16;

    private Backtrace() {}

    static List<String> of(Throwable trap, WasmModule module) {
        return of(trap, module, "");
    }

    /**
     * The frames, each with its Python file and line when the module has a {@code wasmhost.lines}
     * section (see {@link PythonLines}); {@code trap} describes the trap.
     */
    static List<String> of(Throwable trap, WasmModule module, String what) {
        NameCustomSection names = module.nameSection();
        List<Integer> indices = indices(trap, module);
        PythonLines python = PythonLines.of(module);
        List<PythonLines.Location> where = python == null ? null : python.locate(indices, what);
        List<String> frames = new ArrayList<>();
        for (int k = 0; k < indices.size() && k < MAX_FRAMES; k++) {
            int index = indices.get(k);
            String name = names == null ? null : names.nameOfFunction(index);
            PythonLines.Location at = where == null ? null : where.get(k);
            frames.add(String.format("#%d %s(func %d)%s", k, name == null ? "" : name + " ", index,
                    at == null ? "" : " at " + at + (at.exact() ? "" : " (entering the function)")));
        }
        if (indices.size() > MAX_FRAMES) {
            frames.add("... " + (indices.size() - MAX_FRAMES) + " more frames");
        }
        return frames;
    }

    /** The wasm functions on the stack of a trap (indices, innermost first): compiled code only. */
    static List<Integer> indices(Throwable trap, WasmModule module) {
        int imported = module.importSection().count(run.endive.wasm.types.ExternalType.FUNCTION);
        List<Integer> frames = new ArrayList<>();
        for (Throwable t = trap; t != null; t = t.getCause()) {
            for (StackTraceElement e : t.getStackTrace()) {
                String method = e.getMethodName();
                if (!method.startsWith("func_")) {
                    continue;
                }
                int index;
                try {
                    index = Integer.parseInt(method.substring("func_".length()));
                } catch (NumberFormatException notOurs) {
                    continue;
                }
                if (index >= imported) {
                    frames.add(index);
                }
            }
            if (!frames.isEmpty()) {
                break;
            }
        }
        return frames;
    }
}
