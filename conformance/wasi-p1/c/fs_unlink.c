/* unlink removes a file; the name is gone afterwards; directories cannot be unlinked. */
#include <unistd.h>
#include <sys/stat.h>
#include "corpus.h"
int main(void) {
    printf("unlink=%d\n", unlink("sandbox/hello.txt"));
    printf("hello.txt=[%s]\n", slurp("sandbox/hello.txt"));
    errno = 0;
    printf("unlink again=%d %s\n", unlink("sandbox/hello.txt"), errno_name(errno));
    mkdir("sandbox/dir", 0755);
    errno = 0;
    int r = unlink("sandbox/dir");
    /* POSIX allows EISDIR or EPERM here; Linux hosts say EISDIR. */
    printf("unlink dir=%d %s\n", r, (errno == EISDIR || errno == EPERM) ? "refused" : errno_name(errno));
    printf("remove=%d\n", remove("sandbox/digits.txt"));
    return 0;
}
