/* exit(3) from a nested call runs atexit handlers and flushes stdio before leaving with 3. */
#include "corpus.h"
static void bye(void) { printf("atexit handler ran\n"); }
static void leave(void) { exit(3); }
int main(void) {
    atexit(bye);
    printf("exiting with 3\n");
    leave();
    printf("unreachable\n");
    return 0;
}
