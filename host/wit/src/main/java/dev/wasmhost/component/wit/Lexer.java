package dev.wasmhost.component.wit;

import java.util.regex.Pattern;

/** Splits WIT text into tokens on demand, collecting doc comments onto the following token. */
final class Lexer {
  // A WIT identifier: kebab-case words, each all lower-case or all upper-case (acronyms).
  private static final Pattern IDENT =
      Pattern.compile("([a-z][a-z0-9]*|[A-Z][A-Z0-9]*)(-([a-z][a-z0-9]*|[A-Z][A-Z0-9]*))*");
  private static final Pattern SEMVER = Pattern.compile(
      "(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
          + "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

  private final String source;
  private final String text;
  private int pos;
  private int line = 1;
  private int column = 1;

  Lexer(String source, String text) {
    this.source = source;
    this.text = text;
  }

  String source() {
    return source;
  }

  WitException error(int atLine, int atColumn, String message) {
    return new WitException(source + ":" + atLine + ":" + atColumn + ": " + message);
  }

  Token next() {
    StringBuilder docs = new StringBuilder();
    skipTrivia(docs);
    int startLine = line;
    int startColumn = column;
    String doc = docs.toString();
    if (pos >= text.length()) {
      return new Token(Token.Kind.EOF, "", false, startLine, startColumn, doc);
    }
    char c = text.charAt(pos);
    if (c == '_') {
      advance();
      return new Token(Token.Kind.IDENT, "_", false, startLine, startColumn, doc);
    }
    if (c == '%' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      boolean escaped = c == '%';
      if (escaped) {
        advance();
      }
      int start = pos;
      while (pos < text.length() && isIdentChar(text.charAt(pos))) {
        advance();
      }
      String word = text.substring(start, pos);
      if (!IDENT.matcher(word).matches()) {
        throw error(startLine, startColumn, "invalid identifier '" + word
            + "': use kebab-case words of lower-case (or all upper-case) letters and digits,"
            + " each starting with a letter");
      }
      return new Token(Token.Kind.IDENT, word, escaped, startLine, startColumn, doc);
    }
    if (c >= '0' && c <= '9') {
      int start = pos;
      while (pos < text.length()) {
        char d = text.charAt(pos);
        boolean dotThenMore = d == '.' && pos + 1 < text.length()
            && Character.isLetterOrDigit(text.charAt(pos + 1));
        if (Character.isLetterOrDigit(d) || d == '-' || d == '+' || dotThenMore) {
          advance();
        } else {
          break;
        }
      }
      String word = text.substring(start, pos);
      if (word.chars().allMatch(Character::isDigit)) {
        return new Token(Token.Kind.INTEGER, word, false, startLine, startColumn, doc);
      }
      if (!SEMVER.matcher(word).matches()) {
        throw error(startLine, startColumn, "invalid version '" + word
            + "': write a semantic version such as 0.2.0 or 1.0.0-rc.1");
      }
      return new Token(Token.Kind.VERSION, word, false, startLine, startColumn, doc);
    }
    if (c == '-' && pos + 1 < text.length() && text.charAt(pos + 1) == '>') {
      advance();
      advance();
      return new Token(Token.Kind.ARROW, "->", false, startLine, startColumn, doc);
    }
    for (Token.Kind kind : Token.Kind.values()) {
      if (kind.symbol != null && kind.symbol.length() == 1 && kind.symbol.charAt(0) == c) {
        advance();
        return new Token(kind, kind.symbol, false, startLine, startColumn, doc);
      }
    }
    throw error(startLine, startColumn, "unexpected character '" + c + "'");
  }

  private static boolean isIdentChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }

  private void advance() {
    if (text.charAt(pos) == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    pos++;
  }

  private boolean lookingAt(String s) {
    return text.startsWith(s, pos);
  }

  private void skipTrivia(StringBuilder docs) {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        advance();
      } else if (lookingAt("///") && !lookingAt("////")) {
        advance();
        advance();
        advance();
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != '\n') {
          advance();
        }
        String lineText = text.substring(start, pos).stripTrailing();
        appendDoc(docs, lineText.startsWith(" ") ? lineText.substring(1) : lineText);
      } else if (lookingAt("//")) {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          advance();
        }
      } else if (lookingAt("/*")) {
        blockComment(docs);
      } else {
        return;
      }
    }
  }

  private void blockComment(StringBuilder docs) {
    int startLine = line;
    int startColumn = column;
    boolean isDoc = lookingAt("/**") && !lookingAt("/**/") && !lookingAt("/***");
    advance();
    advance();
    int start = pos;
    int depth = 1;
    while (depth > 0) {
      if (pos >= text.length()) {
        throw error(startLine, startColumn, "unterminated block comment: close it with '*/'");
      }
      if (lookingAt("/*")) {
        depth++;
        advance();
        advance();
      } else if (lookingAt("*/")) {
        depth--;
        advance();
        advance();
      } else {
        advance();
      }
    }
    if (isDoc) {
      String body = text.substring(start + 1, pos - 2);
      for (String l : body.split("\n", -1)) {
        String t = l.strip();
        if (t.startsWith("*")) {
          t = t.substring(1);
          t = t.startsWith(" ") ? t.substring(1) : t;
        }
        appendDoc(docs, t.stripTrailing());
      }
      // Drop the blank first/last lines that "/**\n ... \n */" leaves behind.
      String trimmed = docs.toString().strip();
      docs.setLength(0);
      docs.append(trimmed);
    }
  }

  private static void appendDoc(StringBuilder docs, String lineText) {
    if (!docs.isEmpty()) {
      docs.append('\n');
    }
    docs.append(lineText);
  }
}
