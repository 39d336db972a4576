/* small: a reactor module (no _start) for the in-process benchmarks: instantiation with a fresh
 * WASI context, and the cost of calling a tiny export. greet() keeps real WASI imports in it. */
#include <stdio.h>

__attribute__((export_name("add"))) int add(int a, int b) {
    return a + b;
}

__attribute__((export_name("greet"))) void greet(void) {
    puts("hello from small");
    fflush(stdout);
}
