/* nanosleep (and usleep) block for at least the requested time on the monotonic clock. */
#include <time.h>
#include <unistd.h>
#include "corpus.h"
static long long now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}
int main(void) {
    long long t0 = now();
    struct timespec req = {0, 50 * 1000000L}, rem = {0, 0};
    printf("nanosleep=%d\n", nanosleep(&req, &rem));
    long long t1 = now();
    check(t1 - t0 >= 50 * 1000000LL, "50ms nanosleep advances the monotonic clock by >= 50ms");
    printf("usleep=%d\n", usleep(20000));
    check(now() - t1 >= 20 * 1000000LL, "20ms usleep advances the monotonic clock by >= 20ms");
    long long t2 = now();
    struct timespec zero = {0, 0};
    printf("zero sleep=%d\n", nanosleep(&zero, NULL));
    check(now() >= t2, "zero sleep returns");
    struct timespec bad = {0, 2000000000L};
    errno = 0;
    printf("invalid nanoseconds=%d %s\n", nanosleep(&bad, NULL), errno_name(errno));
    return 0;
}
