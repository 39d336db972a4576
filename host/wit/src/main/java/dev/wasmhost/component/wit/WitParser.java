package dev.wasmhost.component.wit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses WIT text into an unresolved {@link WitSource}; names are checked only by
 * {@link WitResolver}.
 *
 * <pre>{@code
 * WitSource source = WitParser.parseFile(Path.of("wit/world.wit"));
 * }</pre>
 */
public final class WitParser {
  private WitParser() {}

  /** Parses a file; errors name {@code path:line:column}. */
  public static WitSource parseFile(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WitException(path + ": cannot read WIT file (" + e.getMessage()
          + "); check the path and permissions", e);
    }
    return parse(path.toString(), text);
  }

  /** Parses text; {@code sourceName} is what error messages call the text. */
  public static WitSource parse(String sourceName, String text) {
    return new WitSource(new Parser(new Lexer(sourceName, text)).parseFile());
  }

  /** Parses several texts (e.g. one package spread over files) in order. */
  static List<WitSource> parseAll(List<Path> paths) {
    List<WitSource> out = new ArrayList<>();
    for (Path p : paths) {
      out.add(parseFile(p));
    }
    return out;
  }
}
