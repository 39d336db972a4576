// Probe: path_* functions, readdir, and every attempt to leave the preopen.
#include "probe.h"

void cmd_opens(void) {
    __wasi_errno_t e;
    __wasi_size_t n;
    __wasi_fdstat_t fs;
    char buf[32];
    __wasi_fd_t fd = open_at("o.txt", __WASI_OFLAGS_CREAT, RW, 0, &e);
    say("creat_new", e);
    write_str(fd, "data", &n);
    __wasi_fd_close(fd);
    say("creat_existing", open_errno("o.txt", 0, __WASI_OFLAGS_CREAT, RW));
    say("creat_excl_existing", open_errno("o.txt", 0, __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, RW));
    say("creat_excl_new", open_errno("o2.txt", 0, __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, RW));
    say("creat_readonly", open_errno("o3.txt", 0, __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_READ));
    say("trunc_readonly", open_errno("o.txt", 0, __WASI_OFLAGS_TRUNC, __WASI_RIGHTS_FD_READ));
    say("missing", open_errno("missing.txt", 0, 0, RW));
    fd = open_at("o.txt", 0, RW, 0, &e);
    read_into(fd, buf, sizeof buf - 1, &n);
    printf("before_trunc=%s\n", buf);
    __wasi_fd_close(fd);
    fd = open_at("o.txt", __WASI_OFLAGS_TRUNC, RW, 0, &e);
    say("trunc", e);
    read_into(fd, buf, sizeof buf - 1, &n);
    say("after_trunc_len", n);
    __wasi_fd_close(fd);
    say("directory_on_file", open_errno("o.txt", 0, __WASI_OFLAGS_DIRECTORY, 0));
    say("mkdir", __wasi_path_create_directory(DIR, "sub"));
    fd = open_at("sub", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READDIR, 0, &e);
    say("directory_on_dir", e);
    __wasi_fd_fdstat_get(fd, &fs);
    say("opened_dir_type", fs.fs_filetype);
    __wasi_fd_t nested;
    say("open_in_opened_dir", __wasi_path_open(fd, 0, "inner.txt", __WASI_OFLAGS_CREAT, RW, 0, 0, &nested));
    say("dotdot_from_opened_dir", __wasi_path_open(fd, 0, "../o.txt", 0, RW, 0, 0, &nested));
    __wasi_fd_close(fd);
    say("dir_for_write", open_errno("sub", 0, 0, __WASI_RIGHTS_FD_WRITE));
    say("creat_directory_flag", open_errno("newdir", 0, __WASI_OFLAGS_CREAT | __WASI_OFLAGS_DIRECTORY, 0));
    say("trailing_slash_file", open_errno("o.txt/", 0, 0, RW));
    say("file_as_parent", open_errno("o.txt/x", 0, 0, RW));
    say("empty_path", open_errno("", 0, 0, RW));
    say("symlink", __wasi_path_symlink("o.txt", DIR, "o.lnk"));
    say("nofollow_symlink", open_errno("o.lnk", 0, 0, RW));
    say("follow_symlink", open_errno("o.lnk", __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, 0, RW));
    say("nofollow_symlink_directory", open_errno("o.lnk", 0, __WASI_OFLAGS_DIRECTORY, 0));
    say("open_dot", open_errno(".", 0, __WASI_OFLAGS_DIRECTORY, 0));
    say("open_not_a_dir_fd", __wasi_path_open(1, 0, "x", 0, RW, 0, 0, &nested));
    say("open_closed_fd", __wasi_path_open(55, 0, "x", 0, RW, 0, 0, &nested));
}

