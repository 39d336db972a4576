package dev.wasmhost.guest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * int is 64-bit in the guest language: where CPython would grow a big integer, the guest raises
 * OverflowError (a documented difference, so these cases are not in the CPython differential corpus).
 */
class IntSemanticsTest {

    private static GuestRun run(String source) {
        return GuestRun.run(GuestRun.compileOrFail("ints.py", source));
    }

    @Test
    void additionPastInt64RaisesOverflowError() {
        GuestRun r = run("x = 9223372036854775807\nprint('before')\nprint(x + 1)\n");
        assertThat(r.stdout()).isEqualTo("before\n");
        assertThat(r.stderr()).startsWith("OverflowError: integer overflow");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void subtractionAndNegationPastInt64RaiseOverflowError() {
        assertThat(run("x = -9223372036854775807 - 1\nprint(x - 1)\n").stderr()).startsWith("OverflowError");
        assertThat(run("x = -9223372036854775807 - 1\nprint(-x)\n").stderr()).startsWith("OverflowError");
    }

    @Test
    void multiplicationAndPowerPastInt64RaiseOverflowError() {
        assertThat(run("x = 3037000500\nprint(x * x)\n").stderr()).startsWith("OverflowError");
        assertThat(run("print(2 ** 63)\n").stderr()).startsWith("OverflowError");
        assertThat(run("print(2 ** 62)\n").stdout()).isEqualTo("4611686018427387904\n");
    }

    @Test
    void largestProductsThatFitAreExact() {
        GuestRun r = run("x = 3037000499\nprint(x * x, -x * x, (1 << 62) + ((1 << 62) - 1))\n");
        assertThat(r.stdout()).isEqualTo("9223372030926249001 -9223372030926249001 9223372036854775807\n");
    }
}
