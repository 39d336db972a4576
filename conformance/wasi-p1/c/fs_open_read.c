/* Opens a fixture file in the preopened directory and reads it in full, in pieces. */
#include <fcntl.h>
#include <unistd.h>
#include "corpus.h"
int main(void) {
    int fd = open("sandbox/hello.txt", O_RDONLY);
    if (fd < 0) { printf("open: %s\n", errno_name(errno)); return 1; }
    char buf[5];
    ssize_t n;
    size_t total = 0;
    printf("content=[");
    while ((n = read(fd, buf, sizeof buf)) > 0) { fwrite(buf, 1, (size_t)n, stdout); total += (size_t)n; }
    printf("]\nbytes=%zu last=%zd\n", total, n);
    printf("close=%d\n", close(fd));
    errno = 0;
    printf("read after close=%zd %s\n", read(fd, buf, 1), errno_name(errno));
    int missing = open("sandbox/no-such-file.txt", O_RDONLY);
    printf("open missing=%d %s\n", missing, errno_name(errno));
    return 0;
}
