/* The environment holds exactly the granted variables, values kept verbatim. */
#include "corpus.h"
extern char **environ;
static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
int main(void) {
    char *vars[64];
    int n = 0;
    for (char **e = environ; *e && n < 64; e++) vars[n++] = *e;
    qsort(vars, n, sizeof vars[0], cmp);
    printf("count=%d\n", n);
    for (int i = 0; i < n; i++) printf("%s\n", vars[i]);
    const char *g = getenv("GREETING");
    printf("GREETING=%s\n", g ? g : "(unset)");
    const char *m = getenv("MISSING");
    printf("MISSING=%s\n", m ? m : "(unset)");
    return 0;
}
