package dev.wasmhost.component.binary;

/**
 * Thrown when bytes are not a well-formed, valid component. The message is one line:
 * {@code offset 0x1a3: alias refers to instance 7, but only 3 instances are defined}.
 */
public final class ComponentFormatException extends RuntimeException {
  private final int offset;

  public ComponentFormatException(int offset, String problem) {
    super(String.format("offset 0x%x: %s", offset, oneLine(problem)));
    this.offset = offset;
  }

  /** Names quoted in messages come from the binary; escape control characters so the message stays one line. */
  private static String oneLine(String problem) {
    StringBuilder sb = new StringBuilder(problem.length());
    problem.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }

  /** Byte offset, from the start of the outermost binary, where the problem was found. */
  public int offset() {
    return offset;
  }
}
