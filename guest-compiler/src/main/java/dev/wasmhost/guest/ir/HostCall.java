package dev.wasmhost.guest.ir;

import java.util.List;

/**
 * Host functions the guest standard library calls (intrinsics {@code __NAME}, lowered to {@link IrOp#HOST}
 * whose first argument is the ordinal). Each belongs to one target: a call of one on the other target
 * compiles to {@code unreachable} (the library tests {@code __is_component()} first). Parameters and results
 * are wasm types ({@code 'i'} i32, {@code 'I'} i64); the guest passes and receives int (i64).
 */
public enum HostCall {
    // WASI preview 1
    ARGS_SIZES_GET(false, "wasi_snapshot_preview1", "args_sizes_get", "ii", "i"),
    ARGS_GET(false, "wasi_snapshot_preview1", "args_get", "ii", "i"),
    ENVIRON_SIZES_GET(false, "wasi_snapshot_preview1", "environ_sizes_get", "ii", "i"),
    ENVIRON_GET(false, "wasi_snapshot_preview1", "environ_get", "ii", "i"),
    CLOCK_TIME_GET(false, "wasi_snapshot_preview1", "clock_time_get", "iIi", "i"),
    RANDOM_GET(false, "wasi_snapshot_preview1", "random_get", "ii", "i"),
    POLL_ONEOFF(false, "wasi_snapshot_preview1", "poll_oneoff", "iiii", "i"),
    // files (stdlib/_wasmhost_files.py), preview 1
    FD_PRESTAT_GET(false, "wasi_snapshot_preview1", "fd_prestat_get", "ii", "i"),
    FD_PRESTAT_DIR_NAME(false, "wasi_snapshot_preview1", "fd_prestat_dir_name", "iii", "i"),
    PATH_OPEN(false, "wasi_snapshot_preview1", "path_open", "iiiiiIIii", "i"),
    FD_READ(false, "wasi_snapshot_preview1", "fd_read", "iiii", "i"),
    FD_CLOSE(false, "wasi_snapshot_preview1", "fd_close", "i", "i"),
    FD_FILESTAT_GET(false, "wasi_snapshot_preview1", "fd_filestat_get", "ii", "i"),
    FD_READDIR(false, "wasi_snapshot_preview1", "fd_readdir", "iiiIi", "i"),
    PATH_FILESTAT_GET(false, "wasi_snapshot_preview1", "path_filestat_get", "iiiii", "i"),
    // WASI 0.2 (component target)
    GET_ARGUMENTS(true, "wasi:cli/environment@0.2.0", "get-arguments", "i", ""),
    GET_ENVIRONMENT(true, "wasi:cli/environment@0.2.0", "get-environment", "i", ""),
    WALL_NOW(true, "wasi:clocks/wall-clock@0.2.0", "now", "i", ""),
    MONOTONIC_NOW(true, "wasi:clocks/monotonic-clock@0.2.0", "now", "", "I"),
    SUBSCRIBE_DURATION(true, "wasi:clocks/monotonic-clock@0.2.0", "subscribe-duration", "I", "i"),
    POLLABLE_BLOCK(true, "wasi:io/poll@0.2.0", "[method]pollable.block", "i", ""),
    POLLABLE_DROP(true, "wasi:io/poll@0.2.0", "[resource-drop]pollable", "i", ""),
    RANDOM_U64(true, "wasi:random/random@0.2.0", "get-random-u64", "", "I"),
    // files (stdlib/_wasmhost_files.py), WASI 0.2
    GET_DIRECTORIES(true, "wasi:filesystem/preopens@0.2.0", "get-directories", "i", ""),
    DESCRIPTOR_OPEN_AT(true, "wasi:filesystem/types@0.2.0", "[method]descriptor.open-at", "iiiiiii", ""),
    DESCRIPTOR_READ(true, "wasi:filesystem/types@0.2.0", "[method]descriptor.read", "iIIi", ""),
    DESCRIPTOR_WRITE(true, "wasi:filesystem/types@0.2.0", "[method]descriptor.write", "iiiIi", ""),
    DESCRIPTOR_GET_TYPE(true, "wasi:filesystem/types@0.2.0", "[method]descriptor.get-type", "ii", ""),
    DESCRIPTOR_STAT(true, "wasi:filesystem/types@0.2.0", "[method]descriptor.stat", "ii", ""),
    DESCRIPTOR_DROP(true, "wasi:filesystem/types@0.2.0", "[resource-drop]descriptor", "i", ""),
    DESCRIPTOR_STAT_AT(true, "wasi:filesystem/types@0.2.0", "[method]descriptor.stat-at", "iiiii", ""),
    DESCRIPTOR_READ_DIRECTORY(true, "wasi:filesystem/types@0.2.0", "[method]descriptor.read-directory", "ii", ""),
    READ_DIRECTORY_ENTRY(true, "wasi:filesystem/types@0.2.0", "[method]directory-entry-stream.read-directory-entry", "ii", ""),
    DIRECTORY_ENTRY_STREAM_DROP(true, "wasi:filesystem/types@0.2.0", "[resource-drop]directory-entry-stream", "i", "");

    public final boolean component;
    public final String module;
    public final String field;
    public final String params;
    public final String results;

    HostCall(boolean component, String module, String field, String params, String results) {
        this.component = component;
        this.module = module;
        this.field = field;
        this.params = params;
        this.results = results;
    }

    /** The intrinsic's name in the guest library: {@code __} and the field with '-', '[', ']', '.' as '_'. */
    public String intrinsic() {
        return "__" + name().toLowerCase();
    }

    /** True when the core module's lowering of this import needs {@code cabi_realloc} (a list result). */
    public boolean needsRealloc() {
        return this == GET_ARGUMENTS || this == GET_ENVIRONMENT || this == GET_DIRECTORIES || this == DESCRIPTOR_READ
                || this == READ_DIRECTORY_ENTRY;
    }

    public static List<HostCall> forTarget(boolean component) {
        return java.util.Arrays.stream(values()).filter(h -> h.component == component).toList();
    }
}
