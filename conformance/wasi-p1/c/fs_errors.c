/* Open errors: missing file, file used as directory, O_EXCL, writing a directory, bad fd. */
#include <fcntl.h>
#include <unistd.h>
#include "corpus.h"
static void try_open(const char *label, const char *path, int flags) {
    errno = 0;
    int fd = open(path, flags, 0644);
    printf("%s: %s\n", label, fd >= 0 ? "opened" : errno_name(errno));
    if (fd >= 0) close(fd);
}
int main(void) {
    try_open("missing", "sandbox/missing.txt", O_RDONLY);
    try_open("missing dir", "sandbox/missing/x.txt", O_WRONLY | O_CREAT);
    try_open("file as dir", "sandbox/hello.txt/x", O_RDONLY);
    try_open("excl", "sandbox/hello.txt", O_WRONLY | O_CREAT | O_EXCL);
    try_open("dir for write", "sandbox", O_WRONLY);
    try_open("directory flag on file", "sandbox/hello.txt", O_RDONLY | O_DIRECTORY);
    try_open("dir read-only", "sandbox", O_RDONLY);
    errno = 0;
    printf("close bad fd=%d %s\n", close(77), errno_name(errno));
    char c;
    errno = 0;
    printf("read bad fd=%zd %s\n", read(77, &c, 1), errno_name(errno));
    int fd = open("sandbox/hello.txt", O_RDONLY);
    errno = 0;
    printf("write read-only=%zd %s\n", write(fd, "x", 1), errno_name(errno));
    close(fd);
    return 0;
}
