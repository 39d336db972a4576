// Probe: args, environ, clocks, random, poll_oneoff, sched_yield, proc_raise, sockets, bad pointers and stdio streaming.
#include "probe.h"

__attribute__((import_module("wasi_snapshot_preview1"), import_name("proc_raise")))
int32_t raw_proc_raise(int32_t sig);

void cmd_args_env(void) {
    __wasi_size_t argc, argsize, envc, envsize;
    say("args_sizes_get", __wasi_args_sizes_get(&argc, &argsize));
    say("argc", argc);
    say("argv_buf_size", argsize);
    char **argv = malloc(sizeof(char *) * argc);
    char *argbuf = malloc(argsize);
    say("args_get", __wasi_args_get((uint8_t **)argv, (uint8_t *)argbuf));
    for (size_t i = 0; i < argc; i++) printf("arg[%zu]=%s\n", i, argv[i]);
    say("environ_sizes_get", __wasi_environ_sizes_get(&envc, &envsize));
    say("envc", envc);
    say("env_buf_size", envsize);
    char **env = malloc(sizeof(char *) * (envc + 1));
    char *envbuf = malloc(envsize);
    say("environ_get", __wasi_environ_get((uint8_t **)env, (uint8_t *)envbuf));
    for (size_t i = 0; i < envc; i++) printf("env[%zu]=%s\n", i, env[i]);
}

void cmd_clocks(void) {
    __wasi_timestamp_t res, t1, t2;
    say("res_realtime", __wasi_clock_res_get(__WASI_CLOCKID_REALTIME, &res));
    say("res_realtime_positive", res > 0);
    say("res_monotonic", __wasi_clock_res_get(__WASI_CLOCKID_MONOTONIC, &res));
    say("res_invalid", __wasi_clock_res_get(99, &res));
    say("time_realtime", __wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &t1));
    say("realtime_seconds", (long long)(t1 / 1000000000ull));
    __wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t1);
    say("time_monotonic", __wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t2));
    say("monotonic_non_decreasing", t2 >= t1);
    say("time_process_cputime", __wasi_clock_time_get(__WASI_CLOCKID_PROCESS_CPUTIME_ID, 1, &t1));
    say("time_thread_cputime", __wasi_clock_time_get(__WASI_CLOCKID_THREAD_CPUTIME_ID, 1, &t1));
    say("time_invalid", __wasi_clock_time_get(42, 1, &t1));
}

void cmd_randoms(void) {
    uint8_t a[32], b[32];
    memset(a, 0, sizeof a);
    memset(b, 0, sizeof b);
    say("random_a", __wasi_random_get(a, sizeof a));
    say("random_b", __wasi_random_get(b, sizeof b));
    say("random_empty", __wasi_random_get(a, 0));
    say("random_differ", memcmp(a, b, sizeof a) != 0);
    int zeros = 0;
    for (int i = 0; i < 32; i++) zeros += a[i] == 0;
    say("random_mostly_nonzero", zeros < 16);
    static uint8_t big[200000];
    say("random_big", __wasi_random_get(big, sizeof big));
}

void cmd_poll(void) {
    __wasi_subscription_t subs[3];
    __wasi_event_t events[3];
    __wasi_size_t n;
    memset(subs, 0, sizeof subs);
    subs[0].userdata = 42;
    subs[0].u.tag = __WASI_EVENTTYPE_CLOCK;
    subs[0].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    subs[0].u.u.clock.timeout = 1000000; // 1 ms
    say("poll_clock", __wasi_poll_oneoff(subs, events, 1, &n));
    say("poll_clock_events", n);
    say("poll_clock_userdata", events[0].userdata);
    say("poll_clock_type", events[0].type);
    say("poll_clock_error", events[0].error);
    __wasi_timestamp_t now;
    __wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &now);
    subs[0].u.u.clock.id = __WASI_CLOCKID_REALTIME;
    subs[0].u.u.clock.timeout = now + 1000000;
    subs[0].u.u.clock.flags = __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME;
    say("poll_abstime", __wasi_poll_oneoff(subs, events, 1, &n));
    say("poll_abstime_userdata", events[0].userdata);
    subs[0].u.u.clock.flags = 0;
    subs[0].u.u.clock.timeout = 3600ull * 1000000000ull; // an hour: must not be waited for
    subs[1].userdata = 7;
    subs[1].u.tag = __WASI_EVENTTYPE_FD_WRITE;
    subs[1].u.u.fd_write.file_descriptor = 1;
    say("poll_stdout", __wasi_poll_oneoff(subs, events, 2, &n));
    say("poll_stdout_events", n);
    say("poll_stdout_userdata", events[0].userdata);
    say("poll_stdout_type", events[0].type);
    subs[1].u.tag = __WASI_EVENTTYPE_FD_READ;
    subs[1].u.u.fd_read.file_descriptor = 99;
    say("poll_badfd", __wasi_poll_oneoff(subs, events, 2, &n));
    say("poll_none", __wasi_poll_oneoff(subs, events, 0, &n));
}

