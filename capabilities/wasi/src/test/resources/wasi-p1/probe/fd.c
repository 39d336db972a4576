// Probe: fd_* functions on files, streams and directories.
#include "probe.h"

void cmd_fileio(void) {
    __wasi_errno_t e;
    __wasi_size_t n;
    __wasi_filesize_t pos;
    char buf[64];
    __wasi_fd_t fd = open_at("io.txt", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC, RW | __WASI_RIGHTS_FD_SYNC, 0, &e);
    say("open", e);
    say("write", write_str(fd, "hello world", &n));
    say("written", n);
    say("tell", __wasi_fd_tell(fd, &pos));
    say("tell_pos", pos);
    say("seek_set", __wasi_fd_seek(fd, 6, __WASI_WHENCE_SET, &pos));
    say("seek_set_pos", pos);
    say("read", read_into(fd, buf, 5, &n));
    printf("read_data=%s\n", buf);
    say("seek_cur", __wasi_fd_seek(fd, -3, __WASI_WHENCE_CUR, &pos));
    say("seek_cur_pos", pos);
    say("seek_end", __wasi_fd_seek(fd, -2, __WASI_WHENCE_END, &pos));
    say("seek_end_pos", pos);
    say("seek_negative", __wasi_fd_seek(fd, -100, __WASI_WHENCE_SET, &pos));
    say("seek_bad_whence", __wasi_fd_seek(fd, 0, 7, &pos));
    __wasi_iovec_t iov = {(uint8_t *)buf, 5};
    say("pread", __wasi_fd_pread(fd, &iov, 1, 0, &n));
    buf[n] = 0;
    printf("pread_data=%s\n", buf);
    __wasi_ciovec_t c = {(const uint8_t *)"HELLO", 5};
    say("pwrite", __wasi_fd_pwrite(fd, &c, 1, 0, &n));
    say("tell_after_pwrite", (__wasi_fd_tell(fd, &pos), pos));
    say("seek_start", __wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &pos));
    say("read_all", read_into(fd, buf, sizeof buf - 1, &n));
    printf("content=%s\n", buf);
    say("read_at_eof", read_into(fd, buf, 8, &n));
    say("read_at_eof_n", n);
    say("sync", __wasi_fd_sync(fd));
    say("datasync", __wasi_fd_datasync(fd));
    say("advise", __wasi_fd_advise(fd, 0, 100, __WASI_ADVICE_SEQUENTIAL));
    say("advise_bad", __wasi_fd_advise(fd, 0, 100, 9));
    say("allocate", __wasi_fd_allocate(fd, 0, 100));
    __wasi_filestat_t st;
    __wasi_fd_filestat_get(fd, &st);
    say("size_after_allocate", st.size);
    say("close", __wasi_fd_close(fd));
    say("close_again", __wasi_fd_close(fd));
    say("read_closed", read_into(fd, buf, 4, &n));
    say("seek_stdout", __wasi_fd_seek(1, 0, __WASI_WHENCE_CUR, &pos));
    say("tell_dir", __wasi_fd_tell(DIR, &pos));
    say("read_dir", read_into(DIR, buf, 4, &n));
    say("pread_dir", __wasi_fd_pread(DIR, &iov, 1, 0, &n));
    say("write_dir", write_str(DIR, "x", &n));
    say("sync_dir", __wasi_fd_sync(DIR));
    say("datasync_dir", __wasi_fd_datasync(DIR));
    say("advise_dir", __wasi_fd_advise(DIR, 0, 0, __WASI_ADVICE_DONTNEED));
    say("allocate_dir", __wasi_fd_allocate(DIR, 0, 1));
    say("set_flags_dir", __wasi_fd_fdstat_set_flags(DIR, __WASI_FDFLAGS_NONBLOCK));
    say("set_size_dir", __wasi_fd_filestat_set_size(DIR, 0));
    say("write_stdin", write_str(0, "x", &n));
    say("pwrite_stdout", __wasi_fd_pwrite(1, &c, 1, 0, &n));
    say("pread_stdin", __wasi_fd_pread(0, &iov, 1, 0, &n));
    fd = open_at("io.txt", 0, __WASI_RIGHTS_FD_READ, 0, &e);
    say("write_readonly", write_str(fd, "x", &n));
    __wasi_fd_close(fd);
    fd = open_at("io.txt", 0, __WASI_RIGHTS_FD_WRITE, 0, &e);
    say("read_writeonly", read_into(fd, buf, 4, &n));
    __wasi_fd_close(fd);
}

