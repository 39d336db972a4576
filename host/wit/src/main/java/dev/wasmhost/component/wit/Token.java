package dev.wasmhost.component.wit;

/** One lexical token; {@code docs} holds the doc comments written just before it. */
record Token(Kind kind, String text, boolean escaped, int line, int column, String docs) {
  enum Kind {
    IDENT, INTEGER, VERSION, LBRACE("{"), RBRACE("}"), LPAREN("("), RPAREN(")"), LT("<"),
    GT(">"), COMMA(","), SEMI(";"), COLON(":"), DOT("."), EQ("="), ARROW("->"), STAR("*"),
    SLASH("/"), AT("@"), EOF;

    final String symbol;

    Kind() {
      this.symbol = null;
    }

    Kind(String symbol) {
      this.symbol = symbol;
    }
  }

  /** True for an identifier spelled {@code word} without a {@code %} escape (a keyword use). */
  boolean isKeyword(String word) {
    return kind == Kind.IDENT && !escaped && text.equals(word);
  }

  /** How the token reads in an error message. */
  String describe() {
    return kind == Kind.EOF ? "end of file" : "'" + (escaped ? "%" : "") + text + "'";
  }
}
