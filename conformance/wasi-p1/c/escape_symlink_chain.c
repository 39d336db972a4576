/* A chain of in-sandbox symlinks whose last hop leaves the preopen is refused; the same
 * chain ending inside resolves; a self-referencing loop ends with ELOOP. */
#include <fcntl.h>
#include <unistd.h>
#include "corpus.h"
int main(void) {
    errno = 0;
    int fd = open("jail/chain1", O_RDONLY);
    printf("read chain1: %s\n", fd >= 0 ? "ALLOWED" : denial(errno));
    errno = 0;
    fd = open("jail/chain1", O_WRONLY | O_TRUNC);
    printf("truncate chain1: %s\n", fd >= 0 ? "ALLOWED" : denial(errno));
    printf("read chain_ok1: [%s]\n", slurp("jail/chain_ok1"));
    symlink("loop_b", "jail/loop_a");
    symlink("loop_a", "jail/loop_b");
    errno = 0;
    fd = open("jail/loop_a", O_RDONLY);
    printf("read loop_a: %s\n", fd >= 0 ? "ALLOWED" : errno_name(errno));
    printf("outside secret=[%s]\n", slurp("outside/secret.txt"));
    return 0;
}
