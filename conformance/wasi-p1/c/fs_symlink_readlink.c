/* symlink creates links inside the sandbox; readlink returns the target text; open follows. */
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include "corpus.h"
int main(void) {
    printf("symlink=%d\n", symlink("hello.txt", "sandbox/link.txt"));
    char buf[64];
    ssize_t n = readlink("sandbox/link.txt", buf, sizeof buf - 1);
    buf[n < 0 ? 0 : n] = 0;
    printf("readlink=%zd [%s]\n", n, buf);
    printf("through link=[%s]\n", slurp("sandbox/link.txt"));
    struct stat st;
    lstat("sandbox/link.txt", &st);
    printf("lstat symlink=%d\n", S_ISLNK(st.st_mode));
    stat("sandbox/link.txt", &st);
    printf("stat follows=%d size=%lld\n", S_ISREG(st.st_mode), (long long)st.st_size);
    mkdir("sandbox/sub", 0755);
    printf("symlink up=%d\n", symlink("../digits.txt", "sandbox/sub/up.txt"));
    printf("through up=[%s]\n", slurp("sandbox/sub/up.txt"));
    errno = 0;
    printf("symlink exists=%d %s\n", symlink("x", "sandbox/link.txt"), errno_name(errno));
    errno = 0;
    printf("readlink file=%zd %s\n", readlink("sandbox/hello.txt", buf, sizeof buf), errno_name(errno));
    printf("dangling=%d\n", symlink("nowhere.txt", "sandbox/dangling"));
    printf("through dangling=[%s]\n", slurp("sandbox/dangling"));
    printf("unlink link=%d\n", unlink("sandbox/dangling"));
    return 0;
}