void cmd_append(void) {
    __wasi_errno_t e;
    __wasi_size_t n;
    __wasi_fdstat_t fs;
    char buf[64];
    __wasi_fd_t fd = open_at("log.txt", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC, RW, 0, &e);
    write_str(fd, "0123456789", &n);
    __wasi_fd_close(fd);
    fd = open_at("log.txt", 0, RW, __WASI_FDFLAGS_APPEND, &e);
    say("open_append", e);
    __wasi_fd_fdstat_get(fd, &fs);
    say("fdstat_append_flag", (fs.fs_flags & __WASI_FDFLAGS_APPEND) != 0);
    say("append_write", write_str(fd, "ab", &n));
    __wasi_ciovec_t c = {(const uint8_t *)"XY", 2};
    say("append_pwrite", __wasi_fd_pwrite(fd, &c, 1, 2, &n));
    say("set_flags_clear", __wasi_fd_fdstat_set_flags(fd, 0));
    __wasi_filesize_t pos;
    __wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &pos);
    write_str(fd, "Z", &n);
    say("set_flags_append", __wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_APPEND));
    write_str(fd, "!", &n);
    say("set_flags_invalid", __wasi_fd_fdstat_set_flags(fd, 0x100));
    __wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &pos);
    read_into(fd, buf, sizeof buf - 1, &n);
    printf("content=%s\n", buf);
    __wasi_fd_close(fd);
}

void cmd_fdstat(void) {
    __wasi_fdstat_t fs;
    for (int fd = 0; fd <= 3; fd++) {
        char key[32];
        snprintf(key, sizeof key, "fdstat_%d", fd);
        say(key, __wasi_fd_fdstat_get(fd, &fs));
        snprintf(key, sizeof key, "filetype_%d", fd);
        say(key, fs.fs_filetype);
    }
    __wasi_fd_fdstat_get(0, &fs);
    say("stdin_can_read", (fs.fs_rights_base & __WASI_RIGHTS_FD_READ) != 0);
    __wasi_fd_fdstat_get(1, &fs);
    say("stdout_can_write", (fs.fs_rights_base & __WASI_RIGHTS_FD_WRITE) != 0);
    say("fdstat_closed", __wasi_fd_fdstat_get(77, &fs));
    __wasi_fd_fdstat_get(DIR, &fs);
    __wasi_rights_t dir_rights = __WASI_RIGHTS_PATH_CREATE_DIRECTORY | __WASI_RIGHTS_PATH_CREATE_FILE
        | __WASI_RIGHTS_PATH_LINK_SOURCE | __WASI_RIGHTS_PATH_LINK_TARGET | __WASI_RIGHTS_PATH_OPEN
        | __WASI_RIGHTS_FD_READDIR | __WASI_RIGHTS_PATH_READLINK | __WASI_RIGHTS_PATH_RENAME_SOURCE
        | __WASI_RIGHTS_PATH_RENAME_TARGET | __WASI_RIGHTS_PATH_SYMLINK | __WASI_RIGHTS_PATH_REMOVE_DIRECTORY
        | __WASI_RIGHTS_PATH_UNLINK_FILE | __WASI_RIGHTS_PATH_FILESTAT_GET | __WASI_RIGHTS_PATH_FILESTAT_SET_TIMES
        | __WASI_RIGHTS_FD_FILESTAT_GET | __WASI_RIGHTS_FD_FILESTAT_SET_TIMES;
    say("preopen_has_directory_rights", (fs.fs_rights_base & dir_rights) == dir_rights);
    say("preopen_inherits_file_rights", (fs.fs_rights_inheriting & (dir_rights | RW)) == (dir_rights | RW));
    __wasi_errno_t e;
    __wasi_fd_t fd = open_at("r.txt", __WASI_OFLAGS_CREAT, RW, 0, &e);
    __wasi_fd_fdstat_get(fd, &fs);
    say("file_type", fs.fs_filetype);
    say("file_can_read", (fs.fs_rights_base & __WASI_RIGHTS_FD_READ) != 0);
    say("file_can_write", (fs.fs_rights_base & __WASI_RIGHTS_FD_WRITE) != 0);
    say("set_rights_narrow", __wasi_fd_fdstat_set_rights(fd, __WASI_RIGHTS_FD_READ, 0));
    __wasi_fd_fdstat_get(fd, &fs);
    say("rights_after_narrow", (long long)fs.fs_rights_base);
    __wasi_size_t n;
    say("write_after_narrow", write_str(fd, "x", &n));
    say("set_rights_widen", __wasi_fd_fdstat_set_rights(fd, RW, 0));
    say("set_flags_nonblock", __wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_NONBLOCK));
    __wasi_fd_fdstat_get(fd, &fs);
    say("flags_after_set", fs.fs_flags);
    __wasi_fd_close(fd);
    __wasi_size_t written;
    fd = open_at("sync.txt", __WASI_OFLAGS_CREAT, RW, __WASI_FDFLAGS_SYNC, &e);
    say("open_sync", e);
    say("write_sync", write_str(fd, "durable", &written));
    __wasi_fd_fdstat_get(fd, &fs);
    say("sync_flag", (fs.fs_flags & __WASI_FDFLAGS_SYNC) != 0);
    __wasi_fd_close(fd);
}

