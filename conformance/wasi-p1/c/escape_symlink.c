/* A symlink whose target lies outside the preopen (relative, absolute, or a link to "..")
 * cannot be followed for reading or writing; links that stay inside work. */
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include "corpus.h"
static void report(const char *what, int r) {
    printf("%s: %s\n", what, r >= 0 ? "ALLOWED" : denial(errno));
}
int main(void) {
    struct stat st;
    errno = 0; report("read escape_link", open("jail/escape_link", O_RDONLY));
    errno = 0; report("truncate escape_link", open("jail/escape_link", O_WRONLY | O_TRUNC));
    errno = 0; report("stat escape_link", stat("jail/escape_link", &st));
    errno = 0; report("read abs_link", open("jail/abs_link", O_RDONLY));
    errno = 0; report("read dir_link/outside/secret.txt", open("jail/dir_link/outside/secret.txt", O_RDONLY));
    errno = 0; report("create through dir_link", open("jail/dir_link/escaped.txt", O_WRONLY | O_CREAT, 0644));
    /* lstat and readlink look at the link itself, which is inside: allowed. */
    errno = 0; report("lstat escape_link", lstat("jail/escape_link", &st));
    char buf[64];
    ssize_t n = readlink("jail/escape_link", buf, sizeof buf - 1);
    buf[n < 0 ? 0 : n] = 0;
    printf("readlink escape_link: [%s]\n", buf);
    /* A link the guest makes itself is no better. */
    /* Hosts may refuse to create it or refuse to follow it; either way it must not reach out. */
    errno = 0;
    int made = symlink("../outside/secret.txt", "jail/made_link");
    int refused = made != 0 && strcmp(denial(errno), "denied") == 0;
    if (made == 0) {
        errno = 0;
        refused = open("jail/made_link", O_WRONLY | O_TRUNC) < 0 && strcmp(denial(errno), "denied") == 0;
    }
    printf("made_link refused: %s\n", refused ? "yes" : "NO");
    printf("read ok_link: [%s]\n", slurp("jail/ok_link"));
    printf("outside secret=[%s]\n", slurp("outside/secret.txt"));
    return 0;
}
