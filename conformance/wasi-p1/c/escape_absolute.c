/* Absolute paths handed straight to path_open / path_create_directory / path_filestat_get
 * relative to the preopen are refused; wasi-libc's own lookup finds no preopen for them. */
#include <fcntl.h>
#include <unistd.h>
#include <wasi/api.h>
#include "corpus.h"
static const char *raw(__wasi_errno_t e) {
    return e == 0 ? "ALLOWED" : (e == __WASI_ERRNO_NOTCAPABLE || e == __WASI_ERRNO_PERM) ? "denied" : errno_name(e);
}
int main(void) {
    __wasi_fd_t fd;
    const char *paths[] = {"/etc/passwd", "/outside/secret.txt", "/sandbox/hello.txt", "/", "/tmp/escaped.txt"};
    for (unsigned i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        __wasi_errno_t e = __wasi_path_open(3, 0, paths[i], 0, __WASI_RIGHTS_FD_READ, 0, 0, &fd);
        printf("path_open(sandbox, %s): %s\n", paths[i], raw(e));
    }
    printf("path_open create /tmp/escaped.txt: %s\n",
           raw(__wasi_path_open(3, 0, "/tmp/escaped.txt", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_WRITE, 0, 0, &fd)));
    printf("path_create_directory /tmp/escaped-dir: %s\n", raw(__wasi_path_create_directory(3, "/tmp/escaped-dir")));
    __wasi_filestat_t st;
    printf("path_filestat_get /etc: %s\n", raw(__wasi_path_filestat_get(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "/etc", &st)));
    printf("path_unlink_file /outside/secret.txt: %s\n", raw(__wasi_path_unlink_file(4, "/outside/secret.txt")));
    /* Through wasi-libc, an absolute path outside every preopen never reaches the host. */
    errno = 0;
    int r = open("/etc/passwd", O_RDONLY);
    printf("libc open /etc/passwd: %s\n", r >= 0 ? "ALLOWED" : (errno == ENOENT || errno == ENOTCAPABLE) ? "no preopen" : errno_name(errno));
    printf("outside secret=[%s]\n", slurp("outside/secret.txt"));
    return 0;
}
