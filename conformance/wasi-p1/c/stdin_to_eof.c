/* Reads stdin until EOF in small reads, then reports its size, line count and a checksum. */
#include <unistd.h>
#include "corpus.h"
int main(void) {
    char buf[7];
    size_t total = 0, lines = 0;
    unsigned sum = 0;
    for (;;) {
        ssize_t n = read(0, buf, sizeof buf);
        if (n < 0) { printf("read failed: %s\n", errno_name(errno)); return 1; }
        if (n == 0) break;
        for (ssize_t i = 0; i < n; i++) {
            sum = sum * 31 + (unsigned char)buf[i];
            if (buf[i] == '\n') lines++;
            putchar(buf[i] >= 'a' && buf[i] <= 'z' ? buf[i] - 32 : buf[i]);
        }
        total += (size_t)n;
    }
    /* A second read at EOF keeps returning 0. */
    ssize_t again = read(0, buf, sizeof buf);
    printf("bytes=%zu lines=%zu sum=%u again=%zd\n", total, lines, sum, again);
    return 0;
}
