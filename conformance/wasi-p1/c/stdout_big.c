/* Writes 5 MiB to stdout in mixed-size writes; the host must pass every byte in order. */
#include <unistd.h>
#include "corpus.h"
#define TOTAL (5 * 1024 * 1024)
int main(void) {
    static char buf[65536];
    size_t written = 0;
    unsigned state = 12345;
    while (written < TOTAL) {
        state = state * 1103515245u + 12345u;
        size_t chunk = 1 + (state >> 8) % sizeof buf;
        if (chunk > TOTAL - written) chunk = TOTAL - written;
        for (size_t i = 0; i < chunk; i++) buf[i] = 'a' + (char)((written + i) % 26);
        size_t off = 0;
        while (off < chunk) {
            ssize_t n = write(1, buf + off, chunk - off);
            if (n <= 0) return 2;
            off += (size_t)n;
        }
        written += chunk;
    }
    return 0;
}
