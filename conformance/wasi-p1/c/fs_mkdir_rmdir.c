/* mkdir creates nested directories; rmdir removes empty ones and refuses the rest. */
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "corpus.h"
int main(void) {
    printf("mkdir a=%d\n", mkdir("sandbox/a", 0755));
    printf("mkdir a/b=%d\n", mkdir("sandbox/a/b", 0755));
    errno = 0;
    printf("mkdir a again=%d %s\n", mkdir("sandbox/a", 0755), errno_name(errno));
    errno = 0;
    printf("mkdir x/y=%d %s\n", mkdir("sandbox/x/y", 0755), errno_name(errno));
    int fd = open("sandbox/a/b/f.txt", O_WRONLY | O_CREAT, 0644);
    write(fd, "in b", 4);
    close(fd);
    errno = 0;
    printf("rmdir non-empty=%d %s\n", rmdir("sandbox/a"), errno_name(errno));
    errno = 0;
    printf("rmdir file=%d %s\n", rmdir("sandbox/hello.txt"), errno_name(errno));
    printf("unlink f=%d\n", unlink("sandbox/a/b/f.txt"));
    printf("rmdir a/b=%d\n", rmdir("sandbox/a/b"));
    printf("mkdir keep=%d\n", mkdir("sandbox/keep", 0755));
    errno = 0;
    printf("rmdir missing=%d %s\n", rmdir("sandbox/missing"), errno_name(errno));
    struct stat st;
    printf("a is dir=%d\n", stat("sandbox/a", &st) == 0 && S_ISDIR(st.st_mode));
    return 0;
}
