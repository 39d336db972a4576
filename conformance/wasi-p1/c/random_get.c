/* random_get fills buffers of any size with bytes that are not all zero and differ per call. */
#include <wasi/api.h>
#include <stdlib.h>
#include "corpus.h"
static int all_zero(const unsigned char *b, size_t n) {
    for (size_t i = 0; i < n; i++) if (b[i]) return 0;
    return 1;
}
int main(void) {
    static unsigned char a[4096], b[4096];
    printf("random_get a=%d\n", __wasi_random_get(a, sizeof a));
    printf("random_get b=%d\n", __wasi_random_get(b, sizeof b));
    check(!all_zero(a, sizeof a) && !all_zero(b, sizeof b), "not all zero");
    check(memcmp(a, b, sizeof a) != 0, "two calls differ");
    /* Every byte value shows up in 64 KiB of random data (fails with probability ~1e-100). */
    static unsigned char big[65536];
    printf("random_get big=%d\n", __wasi_random_get(big, sizeof big));
    int seen[256] = {0}, distinct = 0;
    for (size_t i = 0; i < sizeof big; i++) if (!seen[big[i]]++) distinct++;
    printf("distinct byte values=%d\n", distinct);
    printf("random_get empty=%d\n", __wasi_random_get(a, 0));
    unsigned char one = 0, tries = 0;
    while (one == 0 && tries++ < 50) (void)__wasi_random_get(&one, 1);
    check(one != 0, "single byte eventually non-zero");
    check(arc4random() != arc4random() || arc4random() != arc4random(), "arc4random varies");
    return 0;
}
