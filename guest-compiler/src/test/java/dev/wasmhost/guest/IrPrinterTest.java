package dev.wasmhost.guest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.guest.ir.IrPrinter;
import org.junit.jupiter.api.Test;

class IrPrinterTest {

    @Test
    void printsTypedOperationsOfTheProgramWithoutTheRuntime() {
        String text = IrPrinter.print(GuestCompiler.lower("fib.py", """
                def fib(n: int) -> int:
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)


                print(f"{fib(10)}")
                """), false);
        assertThat(text).contains("def fib(n: int) -> int");
        assertThat(text).contains("if INT_LT(n, 2:int)");
        assertThat(text).contains("return INT_ADD(fib(INT_SUB(n, 1:int)), fib(INT_SUB(n, 2:int)))");
        assertThat(text).contains("PRINT(STR_CONCAT(STR_FROM_INT(fib(10:int)), \"\\n\":str))");
        assertThat(text).doesNotContain("rt.alloc");
    }

    @Test
    void exceptionsAndClosuresAreExplicitInTheIr() {
        String text = IrPrinter.print(GuestCompiler.lower("ex.py", """
                from typing import Callable


                def adder(n: int) -> Callable[[int], int]:
                    return lambda x: x + n


                def safe(a: int, b: int) -> int:
                    try:
                        return a // b
                    except ZeroDivisionError:
                        raise ValueError("bad")
                """), false);
        assertThat(text).contains("try\n");
        assertThat(text).contains("except as ");
        assertThat(text).contains("raise ValueError.$new(\"bad\":str)");
        assertThat(text).contains("MAKE_CLOSURE(\"adder.<locals>.<lambda>$0\":str, n$cell)");
        assertThat(text).contains("return INT_ADD(x, CELL_GET(TUPLE_GET($env, 1:int)))");
    }
}
