/* fd_fdstat_get reports file types and flags; fd_prestat names the preopened directory. */
#include <fcntl.h>
#include <unistd.h>
#include <wasi/api.h>
#include "corpus.h"
static const char *ftype(__wasi_filetype_t t) {
    switch (t) {
    case __WASI_FILETYPE_DIRECTORY: return "directory";
    case __WASI_FILETYPE_REGULAR_FILE: return "regular";
    case __WASI_FILETYPE_CHARACTER_DEVICE: return "chardev";
    case __WASI_FILETYPE_UNKNOWN: return "unknown";
    default: return "other";
    }
}
int main(void) {
    __wasi_prestat_t pre;
    printf("prestat 3=%d type=%d len=%d\n", __wasi_fd_prestat_get(3, &pre), pre.tag,
           (int)pre.u.dir.pr_name_len);
    char name[32] = {0};
    (void)__wasi_fd_prestat_dir_name(3, (uint8_t *)name, pre.u.dir.pr_name_len);
    printf("prestat name=[%s]\n", name);
    printf("prestat 4=%d\n", __wasi_fd_prestat_get(4, &pre));
    __wasi_fdstat_t st;
    printf("fdstat 3=%d %s\n", __wasi_fd_fdstat_get(3, &st), ftype(st.fs_filetype));
    int fd = open("sandbox/hello.txt", O_RDONLY);
    (void)__wasi_fd_fdstat_get(fd, &st);
    printf("file: %s append=%d can_read=%d can_write=%d\n", ftype(st.fs_filetype),
           !!(st.fs_flags & __WASI_FDFLAGS_APPEND), !!(st.fs_rights_base & __WASI_RIGHTS_FD_READ),
           !!(st.fs_rights_base & __WASI_RIGHTS_FD_WRITE));
    close(fd);
    fd = open("sandbox/hello.txt", O_WRONLY | O_APPEND);
    (void)__wasi_fd_fdstat_get(fd, &st);
    printf("append file: append=%d fcntl append=%d\n", !!(st.fs_flags & __WASI_FDFLAGS_APPEND),
           !!(fcntl(fd, F_GETFL) & O_APPEND));
    printf("set flags=%d\n", __wasi_fd_fdstat_set_flags(fd, 0));
    (void)__wasi_fd_fdstat_get(fd, &st);
    printf("after clearing: append=%d\n", !!(st.fs_flags & __WASI_FDFLAGS_APPEND));
    close(fd);
    printf("fdstat closed=%d\n", __wasi_fd_fdstat_get(fd, &st));
    printf("fdstat 99=%d\n", __wasi_fd_fdstat_get(99, &st));
    return 0;
}
