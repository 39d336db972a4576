/* stdout and stderr are separate streams; both reach the host in full. */
#include "corpus.h"
int main(void) {
    printf("hello, stdout\n");
    fflush(stdout);
    fprintf(stderr, "hello, stderr\n");
    printf("unicode: h\xc3\xa9llo w\xc3\xb6rld \xe2\x9c\x93\n");
    return 0;
}
