package dev.wasmhost.component.wit;

/**
 * A WIT document could not be read, parsed or resolved. The message is one line and starts with
 * {@code file:line:column:} when the problem has a place.
 */
public final class WitException extends RuntimeException {
  public WitException(String message) {
    super(message);
  }

  public WitException(String message, Throwable cause) {
    super(message, cause);
  }
}
