/* The raw proc_exit(42) call ends the program at once with status 42. */
#include <wasi/api.h>
#include <unistd.h>
int main(void) {
    write(1, "exiting with 42\n", 16);
    __wasi_proc_exit(42);
}
