/* readdir lists every entry (with . and ..) of a directory and of a subdirectory. */
#include <dirent.h>
#include "corpus.h"
static int cmp(const void *a, const void *b) { return strcmp((const char *)a, (const char *)b); }
static void list(const char *path) {
    DIR *d = opendir(path);
    if (!d) { printf("%s: %s\n", path, errno_name(errno)); return; }
    char names[64][64];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < 64) {
        const char *type = e->d_type == DT_DIR ? "dir" : e->d_type == DT_REG ? "file" : "other";
        snprintf(names[n++], 64, "%s %s", e->d_name, type);
    }
    closedir(d);
    qsort(names, n, sizeof names[0], cmp);
    printf("%s (%d entries):\n", path, n);
    for (int i = 0; i < n; i++) printf("  %s\n", names[i]);
}
int main(void) {
    list("tree");
    list("tree/sub");
    list("tree/a.txt");
    list("tree/missing");
    return 0;
}
