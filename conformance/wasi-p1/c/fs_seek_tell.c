/* lseek with SEEK_SET, SEEK_CUR and SEEK_END moves the offset; reads follow it. */
#include <fcntl.h>
#include <unistd.h>
#include "corpus.h"
static void show(int fd, const char *what) {
    char buf[4] = {0};
    ssize_t n = read(fd, buf, 3);
    printf("%s: read=%zd [%s] tell=%lld\n", what, n, buf, (long long)lseek(fd, 0, SEEK_CUR));
}
int main(void) {
    int fd = open("sandbox/digits.txt", O_RDONLY);
    if (fd < 0) { printf("open: %s\n", errno_name(errno)); return 1; }
    printf("start tell=%lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    show(fd, "first");
    printf("set 10 -> %lld\n", (long long)lseek(fd, 10, SEEK_SET));
    show(fd, "after set");
    printf("cur -5 -> %lld\n", (long long)lseek(fd, -5, SEEK_CUR));
    show(fd, "after cur");
    printf("end -2 -> %lld\n", (long long)lseek(fd, -2, SEEK_END));
    show(fd, "after end");
    printf("end +0 -> %lld\n", (long long)lseek(fd, 0, SEEK_END));
    show(fd, "at eof");
    errno = 0;
    printf("negative -> %lld %s\n", (long long)lseek(fd, -100, SEEK_SET), errno_name(errno));
    printf("past end -> %lld\n", (long long)lseek(fd, 100, SEEK_SET));
    show(fd, "past end");
    FILE *f = fopen("sandbox/digits.txt", "r");
    fseek(f, 7, SEEK_SET);
    printf("ftell=%ld getc=%c\n", ftell(f), fgetc(f));
    fclose(f);
    close(fd);
    return 0;
}
