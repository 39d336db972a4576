package dev.wasmhost.capability.wasi;

/**
 * sock_accept, sock_recv, sock_send and sock_shutdown. Preview 1 has no way to open a socket and
 * this host grants none, so no descriptor is ever a socket: a number that is not open answers
 * EBADF and any other answers ENOTSOCK, as POSIX and the WASI test suite expect. Never a trap.
 */
final class SocketFunctions {
    private final FdTable fds;

    SocketFunctions(FdTable fds) {
        this.fds = fds;
    }

    void register(HostCall calls) {
        calls.add("sock_accept", "iii", (m, a) -> notASocket((int) a[0]));
        calls.add("sock_recv", "iiiiii", (m, a) -> notASocket((int) a[0]));
        calls.add("sock_send", "iiiii", (m, a) -> notASocket((int) a[0]));
        calls.add("sock_shutdown", "ii", (m, a) -> notASocket((int) a[0]));
    }

    private int notASocket(int fd) {
        return fds.get(fd) == null ? Errno.BADF : Errno.NOTSOCK;
    }
}
