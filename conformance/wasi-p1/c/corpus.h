/* Small helpers shared by the C programs of the corpus. */
#ifndef CORPUS_H
#define CORPUS_H
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Symbolic errno name, so that expectations do not depend on strerror wording. */
static inline const char *errno_name(int e) {
    switch (e) {
    case 0: return "OK";
    case EACCES: return "EACCES";
    case EBADF: return "EBADF";
    case EEXIST: return "EEXIST";
    case EINVAL: return "EINVAL";
    case EISDIR: return "EISDIR";
    case ELOOP: return "ELOOP";
    case ENOENT: return "ENOENT";
    case ENOTDIR: return "ENOTDIR";
    case ENOTEMPTY: return "ENOTEMPTY";
    case ENOTCAPABLE: return "ENOTCAPABLE";
    case EPERM: return "EPERM";
    case ESPIPE: return "ESPIPE";
    case EXDEV: return "EXDEV";
    default: {
        static char buf[32];
        snprintf(buf, sizeof buf, "errno%d", e);
        return buf;
    }
    }
}

/* A sandbox escape must be refused as a capability error: WASI hosts answer either
 * ENOTCAPABLE (uvwasi, older wasmtime) or EPERM (wasmtime with cap-std). */
static inline const char *denial(int e) {
    return (e == ENOTCAPABLE || e == EPERM) ? "denied" : errno_name(e);
}

static inline void check(int ok, const char *what) {
    printf("%s: %s\n", what, ok ? "ok" : "FAILED");
}

/* Reads a whole file into a static buffer; returns its text or an "<errno>" marker. */
static inline const char *slurp(const char *path) {
    static char buf[4096];
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(buf, sizeof buf, "<%s>", errno_name(errno));
        return buf;
    }
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    return buf;
}
#endif