void cmd_dirs(void) {
    __wasi_errno_t e;
    __wasi_size_t n;
    say("mkdir", __wasi_path_create_directory(DIR, "d"));
    say("mkdir_again", __wasi_path_create_directory(DIR, "d"));
    say("mkdir_missing_parent", __wasi_path_create_directory(DIR, "nope/d"));
    __wasi_fd_t fd = open_at("d/f.txt", __WASI_OFLAGS_CREAT, RW, 0, &e);
    write_str(fd, "f", &n);
    __wasi_fd_close(fd);
    say("rmdir_not_empty", __wasi_path_remove_directory(DIR, "d"));
    say("rmdir_file", __wasi_path_remove_directory(DIR, "d/f.txt"));
    say("unlink_dir", __wasi_path_unlink_file(DIR, "d"));
    say("rename_file", __wasi_path_rename(DIR, "d/f.txt", DIR, "g.txt"));
    say("renamed_old_gone", __wasi_path_unlink_file(DIR, "d/f.txt"));
    fd = open_at("h.txt", __WASI_OFLAGS_CREAT, RW, 0, &e);
    write_str(fd, "h", &n);
    __wasi_fd_close(fd);
    say("rename_over_file", __wasi_path_rename(DIR, "g.txt", DIR, "h.txt"));
    say("rename_missing", __wasi_path_rename(DIR, "g.txt", DIR, "i.txt"));
    say("rename_dir_over_file", __wasi_path_rename(DIR, "d", DIR, "h.txt"));
    say("rename_file_over_dir", __wasi_path_rename(DIR, "h.txt", DIR, "d"));
    say("rename_dir", __wasi_path_rename(DIR, "d", DIR, "e"));
    say("rmdir", __wasi_path_remove_directory(DIR, "e"));
    say("rmdir_gone", __wasi_path_remove_directory(DIR, "e"));
    say("unlink", __wasi_path_unlink_file(DIR, "h.txt"));
    say("unlink_gone", __wasi_path_unlink_file(DIR, "h.txt"));
    say("rmdir_preopen_itself", __wasi_path_remove_directory(DIR, "."));
}

void cmd_links(void) {
    __wasi_errno_t e;
    __wasi_size_t n;
    __wasi_filestat_t st;
    uint8_t buf[64];
    __wasi_fd_t fd = open_at("target.txt", __WASI_OFLAGS_CREAT, RW, 0, &e);
    write_str(fd, "target", &n);
    __wasi_fd_close(fd);
    say("symlink", __wasi_path_symlink("target.txt", DIR, "lnk"));
    say("symlink_exists", __wasi_path_symlink("target.txt", DIR, "lnk"));
    say("readlink", __wasi_path_readlink(DIR, "lnk", buf, sizeof buf, &n));
    printf("readlink_value=%.*s\n", (int)n, buf);
    say("readlink_short", __wasi_path_readlink(DIR, "lnk", buf, 3, &n));
    say("readlink_short_len", n);
    say("readlink_file", __wasi_path_readlink(DIR, "target.txt", buf, sizeof buf, &n));
    say("readlink_missing", __wasi_path_readlink(DIR, "none", buf, sizeof buf, &n));
    say("stat_nofollow", __wasi_path_filestat_get(DIR, 0, "lnk", &st));
    say("stat_nofollow_type", st.filetype);
    say("stat_follow", __wasi_path_filestat_get(DIR, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "lnk", &st));
    say("stat_follow_type", st.filetype);
    say("stat_follow_size", st.size);
    say("symlink_absolute", __wasi_path_symlink("/etc/passwd", DIR, "abs"));
    say("link", __wasi_path_link(DIR, 0, "target.txt", DIR, "hard.txt"));
    __wasi_path_filestat_get(DIR, 0, "hard.txt", &st);
    say("hard_nlink", st.nlink);
    say("link_exists", __wasi_path_link(DIR, 0, "target.txt", DIR, "hard.txt"));
    say("link_dir", __wasi_path_link(DIR, 0, ".", DIR, "dirlink"));
    say("link_follow", __wasi_path_link(DIR, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "target.txt", DIR, "hard2.txt"));
    say("link_trailing_slash", __wasi_path_link(DIR, 0, "target.txt", DIR, "hard3/"));
    say("symlink_slash_on_file", __wasi_path_symlink("x", DIR, "target.txt/"));
    say("symlink_slash_new", __wasi_path_symlink("x", DIR, "newlink/"));
    say("dangling", __wasi_path_symlink("nowhere", DIR, "dangling"));
    say("open_dangling", open_errno("dangling", __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, 0, RW));
    say("unlink_symlink", __wasi_path_unlink_file(DIR, "lnk"));
    say("target_survives", __wasi_path_filestat_get(DIR, 0, "target.txt", &st));
    say("symlink_loop_a", __wasi_path_symlink("loop_b", DIR, "loop_a"));
    say("symlink_loop_b", __wasi_path_symlink("loop_a", DIR, "loop_b"));
    say("open_loop", open_errno("loop_a", __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, 0, RW));
}

