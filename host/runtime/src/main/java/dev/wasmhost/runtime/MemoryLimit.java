package dev.wasmhost.runtime;

import run.endive.wasm.types.MemoryLimits;

/** The most linear memory one instance may use, in bytes; {@link #UNLIMITED} keeps the module's own. */
public record MemoryLimit(long maxBytes) {
    public static final long PAGE_SIZE = 65536;
    public static final MemoryLimit UNLIMITED = new MemoryLimit(Long.MAX_VALUE);

    public MemoryLimit {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("memory limit must not be negative");
        }
    }

    /**
     * Clamps a memory's declared limits to this cap.
     *
     * @throws WasmhostException with {@link ExitCode#MEMORY_LIMIT} when even the initial size is
     *     over the cap
     */
    MemoryLimits clamp(MemoryLimits declared) {
        long maxPages = Math.min(maxBytes / PAGE_SIZE, MemoryLimits.MAX_PAGES);
        if (declared.initialPages() > maxPages) {
            throw new WasmhostException(
                    ExitCode.MEMORY_LIMIT,
                    String.format(
                            "the module needs %d bytes of memory at start, over the limit of %d"
                                    + " bytes: raise --max-memory",
                            declared.initialPages() * PAGE_SIZE,
                            maxBytes));
        }
        int maximum = (int) Math.min(declared.maximumPages(), maxPages);
        return new MemoryLimits(declared.initialPages(), maximum, declared.shared());
    }
}
