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
        NameCustomSection names = module.nameSection();
        int imported = module.importSection().count(run.endive.wasm.types.ExternalType.FUNCTION);
        List<String> frames = new ArrayList<>();
        int skipped = 0;
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
                if (index < imported) {
                    continue;
                }
                if (frames.size() == MAX_FRAMES) {
                    skipped++;
                    continue;
                }
                String name = names == null ? null : names.nameOfFunction(index);
                frames.add(
                        String.format(
                                "#%d %s(func %d)",
                                frames.size(),
                                name == null ? "" : name + " ",
                                index));
            }
            if (!frames.isEmpty()) {
                break;
            }
        }
        if (skipped > 0) {
            frames.add("... " + skipped + " more frames");
        }
        return frames;
    }
}
