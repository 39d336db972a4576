/* hello: the smallest WASI program; measures start-up, not execution. */
#include <stdio.h>

int main(void) {
    puts("Hello, world!");
    return 0;
}
