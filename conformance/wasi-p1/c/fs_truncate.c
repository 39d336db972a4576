/* truncate() by path and ftruncate() by descriptor shrink and grow files (growth is zeros). */
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include "corpus.h"
static long long size_of(const char *p) { struct stat st; return stat(p, &st) == 0 ? (long long)st.st_size : -1; }
int main(void) {
    printf("truncate=%d\n", truncate("sandbox/digits.txt", 4));
    printf("size after truncate=%lld\n", size_of("sandbox/digits.txt"));
    int fd = open("sandbox/hello.txt", O_RDWR);
    printf("ftruncate shrink=%d\n", ftruncate(fd, 5));
    printf("ftruncate grow=%d\n", ftruncate(fd, 8));
    char buf[16];
    ssize_t n = pread(fd, buf, sizeof buf, 0);
    printf("read=%zd bytes:", n);
    for (ssize_t i = 0; i < n; i++) printf(" %02x", (unsigned char)buf[i]);
    printf("\n");
    close(fd);
    fd = open("sandbox/hello.txt", O_RDONLY);
    errno = 0;
    printf("ftruncate read-only=%d %s\n", ftruncate(fd, 0), errno == 0 ? "OK" : "error");
    close(fd);
    errno = 0;
    printf("truncate missing=%d %s\n", truncate("sandbox/none.txt", 1), errno_name(errno));
    return 0;
}
