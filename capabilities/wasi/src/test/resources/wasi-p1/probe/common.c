// Helpers shared by the probe families.
#include "probe.h"

void say(const char *key, long long value) { printf("%s=%lld\n", key, value); }

__wasi_fd_t open_at(const char *path, __wasi_oflags_t oflags, __wasi_rights_t rights,
                           __wasi_fdflags_t fdflags, __wasi_errno_t *err) {
    __wasi_fd_t fd = (__wasi_fd_t)-1;
    *err = __wasi_path_open(DIR, 0, path, oflags, rights, 0, fdflags, &fd);
    return fd;
}

__wasi_errno_t write_str(__wasi_fd_t fd, const char *s, __wasi_size_t *n) {
    __wasi_ciovec_t iov = {(const uint8_t *)s, strlen(s)};
    return __wasi_fd_write(fd, &iov, 1, n);
}

__wasi_errno_t read_into(__wasi_fd_t fd, char *buf, size_t len, __wasi_size_t *n) {
    __wasi_iovec_t iov = {(uint8_t *)buf, len};
    __wasi_errno_t e = __wasi_fd_read(fd, &iov, 1, n);
    buf[e == 0 ? *n : 0] = 0;
    return e;
}

__wasi_errno_t open_errno(const char *path, __wasi_lookupflags_t lookup, __wasi_oflags_t oflags,
                                 __wasi_rights_t rights) {
    __wasi_fd_t fd;
    __wasi_errno_t e = __wasi_path_open(DIR, lookup, path, oflags, rights, 0, 0, &fd);
    if (e == 0) __wasi_fd_close(fd);
    return e;
}