void cmd_readdir(void) {
    __wasi_errno_t e;
    __wasi_path_create_directory(DIR, "rd");
    __wasi_fd_t dir = open_at("rd", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READDIR, 0, &e);
    const char *names[] = {"alpha", "bravo", "charlie", "delta", "echo-with-a-longer-name"};
    for (int i = 0; i < 5; i++) {
        __wasi_fd_t f;
        __wasi_path_open(dir, 0, names[i], __WASI_OFLAGS_CREAT, RW, 0, 0, &f);
        __wasi_fd_close(f);
    }
    __wasi_path_create_directory(dir, "zulu");
    // A 40-byte buffer holds at most one entry: every call resumes from the last cookie.
    uint8_t buf[40];
    __wasi_dircookie_t cookie = 0;
    int calls = 0;
    for (;;) {
        __wasi_size_t used;
        e = __wasi_fd_readdir(dir, buf, sizeof buf, cookie, &used);
        if (e != 0) { say("readdir_error", e); break; }
        calls++;
        if (used < sizeof(__wasi_dirent_t)) break;
        __wasi_dirent_t ent;
        memcpy(&ent, buf, sizeof ent);
        if (sizeof ent + ent.d_namlen > used) {
            // truncated entry: the whole of it did not fit, read it again with a larger buffer
            uint8_t big[256];
            __wasi_fd_readdir(dir, big, sizeof big, cookie, &used);
            memcpy(&ent, big, sizeof ent);
            printf("entry=%.*s type=%d\n", (int)ent.d_namlen, (char *)big + sizeof ent, ent.d_type);
        } else {
            printf("entry=%.*s type=%d\n", (int)ent.d_namlen, (char *)buf + sizeof ent, ent.d_type);
        }
        cookie = ent.d_next;
        if (cookie == 4) {
            // removing an entry that was already listed must not make the walk skip another
            __wasi_path_unlink_file(dir, "alpha");
        }
    }
    say("readdir_calls_more_than_one", calls > 1);
    __wasi_size_t used;
    say("readdir_past_end", __wasi_fd_readdir(dir, buf, sizeof buf, 1000, &used));
    say("readdir_past_end_used", used);
    say("readdir_file", __wasi_fd_readdir(1, buf, sizeof buf, 0, &used));
    say("readdir_closed", __wasi_fd_readdir(99, buf, sizeof buf, 0, &used));
    __wasi_fd_close(dir);
}

