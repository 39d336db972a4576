package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.capability.wasi.WasiConfig;
import static dev.wasmhost.capability.wasi.p2.Guest.borrow;
import static dev.wasmhost.capability.wasi.p2.Guest.flags;
import static dev.wasmhost.capability.wasi.p2.Guest.str;

import dev.wasmhost.component.abi.Value;
import java.nio.file.Path;
import java.util.List;

/** A guest with one preopen ("sandbox") and short calls into wasi:filesystem/types. */
final class Fs {
    static final String TYPES = "wasi:filesystem/types";
    static final String M = "[method]descriptor.";
    // descriptor-flags
    static final int READ = 0;
    static final int WRITE = 1;
    static final int MUTATE = 5;
    // open-flags
    static final int CREATE = 0;
    static final int DIRECTORY = 1;
    static final int EXCLUSIVE = 2;
    static final int TRUNCATE = 3;

    final Guest g;
    final Value root;

    Fs(Path dir) {
        g = new Guest(WasiConfig.builder().preopen(dir, "sandbox").build());
        Value.ListValue dirs = (Value.ListValue) g.get("wasi:filesystem/preopens", "get-directories");
        root = ((Value.TupleValue) dirs.values().get(0)).values().get(0);
    }

    Value call(Value self, String method, Value... rest) {
        Value[] args = new Value[rest.length + 1];
        args[0] = borrow(self);
        System.arraycopy(rest, 0, args, 1, rest.length);
        return g.get(TYPES, M + method, args);
    }

    Value openAt(Value dir, boolean follow, String path, Value openFlags, Value descriptorFlags) {
        return call(dir, "open-at", follow ? flags(0) : flags(), str(path), openFlags, descriptorFlags);
    }

    /** Creates (or truncates) {@code path} for reading and writing; returns the own descriptor. */
    Value create(String path) {
        return Guest.ok(openAt(root, false, path, flags(CREATE, TRUNCATE), flags(READ, WRITE)));
    }

    static Value.EnumValue code(Value result) {
        return (Value.EnumValue) Guest.err(result);
    }

    static List<Value> fields(Value record) {
        return ((Value.RecordValue) record).fields();
    }
}
