/* poll_oneoff with one relative clock subscription waits at least the timeout and reports
 * exactly that subscription, with its userdata and no error. */
#include <wasi/api.h>
#include <time.h>
#include "corpus.h"
static long long now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}
int main(void) {
    __wasi_subscription_t sub = {0};
    sub.userdata = 0x1234567890abcdefULL;
    sub.u.tag = __WASI_EVENTTYPE_CLOCK;
    sub.u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    sub.u.u.clock.timeout = 30 * 1000000ULL;
    sub.u.u.clock.precision = 0;
    sub.u.u.clock.flags = 0;
    __wasi_event_t ev[2] = {0};
    __wasi_size_t n = 99;
    long long t0 = now();
    __wasi_errno_t e = __wasi_poll_oneoff(&sub, ev, 1, &n);
    long long t1 = now();
    printf("poll_oneoff=%d nevents=%d\n", e, (int)n);
    printf("userdata matches=%d type=%s error=%d\n", ev[0].userdata == sub.userdata,
           ev[0].type == __WASI_EVENTTYPE_CLOCK ? "clock" : "other", ev[0].error);
    check(t1 - t0 >= 30 * 1000000LL, "waited >= 30ms");
    /* Two clocks: the shorter one fires first and alone. */
    __wasi_subscription_t two[2] = {sub, sub};
    two[0].userdata = 1; two[0].u.u.clock.timeout = 10 * 1000000ULL;
    two[1].userdata = 2; two[1].u.u.clock.timeout = 5000 * 1000000ULL;
    t0 = now();
    e = __wasi_poll_oneoff(two, ev, 2, &n);
    printf("two clocks: poll_oneoff=%d nevents=%d first userdata=%d\n", e, (int)n, (int)ev[0].userdata);
    check(now() - t0 < 4000 * 1000000LL, "did not wait for the longer clock");
    return 0;
}
