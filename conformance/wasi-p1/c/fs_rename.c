/* rename moves files and directories, replaces an existing target, and reports errors. */
#include <sys/stat.h>
#include "corpus.h"
int main(void) {
    printf("file=%d\n", rename("sandbox/hello.txt", "sandbox/renamed.txt"));
    printf("renamed.txt=[%s]\n", slurp("sandbox/renamed.txt"));
    printf("hello.txt=[%s]\n", slurp("sandbox/hello.txt"));
    printf("mkdir=%d\n", mkdir("sandbox/d1", 0755));
    printf("into dir=%d\n", rename("sandbox/renamed.txt", "sandbox/d1/moved.txt"));
    printf("dir=%d\n", rename("sandbox/d1", "sandbox/d2"));
    printf("d2/moved.txt=[%s]\n", slurp("sandbox/d2/moved.txt"));
    printf("replace=%d\n", rename("sandbox/d2/moved.txt", "sandbox/digits.txt"));
    printf("digits.txt=[%s]\n", slurp("sandbox/digits.txt"));
    errno = 0;
    printf("missing=%d %s\n", rename("sandbox/nope", "sandbox/other"), errno_name(errno));
    return 0;
}
