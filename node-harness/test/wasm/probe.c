// Test guest for the harness: argv[1] picks what it does, so one binary covers the sandbox,
// the exit statuses and the traps.
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

__attribute__((noinline)) int divide(int a, int b) { return a / b; }

// The store after the call keeps it out of tail position (no loop), and nothing lives on the
// shadow stack in linear memory, so this exhausts the wasm call stack, not the memory.
volatile int sink;
__attribute__((noinline)) int recurse(int depth) {
    int below = recurse(depth + 1);
    sink = below;
    return depth;
}

static int list(const char *dir) {
    DIR *d = opendir(dir);
    if (d == NULL) {
        perror(dir);
        return 1;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) printf("%s\n", e->d_name);
    }
    closedir(d);
    return 0;
}

static int cat(const char *path) {
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        return 1;
    }
    int c;
    while ((c = fgetc(f)) != EOF) putchar(c);
    fclose(f);
    return 0;
}

static int write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        perror(path);
        return 1;
    }
    fputs(text, f);
    fclose(f);
    return 0;
}

int main(int argc, char **argv) {
    const char *what = argc > 1 ? argv[1] : "";
    if (strcmp(what, "args") == 0) {
        for (int i = 0; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
        return 0;
    }
    if (strcmp(what, "environ") == 0) {
        for (char **e = environ; *e != NULL; e++) printf("%s\n", *e);
        return 0;
    }
    if (strcmp(what, "ls") == 0 && argc > 2) return list(argv[2]);
    if (strcmp(what, "cat") == 0 && argc > 2) return cat(argv[2]);
    if (strcmp(what, "write") == 0 && argc > 3) return write_file(argv[2], argv[3]);
    if (strcmp(what, "stdin") == 0) {
        int c;
        while ((c = getchar()) != EOF) putchar(c);
        return 0;
    }
    if (strcmp(what, "exit") == 0 && argc > 2) {
        printf("exiting with %s\n", argv[2]);
        fflush(stdout);
        exit(atoi(argv[2]));
    }
    if (strcmp(what, "unreachable") == 0) {
        fprintf(stderr, "about to abort\n");
        abort();
    }
    if (strcmp(what, "divide") == 0) printf("%d\n", divide(argc, argc - 2));
    if (strcmp(what, "oob") == 0) {
        volatile int *p = (int *)0x7fffff00;
        printf("%d\n", *p);
    }
    if (strcmp(what, "recurse") == 0) printf("%d\n", recurse(0));
    if (strcmp(what, "loop") == 0) {
        volatile unsigned long n = 0;
        for (;;) n++;
    }
    if (strcmp(what, "grow") == 0) {
        // Touch every block so the allocations cannot be optimised away.
        int blocks = 0;
        volatile char *block;
        while ((block = malloc(1 << 20)) != NULL) {
            block[0] = 1;
            blocks++;
        }
        printf("allocated %d MiB\n", blocks);
        abort();
    }
    fprintf(stderr, "usage: probe args|environ|ls DIR|cat FILE|write FILE TEXT|stdin|exit N|"
                    "unreachable|divide|oob|recurse|loop|grow\n");
    return 2;
}