void cmd_escape(void) {
    __wasi_filestat_t st;
    uint8_t buf[64];
    __wasi_size_t n;
    say("open_dotdot", open_errno("../outside/secret.txt", 0, 0, RW));
    say("open_absolute", open_errno("/etc/passwd", 0, 0, RW));
    say("open_inner_dotdot", open_errno("inner/../../outside/secret.txt", 0, 0, RW));
    say("open_host_symlink_absolute", open_errno("abs_link/secret.txt", 0, 0, RW));
    say("open_host_symlink_relative", open_errno("rel_link/secret.txt", 0, 0, RW));
    say("open_host_symlink_chain", open_errno("chain1/secret.txt", 0, 0, RW));
    say("open_final_symlink_follow", open_errno("file_link", __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, 0, RW));
    say("guest_symlink_create", __wasi_path_symlink("../outside", DIR, "guest_link"));
    say("open_guest_symlink", open_errno("guest_link/secret.txt", 0, 0, RW));
    say("open_guest_symlink_creat", open_errno("guest_link/new.txt", 0, __WASI_OFLAGS_CREAT, RW));
    say("stat_guest_symlink_follow", __wasi_path_filestat_get(DIR, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "guest_link", &st));
    say("stat_dotdot", __wasi_path_filestat_get(DIR, 0, "..", &st));
    say("readlink_dotdot", __wasi_path_readlink(DIR, "../outside/link", buf, sizeof buf, &n));
    say("readlink_through_link", __wasi_path_readlink(DIR, "rel_link/link", buf, sizeof buf, &n));
    say("unlink_dotdot", __wasi_path_unlink_file(DIR, "../outside/secret.txt"));
    say("unlink_through_link", __wasi_path_unlink_file(DIR, "rel_link/secret.txt"));
    say("rename_out", __wasi_path_rename(DIR, "inner/file.txt", DIR, "../outside/stolen.txt"));
    say("rename_in", __wasi_path_rename(DIR, "../outside/secret.txt", DIR, "inner/got.txt"));
    say("rename_through_link", __wasi_path_rename(DIR, "inner/file.txt", DIR, "rel_link/stolen.txt"));
    say("symlink_at_dotdot", __wasi_path_symlink("inner", DIR, "../outside/planted"));
    say("mkdir_dotdot", __wasi_path_create_directory(DIR, "../outside/made"));
    say("mkdir_through_link", __wasi_path_create_directory(DIR, "rel_link/made"));
    say("rmdir_dotdot", __wasi_path_remove_directory(DIR, "../outside/sub"));
    say("link_out", __wasi_path_link(DIR, 0, "inner/file.txt", DIR, "../outside/hard.txt"));
    say("link_in", __wasi_path_link(DIR, 0, "rel_link/secret.txt", DIR, "inner/hard.txt"));
    say("set_times_out", __wasi_path_filestat_set_times(DIR, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "rel_link/secret.txt", 0, 0, __WASI_FSTFLAGS_MTIM));
    say("self_loop", open_errno("self_loop", __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, 0, RW));
    say("inside_roundtrip", open_errno("inner/../inner/file.txt", 0, 0, RW));
    say("inside_symlink", open_errno("inner_link/file.txt", 0, 0, RW));
    // Rename a directory the guest holds open and leave a symlink to the outside in its place:
    // the open descriptor must not follow it.
    __wasi_fd_t moved, f;
    __wasi_errno_t e;
    moved = open_at("movable", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READDIR, 0, &e);
    say("swap_open", e);
    __wasi_fd_t victim = open_at("inner/victim.txt", 0, __WASI_RIGHTS_FD_READ, 0, &e);
    say("swap_open_victim", e);
    say("swap_rename", __wasi_path_rename(DIR, "movable", DIR, "moved"));
    say("swap_symlink", __wasi_path_symlink("../outside", DIR, "movable"));
    say("swap_open_through", __wasi_path_open(moved, 0, "secret.txt", 0, RW, 0, 0, &f));
    say("swap_readdir", __wasi_fd_readdir(moved, buf, sizeof buf, 0, &n));
    say("swap_rename_inner", __wasi_path_rename(DIR, "inner", DIR, "inner2"));
    say("swap_symlink_inner", __wasi_path_symlink("../outside", DIR, "inner"));
    say("swap_set_times", __wasi_fd_filestat_set_times(victim, 0, 0, __WASI_FSTFLAGS_MTIM));
}
