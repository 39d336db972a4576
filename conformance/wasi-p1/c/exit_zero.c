/* Returning 0 from main exits with status 0 after flushing stdout. */
#include "corpus.h"
int main(void) { printf("exiting with 0\n"); return 0; }
