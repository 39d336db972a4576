package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Value;

/** What every interface implementation shares: the types, the object table and the clock origin. */
final class Host {
    final WasiTypes types;
    final HostTable table = new HostTable();
    final WasiP2Config config;
    final ResourceType error;
    final ResourceType pollable;
    final ResourceType inputStream;
    final ResourceType outputStream;
    final ResourceType descriptor;
    final ResourceType directoryEntryStream;
    final ResourceType terminalInput;
    final ResourceType terminalOutput;
    /** Keys metadata-hash so the guest cannot read inode numbers out of it. */
    final long hashKey = new java.security.SecureRandom().nextLong();
    private final long origin = System.nanoTime();

    Host(WasiTypes types, WasiP2Config config) {
        this.types = types;
        this.config = config;
        this.error = types.resource("wasi:io/error", "error");
        this.pollable = types.resource("wasi:io/poll", "pollable");
        this.inputStream = types.resource("wasi:io/streams", "input-stream");
        this.outputStream = types.resource("wasi:io/streams", "output-stream");
        this.descriptor = types.resource("wasi:filesystem/types", "descriptor");
        this.directoryEntryStream = types.resource("wasi:filesystem/types", "directory-entry-stream");
        this.terminalInput = types.resource("wasi:cli/terminal-input", "terminal-input");
        this.terminalOutput = types.resource("wasi:cli/terminal-output", "terminal-output");
    }

    /** Monotonic nanoseconds since this host was created. */
    long monotonicNow() {
        return System.nanoTime() - origin;
    }

    /** A new own handle value for a host object. */
    Value own(ResourceType type, Object object) {
        return Values.own(type, table.add(type, object));
    }

    /**
     * The object behind a handle for functions whose result has no error case: an unknown rep is
     * a trap, as a bad handle is in the canonical ABI.
     */
    <T> T require(ResourceType type, int rep, Class<T> kind) {
        T found = table.get(type, rep, kind);
        if (found == null) {
            throw new AbiTrap("unknown " + type.name() + " handle (rep " + rep + "): it was dropped or never created");
        }
        return found;
    }

    /** A new {@code own<error>} carrying {@code message} (and a filesystem error code, or -1). */
    Value newError(String message, int errorCode) {
        return own(error, new IoError(message, errorCode));
    }
}