void cmd_misc(void) {
    say("sched_yield", __wasi_sched_yield());
    say("proc_raise", raw_proc_raise(15));
    __wasi_fd_t fd;
    say("sock_accept", __wasi_sock_accept(DIR, 0, &fd));
    say("sock_accept_closed", __wasi_sock_accept(99, 0, &fd));
    uint8_t b[4];
    __wasi_iovec_t iov = {b, 4};
    __wasi_ciovec_t ciov = {b, 4};
    __wasi_size_t n;
    __wasi_roflags_t ro;
    say("sock_recv", __wasi_sock_recv(0, &iov, 1, 0, &n, &ro));
    say("sock_send", __wasi_sock_send(1, &ciov, 1, 0, &n));
    say("sock_shutdown", __wasi_sock_shutdown(1, __WASI_SDFLAGS_WR));
    // bad pointers and bad strings are errnos, not traps
    __wasi_ciovec_t far = {(const uint8_t *)0xFFFFFF00u, 16};
    say("write_iovec_out_of_memory", __wasi_fd_write(1, &far, 1, &n));
    say("write_result_out_of_memory", __wasi_fd_write(1, &ciov, 1, (__wasi_size_t *)0xFFFFFFF0u));
    say("random_out_of_memory", __wasi_random_get((uint8_t *)0xFFFFFFF0u, 64));
    say("args_out_of_memory", __wasi_args_sizes_get((__wasi_size_t *)0xFFFFFFFEu, &n));
    say("path_not_utf8", __wasi_path_create_directory(DIR, "bad\xff\xfename"));
}

void cmd_stdin_echo(void) {
    static char buf[1 << 16];
    size_t total = 0, n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) {
        fwrite(buf, 1, n, stdout);
        total += n;
    }
    fprintf(stderr, "stdin_bytes=%zu\n", total);
}

void cmd_big(void) {
    size_t size = 5 * 1024 * 1024;
    char *data = malloc(size);
    for (size_t i = 0; i < size; i++) data[i] = 'a' + (char)(i % 26);
    fwrite(data, 1, size, stdout);
    fflush(stdout);
}

void cmd_stream(void) {
    // The host test only lets stdin continue after it has seen this line on stdout.
    __wasi_size_t n;
    write_str(1, "ready\n", &n);
    char buf[64];
    read_into(0, buf, sizeof buf - 1, &n);
    printf("got=%s\n", buf);
}

void cmd_poll_stdin(void) {
    // stdin alone, no clock: the call waits for bytes or the end of the stream
    __wasi_subscription_t sub;
    __wasi_event_t ev;
    __wasi_size_t n;
    char buf[64];
    memset(&sub, 0, sizeof sub);
    sub.userdata = 5;
    sub.u.tag = __WASI_EVENTTYPE_FD_READ;
    sub.u.u.fd_read.file_descriptor = 0;
    say("poll", __wasi_poll_oneoff(&sub, &ev, 1, &n));
    say("events", n);
    say("userdata", ev.userdata);
    say("type", ev.type);
    say("nbytes_positive", ev.fd_readwrite.nbytes > 0);
    say("hangup", ev.fd_readwrite.flags & __WASI_EVENTRWFLAGS_FD_READWRITE_HANGUP);
    read_into(0, buf, sizeof buf - 1, &n);
    printf("data=%s\n", buf);
    say("poll_at_end", __wasi_poll_oneoff(&sub, &ev, 1, &n));
    say("hangup_at_end", ev.fd_readwrite.flags & __WASI_EVENTRWFLAGS_FD_READWRITE_HANGUP);
}

void cmd_poll_stdin_clock(void) {
    // stdin and an hour-long clock: an ended stdin must be reported without waiting for the clock
    __wasi_subscription_t subs[2];
    __wasi_event_t ev[2];
    __wasi_size_t n;
    memset(subs, 0, sizeof subs);
    subs[0].userdata = 9;
    subs[0].u.tag = __WASI_EVENTTYPE_CLOCK;
    subs[0].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    subs[0].u.u.clock.timeout = 3600ull * 1000000000ull;
    subs[1].userdata = 5;
    subs[1].u.tag = __WASI_EVENTTYPE_FD_READ;
    subs[1].u.u.fd_read.file_descriptor = 0;
    say("poll", __wasi_poll_oneoff(subs, ev, 2, &n));
    say("events", n);
    say("userdata", ev[0].userdata);
    say("hangup", ev[0].fd_readwrite.flags & __WASI_EVENTRWFLAGS_FD_READWRITE_HANGUP);
}
