package dev.wasmhost.component.link;

import dev.wasmhost.runtime.ExitCode;
import dev.wasmhost.runtime.WasmhostException;

/**
 * A component cannot be linked or instantiated: a missing or mistyped import, a malformed instantiation, or a
 * feature this host does not implement. The message is one line naming what is wrong and where.
 */
public final class LinkException extends WasmhostException {
  LinkException(int exitCode, String message) {
    super(exitCode, message);
  }

  /** The host does not provide something the component imports. */
  static LinkException unresolved(String message) {
    return new LinkException(ExitCode.UNRESOLVED_IMPORT, message);
  }

  /** The component is inconsistent (an instantiation does not fit the module it instantiates). */
  static LinkException invalid(String message) {
    return new LinkException(ExitCode.INVALID_MODULE, message);
  }

  /** The component uses a feature this host does not implement yet. */
  static LinkException unsupported(String message) {
    return new LinkException(ExitCode.INVALID_MODULE, "unsupported: " + message);
  }
}
