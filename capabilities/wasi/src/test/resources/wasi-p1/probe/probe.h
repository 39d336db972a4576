// Shared helpers of the probe test guest (see main.c).
#ifndef PROBE_H
#define PROBE_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasi/api.h>

#define DIR 3
#define ALL_RIGHTS ((__wasi_rights_t)0x3FFFFFFF)
#define RW (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_TELL)

void say(const char *key, long long value);
__wasi_fd_t open_at(const char *path, __wasi_oflags_t oflags, __wasi_rights_t rights,
                           __wasi_fdflags_t fdflags, __wasi_errno_t *err);
__wasi_errno_t write_str(__wasi_fd_t fd, const char *s, __wasi_size_t *n);
__wasi_errno_t read_into(__wasi_fd_t fd, char *buf, size_t len, __wasi_size_t *n);
__wasi_errno_t open_errno(const char *path, __wasi_lookupflags_t lookup, __wasi_oflags_t oflags,
                                 __wasi_rights_t rights);

void cmd_args_env(void);
void cmd_clocks(void);
void cmd_randoms(void);
void cmd_poll(void);
void cmd_misc(void);
void cmd_stdin_echo(void);
void cmd_big(void);
void cmd_stream(void);
void cmd_poll_stdin(void);
void cmd_poll_stdin_clock(void);
void cmd_fileio(void);
void cmd_append(void);
void cmd_fdstat(void);
void cmd_filestat(void);
void cmd_prestat(void);
void cmd_renumber(void);
void cmd_opens(void);
void cmd_dirs(void);
void cmd_links(void);
void cmd_readdir(void);
void cmd_escape(void);

#endif
