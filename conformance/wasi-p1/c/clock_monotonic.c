/* The monotonic clock never goes backwards over many reads and does advance. */
#include <time.h>
#include "corpus.h"
static long long now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}
int main(void) {
    long long first = now(), prev = first;
    int backwards = 0;
    for (int i = 0; i < 100000; i++) {
        long long t = now();
        if (t < prev) backwards++;
        prev = t;
    }
    check(backwards == 0, "never decreases over 100000 reads");
    /* Busy work until the clock moves, bounded so a frozen clock fails instead of hanging. */
    volatile unsigned x = 0;
    for (long i = 0; i < 200000000L && now() == first; i++) x += i;
    check(now() > first, "advances");
    struct timespec res;
    check(clock_getres(CLOCK_MONOTONIC, &res) == 0 && res.tv_sec == 0 && res.tv_nsec > 0, "resolution positive");
    return 0;
}
