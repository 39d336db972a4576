/* The realtime clock reads a plausible current date, has a resolution, and agrees with time(). */
#include <time.h>
#include <sys/time.h>
#include "corpus.h"
int main(void) {
    struct timespec ts, res;
    printf("clock_gettime=%d\n", clock_gettime(CLOCK_REALTIME, &ts));
    /* 2020-01-01 .. 2200-01-01: a real clock, not zero, not garbage. */
    check(ts.tv_sec > 1577836800LL && ts.tv_sec < 7258118400LL, "realtime is a plausible date");
    check(ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000L, "nanoseconds in range");
    printf("clock_getres=%d\n", clock_getres(CLOCK_REALTIME, &res));
    check(res.tv_sec == 0 && res.tv_nsec > 0 && res.tv_nsec <= 1000000000L, "resolution positive and at most 1s");
    time_t t = time(NULL);
    check(t >= ts.tv_sec && t - ts.tv_sec < 60, "time() agrees with clock_gettime");
    struct timeval tv;
    gettimeofday(&tv, NULL);
    check(tv.tv_sec >= ts.tv_sec && tv.tv_usec >= 0 && tv.tv_usec < 1000000, "gettimeofday agrees");
    return 0;
}
