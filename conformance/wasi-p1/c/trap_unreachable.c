/* __builtin_trap() compiles to the unreachable instruction. */
#include <unistd.h>
int main(void) {
    write(1, "before unreachable\n", 19);
    write(2, "executing unreachable\n", 22);
    __builtin_trap();
}
