/* stat and fstat report type, size and link count of files and directories. */
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include "corpus.h"
static const char *kind(mode_t m) {
    return S_ISREG(m) ? "file" : S_ISDIR(m) ? "dir" : S_ISLNK(m) ? "symlink" : S_ISCHR(m) ? "chardev" : "other";
}
int main(void) {
    struct stat st;
    printf("stat file=%d %s size=%lld nlink=%d\n", stat("sandbox/digits.txt", &st), kind(st.st_mode),
           (long long)st.st_size, (int)st.st_nlink);
    printf("stat dir=%d %s\n", stat("sandbox", &st), kind(st.st_mode));
    int fd = open("sandbox/hello.txt", O_RDWR);
    printf("fstat=%d %s size=%lld\n", fstat(fd, &st), kind(st.st_mode), (long long)st.st_size);
    write(fd, "0123456789012345678901234567890123456789", 40);
    fstat(fd, &st);
    printf("fstat after overwrite size=%lld\n", (long long)st.st_size);
    struct stat st2;
    stat("sandbox/hello.txt", &st2);
    printf("same inode=%d same dev=%d\n", st.st_ino == st2.st_ino, st.st_dev == st2.st_dev);
    close(fd);
    errno = 0;
    printf("stat missing=%d %s\n", stat("sandbox/missing", &st), errno_name(errno));
    printf("mtime set=%d\n", st2.st_mtim.tv_sec > 0);
    return 0;
}
