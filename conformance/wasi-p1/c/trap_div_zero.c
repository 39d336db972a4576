/* Integer division by zero traps in WebAssembly (no signal, no undefined value). */
#include <unistd.h>
#include <stdlib.h>
int main(int argc, char **argv) {
    (void)argv;
    volatile int zero = argc - 1; /* 0 when run without arguments, opaque to the optimizer */
    write(2, "dividing by zero\n", 17);
    volatile int r = 100 / zero;
    return r;
}