void cmd_filestat(void) {
    __wasi_errno_t e;
    __wasi_size_t n;
    __wasi_filestat_t st;
    __wasi_fd_t fd = open_at("s.txt", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC, RW, 0, &e);
    write_str(fd, "12345", &n);
    say("fd_filestat_get", __wasi_fd_filestat_get(fd, &st));
    say("size", st.size);
    say("type", st.filetype);
    say("nlink", st.nlink);
    say("set_size_grow", __wasi_fd_filestat_set_size(fd, 20));
    __wasi_fd_filestat_get(fd, &st);
    say("size_grown", st.size);
    say("set_size_shrink", __wasi_fd_filestat_set_size(fd, 3));
    __wasi_fd_filestat_get(fd, &st);
    say("size_shrunk", st.size);
    say("set_times", __wasi_fd_filestat_set_times(fd, 1000000000ull * 1000000, 2000000000ull * 1000000,
                                                  __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_MTIM));
    __wasi_fd_filestat_get(fd, &st);
    say("mtim_seconds", (long long)(st.mtim / 1000000000ull));
    say("atim_seconds", (long long)(st.atim / 1000000000ull));
    __wasi_fd_t ro = open_at("s.txt", 0, __WASI_RIGHTS_FD_READ, 0, &e);
    say("set_size_readonly", __wasi_fd_filestat_set_size(ro, 100));
    __wasi_fd_close(ro);
    __wasi_fd_t now_fd = open_at("s.txt", 0, RW, 0, &e);
    say("set_times_now", __wasi_fd_filestat_set_times(now_fd, 0, 0, __WASI_FSTFLAGS_ATIM_NOW | __WASI_FSTFLAGS_MTIM_NOW));
    __wasi_fd_filestat_get(now_fd, &st);
    say("now_mtim_recent", st.mtim / 1000000000ull > 1700000000ull);
    __wasi_fd_close(now_fd);
    say("set_times_conflict", __wasi_fd_filestat_set_times(fd, 0, 0, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_ATIM_NOW));
    __wasi_fd_close(fd);
    say("path_set_times", __wasi_path_filestat_set_times(DIR, 0, "s.txt", 0, 3000000000ull * 1000000, __WASI_FSTFLAGS_MTIM));
    say("path_filestat_get", __wasi_path_filestat_get(DIR, 0, "s.txt", &st));
    say("path_mtim_seconds", (long long)(st.mtim / 1000000000ull));
    say("path_size", st.size);
    say("path_filestat_missing", __wasi_path_filestat_get(DIR, 0, "nope.txt", &st));
    say("path_filestat_dir", __wasi_path_filestat_get(DIR, 0, ".", &st));
    say("dir_type", st.filetype);
    say("fd_filestat_dir", __wasi_fd_filestat_get(DIR, &st));
    say("fd_filestat_stdout", __wasi_fd_filestat_get(1, &st));
}

void cmd_prestat(void) {
    __wasi_prestat_t ps;
    char name[64];
    say("prestat", __wasi_fd_prestat_get(DIR, &ps));
    say("prestat_tag", ps.tag);
    say("prestat_len", ps.u.dir.pr_name_len);
    say("dir_name", __wasi_fd_prestat_dir_name(DIR, (uint8_t *)name, ps.u.dir.pr_name_len));
    printf("name=%.*s\n", (int)ps.u.dir.pr_name_len, name);
    say("dir_name_short", __wasi_fd_prestat_dir_name(DIR, (uint8_t *)name, 1));
    say("prestat_stdout", __wasi_fd_prestat_get(1, &ps));
    say("prestat_next", __wasi_fd_prestat_get(DIR + 1, &ps));
}

void cmd_renumber(void) {
    __wasi_errno_t e;
    __wasi_size_t n;
    char buf[16];
    __wasi_fd_t a = open_at("a.txt", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC, RW, 0, &e);
    write_str(a, "AAA", &n);
    __wasi_fd_t b = open_at("b.txt", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC, RW, 0, &e);
    write_str(b, "BBB", &n);
    say("renumber", __wasi_fd_renumber(a, b));
    __wasi_filesize_t pos;
    __wasi_fd_seek(b, 0, __WASI_WHENCE_SET, &pos);
    read_into(b, buf, sizeof buf - 1, &n);
    printf("read_through_target=%s\n", buf);
    say("source_closed", __wasi_fd_close(a));
    say("renumber_to_closed", __wasi_fd_renumber(b, 200));
    say("renumber_from_closed", __wasi_fd_renumber(200, b));
    say("renumber_same", __wasi_fd_renumber(b, b));
    fflush(stdout); // stdout is about to become a.txt
    fprintf(stderr, "renumber_onto_stdout=%d\n", __wasi_fd_renumber(b, 1));
    fprintf(stderr, "write_through_stdout=%d\n", write_str(1, "-moved", &n));
    __wasi_fd_close(1);
    a = open_at("a.txt", 0, RW, 0, &e);
    read_into(a, buf, sizeof buf - 1, &n);
    fprintf(stderr, "a.txt=%s\n", buf);
}
