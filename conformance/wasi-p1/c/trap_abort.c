/* abort() ends in the unreachable instruction: a trap, after stderr was written. */
#include "corpus.h"
int main(void) {
    fprintf(stderr, "about to abort\n");
    abort();
}
