/* utimensat and futimens set access and modification times that stat then reads back. */
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include "corpus.h"
int main(void) {
    struct timespec ts[2] = {{1000000000, 0}, {1234567890, 0}};
    printf("utimensat=%d\n", utimensat(AT_FDCWD, "sandbox/hello.txt", ts, 0));
    struct stat st;
    stat("sandbox/hello.txt", &st);
    printf("atime=%lld mtime=%lld\n", (long long)st.st_atim.tv_sec, (long long)st.st_mtim.tv_sec);
    int fd = open("sandbox/digits.txt", O_RDWR);
    struct timespec t2[2] = {{1500000000, 0}, {1600000000, 0}};
    printf("futimens=%d\n", futimens(fd, t2));
    fstat(fd, &st);
    printf("atime=%lld mtime=%lld\n", (long long)st.st_atim.tv_sec, (long long)st.st_mtim.tv_sec);
    struct timespec omit[2] = {{0, UTIME_OMIT}, {1700000000, 0}};
    printf("futimens omit atime=%d\n", futimens(fd, omit));
    fstat(fd, &st);
    printf("atime=%lld mtime=%lld\n", (long long)st.st_atim.tv_sec, (long long)st.st_mtim.tv_sec);
    close(fd);
    errno = 0;
    printf("missing=%d %s\n", utimensat(AT_FDCWD, "sandbox/missing", ts, 0), errno_name(errno));
    return 0;
}
