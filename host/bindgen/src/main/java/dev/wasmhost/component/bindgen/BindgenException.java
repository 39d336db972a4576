package dev.wasmhost.component.bindgen;

/** WIT that bindgen cannot turn into Java, or output it cannot write. The message is one line. */
public final class BindgenException extends RuntimeException {
  public BindgenException(String message) {
    super(message);
  }

  public BindgenException(String message, Throwable cause) {
    super(message, cause);
  }
}
