// The probe test guest: exercises wasi_snapshot_preview1 function by function through the
// raw __wasi_* calls, so the host's exact errno values are visible. Usage: probe.wasm COMMAND;
// fd 3 is the preopened sandbox directory. Every result is printed as "key=value" on stdout.
#include "probe.h"

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: probe COMMAND\n"); return 2; }
    const char *c = argv[1];
    if (!strcmp(c, "args")) cmd_args_env();
    else if (!strcmp(c, "clock")) cmd_clocks();
    else if (!strcmp(c, "random")) cmd_randoms();
    else if (!strcmp(c, "fileio")) cmd_fileio();
    else if (!strcmp(c, "append")) cmd_append();
    else if (!strcmp(c, "fdstat")) cmd_fdstat();
    else if (!strcmp(c, "filestat")) cmd_filestat();
    else if (!strcmp(c, "open")) cmd_opens();
    else if (!strcmp(c, "dirs")) cmd_dirs();
    else if (!strcmp(c, "links")) cmd_links();
    else if (!strcmp(c, "readdir")) cmd_readdir();
    else if (!strcmp(c, "prestat")) cmd_prestat();
    else if (!strcmp(c, "renumber")) cmd_renumber();
    else if (!strcmp(c, "poll")) cmd_poll();
    else if (!strcmp(c, "poll_stdin")) cmd_poll_stdin();
    else if (!strcmp(c, "poll_stdin_clock")) cmd_poll_stdin_clock();
    else if (!strcmp(c, "misc")) cmd_misc();
    else if (!strcmp(c, "escape")) cmd_escape();
    else if (!strcmp(c, "stdin")) cmd_stdin_echo();
    else if (!strcmp(c, "big")) cmd_big();
    else if (!strcmp(c, "stream")) cmd_stream();
    else if (!strcmp(c, "exit")) { fflush(stdout); __wasi_proc_exit(atoi(argv[2])); }
    else { fprintf(stderr, "unknown command %s\n", c); return 2; }
    return 0;
}
