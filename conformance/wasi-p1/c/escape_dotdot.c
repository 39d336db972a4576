/* ".." that climbs out of the preopened directory is refused for every kind of access,
 * even when the target is another preopen; files outside stay untouched. */
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include "corpus.h"
static void report(const char *what, int r) {
    printf("%s: %s\n", what, r >= 0 ? "ALLOWED" : denial(errno));
}
int main(void) {
    struct stat st;
    errno = 0; report("read ../outside/secret.txt", open("sandbox/../outside/secret.txt", O_RDONLY));
    errno = 0; report("truncate-open ../outside/secret.txt", open("sandbox/../outside/secret.txt", O_WRONLY | O_TRUNC));
    errno = 0; report("create ../escaped.txt", open("sandbox/../escaped.txt", O_WRONLY | O_CREAT, 0644));
    mkdir("sandbox/sub", 0755);
    errno = 0; report("deep create", open("sandbox/sub/../../escaped2.txt", O_WRONLY | O_CREAT, 0644));
    errno = 0; report("stat ..", stat("sandbox/..", &st));
    errno = 0; report("mkdir ../newdir", mkdir("sandbox/../newdir", 0755));
    errno = 0; report("unlink ../outside/secret.txt", unlink("sandbox/../outside/secret.txt"));
    errno = 0; report("rename out", rename("sandbox/hello.txt", "sandbox/../moved.txt"));
    errno = 0; report("rename in", rename("sandbox/../outside/secret.txt", "sandbox/stolen.txt"));
    errno = 0; report("symlink at ..", symlink("hello.txt", "sandbox/../link"));
    /* Staying inside is fine even with ".." in the middle. */
    errno = 0; report("inside sub/../hello.txt", open("sandbox/sub/../hello.txt", O_RDONLY));
    printf("outside secret=[%s]\n", slurp("outside/secret.txt"));
    return 0;
}
