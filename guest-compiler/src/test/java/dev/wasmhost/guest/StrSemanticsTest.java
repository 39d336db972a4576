package dev.wasmhost.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * str methods on non-ASCII text (the CPython differential corpus, str_unicode_sweep.py, checks every
 * code point): the answers here were taken from CPython 3.11. Also checks that each Unicode table is
 * linked only into programs that reach it.
 */
class StrSemanticsTest {

    private static GuestRun run(String source) {
        return GuestRun.run(GuestRun.compileOrFail("strs.py", source));
    }

    @Test
    void caseMethodsOfNonAsciiTextFollowCPython() {
        GuestRun r = run("""
                s = 'caf\u00e9 \u00e9t\u00e9 stra\u00dfe'
                print(s.upper(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
                print('\u039f\u0394\u039f\u03a3 \u03a3'.lower(), '\u01c6emal'.title(), '\ufb01'.upper(), len('\u0130'.lower()))
                print('\u00e9'.islower(), '\u00c9'.isupper(), '\u01c5a'.istitle(), '\u0663'.isdecimal(), '\u00bd'.isnumeric(),
                      '\u00bd'.isdigit(), '\u00e9\u0663'.isalnum(), '\u00a0'.isspace(), '\u200b'.isprintable())
                print('a\u00a0b\u3000c'.split(), repr('\u3000x\u2009'.strip()), int('\u0663\u0664'), float('\u00a01.5'),
                      repr('\u00a0\u200b\u00e9'))
                """);
        assertThat(r.stdout()).isEqualTo("""
                CAF\u00c9 \u00c9T\u00c9 STRASSE Caf\u00e9 \u00c9t\u00e9 Stra\u00dfe Caf\u00e9 \u00e9t\u00e9 stra\u00dfe \
                CAF\u00c9 \u00c9T\u00c9 STRASSE caf\u00e9 \u00e9t\u00e9 strasse
                \u03bf\u03b4\u03bf\u03c2 \u03c3 \u01c5emal FI 2
                True True True True True False True True False
                ['a', 'b', 'c'] 'x' 34 1.5 '\\xa0\\u200b\u00e9'
                """);
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void iteratingOverANonAsciiStrVisitsEveryCodePointInOrder() {
        GuestRun r = run("""
                s = '\u00e9a\u20ac\uD83D\uDE00b' * 3
                out: list[str] = []
                for ch in s:
                    out.append(ch)
                back: list[str] = []
                for ch in reversed(s):
                    back.append(ch)
                print(''.join(out) == s, ''.join(back) == s[::-1], s[4], s[2], s[14], s[-1], s[0])
                """);
        assertThat(r.stdout()).isEqualTo("True True b \u20ac b b \u00e9\n");
    }

    @Test
    void unicodeTablesAreLinkedOnlyWhereReached() throws IOException {
        byte[] hello = GuestRun.compileOrFail("hello.py", "print('h\u00e9llo')\n");
        byte[] upper = GuestRun.compileOrFail("upper.py", "import sys\nprint(sys.argv[0].upper())\n");
        byte[] lower = GuestRun.compileOrFail("lower.py", "import sys\nprint(sys.argv[0].lower())\n");
        byte[] reprs = GuestRun.compileOrFail("reprs.py", "import sys\nprint(sys.argv)\n");
        byte[] alpha = GuestRun.compileOrFail("alpha.py", "import sys\nprint(sys.argv[0].isalpha())\n");
        assertThat(contains(alpha, "class")).isTrue();
        assertThat(contains(alpha, "flags")).as("isalpha() needs only the classification table").isFalse();
        // (every program reaches int() and repr() of a str where it reports an uncaught exception,
        // so the digits and printable tables, 6 KB, are in hello world too)
        assertThat(contains(hello, "flags")).isFalse();
        assertThat(contains(hello, "case")).isFalse();
        assertThat(contains(hello, "digits")).isTrue();
        assertThat(contains(upper, "case")).isTrue();
        assertThat(contains(lower, "flags")).as("lower() needs the flags for the final sigma").isTrue();
        assertThat(contains(reprs, "flags")).isFalse();
        assertThat(contains(reprs, "printable")).isTrue();
        assertThat(contains(reprs, "case")).isFalse();
    }

    /** Whether the module holds the table's first 64 bytes past its version word (its counts and first entries). */
    private static boolean contains(byte[] module, String table) throws IOException {
        byte[] data;
        try (InputStream in = StrSemanticsTest.class.getResourceAsStream("/dev/wasmhost/guest/runtime/unicode_" + table + ".bin")) {
            data = in.readAllBytes();
        }
        byte[] probe = Arrays.copyOfRange(data, 4, Math.min(data.length, 68));
        outer:
        for (int i = 0; i + probe.length <= module.length; i++) {
            for (int k = 0; k < probe.length; k++) {
                if (module[i + k] != probe[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
