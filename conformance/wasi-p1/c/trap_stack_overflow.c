/* Unbounded recursion through an opaque function pointer exhausts the engine's call stack
 * (the recursion keeps nothing in linear memory, so only the host's stack limit can stop it). */
#include <unistd.h>
static unsigned recurse(unsigned n);
static unsigned (*volatile next)(unsigned) = recurse;
static unsigned recurse(unsigned n) { return next(n + 1) + n; }
int main(void) {
    write(2, "recursing forever\n", 18);
    return (int)next(0);
}
