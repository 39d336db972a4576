/* A load past the end of linear memory traps. */
#include <unistd.h>
#include <stdint.h>
int main(void) {
    write(2, "reading out of bounds\n", 22);
    volatile uintptr_t addr = 0xFFFFFFF0u;
    return *(volatile int *)addr;
}
