/* O_APPEND writes always land at the end, even after seeking back. */
#include <fcntl.h>
#include <unistd.h>
#include "corpus.h"
int main(void) {
    int fd = open("sandbox/hello.txt", O_WRONLY | O_APPEND);
    if (fd < 0) { printf("open: %s\n", errno_name(errno)); return 1; }
    printf("write=%zd\n", write(fd, "appended 1\n", 11));
    lseek(fd, 0, SEEK_SET);
    printf("write=%zd\n", write(fd, "appended 2\n", 11));
    close(fd);
    FILE *f = fopen("sandbox/log.txt", "a");
    fputs("log a\n", f);
    fclose(f);
    f = fopen("sandbox/log.txt", "a");
    fputs("log b\n", f);
    fclose(f);
    printf("hello.txt=[%s]\n", slurp("sandbox/hello.txt"));
    printf("log.txt=[%s]\n", slurp("sandbox/log.txt"));
    return 0;
}
