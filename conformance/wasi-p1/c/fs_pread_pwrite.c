/* pread and pwrite use explicit offsets and leave the file offset where it was. */
#include <fcntl.h>
#include <unistd.h>
#include "corpus.h"
int main(void) {
    int fd = open("sandbox/digits.txt", O_RDWR);
    char buf[8] = {0};
    read(fd, buf, 2);
    printf("after read tell=%lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    ssize_t n = pread(fd, buf, 5, 10);
    buf[n < 0 ? 0 : n] = 0;
    printf("pread=%zd [%s] tell=%lld\n", n, buf, (long long)lseek(fd, 0, SEEK_CUR));
    printf("pwrite=%zd tell=%lld\n", pwrite(fd, "XYZ", 3, 4), (long long)lseek(fd, 0, SEEK_CUR));
    printf("pread past end=%zd\n", pread(fd, buf, 5, 1000));
    printf("pwrite past end=%zd\n", pwrite(fd, "!", 1, 25));
    n = read(fd, buf, 4);
    buf[n < 0 ? 0 : n] = 0;
    printf("read continues=[%s]\n", buf);
    close(fd);
    int ro = open("sandbox/hello.txt", O_RDONLY);
    errno = 0;
    printf("pwrite read-only=%zd %s\n", pwrite(ro, "x", 1, 0), errno_name(errno));
    close(ro);
    return 0;
}
