/* Returning 1 from main exits with status 1. */
#include "corpus.h"
int main(void) { printf("exiting with 1\n"); return 1; }
