/* Creates new files (O_CREAT, O_EXCL, O_TRUNC) and writes them; the host sees the bytes. */
#include <fcntl.h>
#include <unistd.h>
#include "corpus.h"
int main(void) {
    int fd = open("sandbox/new.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) { printf("create: %s\n", errno_name(errno)); return 1; }
    printf("write=%zd\n", write(fd, "fresh file\n", 11));
    printf("write=%zd\n", write(fd, "line two\n", 9));
    close(fd);
    int again = open("sandbox/new.txt", O_WRONLY | O_CREAT | O_EXCL, 0644);
    printf("excl on existing=%d %s\n", again, errno_name(errno));
    fd = open("sandbox/hello.txt", O_WRONLY | O_TRUNC);
    printf("truncate-open ok=%d\n", fd >= 0);
    printf("write=%zd\n", write(fd, "replaced\n", 9));
    close(fd);
    FILE *f = fopen("sandbox/stdio.txt", "w");
    fprintf(f, "written with stdio %d\n", 42);
    fclose(f);
    printf("new.txt=[%s]\n", slurp("sandbox/new.txt"));
    return 0;
}
