// Test guest for the CLI: argv[1] picks what goes wrong.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) int divide(int a, int b) { return a / b; }

// The store after the call keeps clang from turning the recursion into a loop.
volatile int sink;
__attribute__((noinline)) int recurse(int depth) {
    int r = recurse(depth + 1) + depth;
    sink = r;
    return r;
}

int main(int argc, char **argv) {
    const char *what = argc > 1 ? argv[1] : "";
    if (strcmp(what, "exit") == 0) {
        printf("exiting with %s\n", argv[2]);
        fflush(stdout);
        exit(atoi(argv[2]));
    }
    if (strcmp(what, "divide") == 0) {
        printf("%d\n", divide(argc, argc - 2));
    }
    if (strcmp(what, "abort") == 0) {
        fprintf(stderr, "about to abort\n");
        abort();
    }
    if (strcmp(what, "oob") == 0) {
        volatile int *p = (int *)0x7fffff00;
        printf("%d\n", *p);
    }
    if (strcmp(what, "recurse") == 0) {
        printf("%d\n", recurse(0));
    }
    if (strcmp(what, "loop") == 0) {
        volatile unsigned long n = 0;
        for (;;) n++;
    }
    if (strcmp(what, "grow") == 0) {
        // Allocate 1 MiB blocks until malloc fails, then report how far it got.
        int blocks = 0;
        // Touching each block keeps the allocation from being optimised away.
        for (;;) {
            volatile char *block = malloc(1 << 20);
            if (block == NULL) break;
            block[0] = 1;
            blocks++;
        }
        printf("allocated %d MiB\n", blocks);
        abort();
    }
    if (strcmp(what, "args") == 0) {
        for (int i = 0; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
        const char *v = getenv("GREETING");
        printf("GREETING=%s\n", v ? v : "(unset)");
    }
    return 0;
}
