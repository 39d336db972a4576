package dev.wasmhost.guest.syntax;

import java.util.Set;

/** Python's reserved words, which can never be used as names. */
final class Keywords {
    private static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    private Keywords() {}

    static boolean isKeyword(String word) {
        return KEYWORDS.contains(word);
    }
}
