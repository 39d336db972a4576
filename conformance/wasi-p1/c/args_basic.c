/* argv arrives in order, with argv[0] the program name and arguments kept verbatim. */
#include "corpus.h"
int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 0; i < argc; i++) printf("argv[%d]=[%s]\n", i, argv[i]);
    return 0;
}
