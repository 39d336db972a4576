// The bundled example: greets its arguments and shows what the sandbox lets it see.
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    const char *who = argc > 1 ? argv[1] : "world";
    printf("Hello, %s! (from WebAssembly, running on wasmhost)\n", who);
    const char *home = getenv("HOME");
    printf("HOME is %s\n", home ? home : "not granted");
    return 0;
}
