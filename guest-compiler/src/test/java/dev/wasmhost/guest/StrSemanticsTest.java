package dev.wasmhost.guest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The str methods whose non-ASCII behaviour the guest runtime does not implement raise
 * NotImplementedError for non-ASCII text, like str.upper() (a documented difference, so these
 * cases are not in the CPython differential corpus); ASCII text gives CPython's results.
 */
class StrSemanticsTest {

    private static GuestRun run(String source) {
        return GuestRun.run(GuestRun.compileOrFail("strs.py", source));
    }

    @Test
    void caseMethodsOfNonAsciiTextRaiseNotImplementedError() {
        for (String m : new String[] {"title", "capitalize", "swapcase", "islower", "isupper", "isalnum", "isnumeric", "isdecimal"}) {
            GuestRun r = run("s = 'caf\u00e9'\nprint(s." + m + "())\n");
            assertThat(r.stdout()).as(m).isEmpty();
            assertThat(r.stderr()).as(m).contains("NotImplementedError: str." + m + "()");
            assertThat(r.exitCode()).as(m).isEqualTo(1);
        }
    }

    @Test
    void theNotImplementedErrorCanBeCaught() {
        GuestRun r = run("try:\n    print('\u00e9t\u00e9'.title())\nexcept NotImplementedError:\n    print('caught')\n"
                + "print('ete'.title(), 'ETE'.islower(), '42'.isdecimal())\n");
        assertThat(r.stdout()).isEqualTo("caught\nEte False True\n");
        assertThat(r.exitCode()).isZero();
    }
}
