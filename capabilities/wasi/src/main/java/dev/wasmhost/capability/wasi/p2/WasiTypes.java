package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.WitTypes;
import dev.wasmhost.component.wit.Interface;
import dev.wasmhost.component.wit.Package;
import dev.wasmhost.component.wit.WitLibrary;
import dev.wasmhost.wit.wasi.io.streams.StreamsAdapter;

/** The ABI types of the bundled WASI 0.2 WIT, with one {@link ResourceType} per resource definition. */
final class WasiTypes {
    /** The version of the WIT the bindings were generated from. */
    static final String VERSION = StreamsAdapter.VERSION;

    private final WitTypes wit = new WitTypes();

    /** {@code wasi:io/streams} (no version) to its resolved interface, or null when not served. */
    Interface find(String iface) {
        int slash = iface.indexOf('/');
        if (slash < 0 || iface.indexOf('@') >= 0) {
            return null;
        }
        Package pkg = WitLibrary.host().find(iface.substring(0, slash) + "@" + VERSION);
        return pkg == null ? null : pkg.interfaces().get(iface.substring(slash + 1));
    }

    Interface require(String iface) {
        Interface found = find(iface);
        if (found == null) {
            throw new IllegalArgumentException("the WASI " + VERSION + " host does not serve interface '" + iface
                    + "'; name it without a version, e.g. wasi:io/streams");
        }
        return found;
    }

    ResourceType resource(String iface, String name) {
        return wit.resource(require(iface), name);
    }

    FuncType function(String iface, String function) {
        return wit.function(require(iface), function);
    }
}
