# The guest standard library's file access, used by open() and the file classes of runtime/files.py
# (compiled with a program that calls open()). Files live in the host's preopened directories:
# WASI preview 1 (fd_prestat_get/fd_prestat_dir_name, path_open, fd_read, fd_write, fd_close) or
# WASI 0.2 (wasi:filesystem preopens.get-directories, descriptor open-at, read, write, drop).
# A file is an int: the preview 1 fd or the WASI 0.2 descriptor handle.

_names: list[str] = []
_handles: list[int] = []
_loaded: bool = False


def _load_preopens() -> None:
    global _loaded
    _loaded = True
    if __is_component() == 1:
        __get_directories(__scratch())
        base = __load32(__scratch())
        n = __load32(__scratch() + 4)
        i = 0
        while i < n:
            e = base + 12 * i
            _handles.append(__load32(e))
            _names.append(__str_from_bytes(__load32(e + 4), __load32(e + 8)))
            i = i + 1
        __gc_resume()
        return
    fd = 3
    while __fd_prestat_get(fd, __scratch()) == 0:
        if __load8(__scratch()) == 0:
            n = __load32(__scratch() + 4)
            buf = __raw_alloc(n + 1)
            __fd_prestat_dir_name(fd, buf, n)
            while n > 0 and __load8(buf + n - 1) == 0:
                n = n - 1
            _names.append(__str_from_bytes(buf, n))
            __gc_resume()
            _handles.append(fd)
        fd = fd + 1


def _strip(path: str) -> str:
    while path.startswith("./"):
        path = path[2:]
    while len(path) > 1 and path.endswith("/"):
        path = path[:-1]
    return path


def _resolve(path: str) -> tuple[int, str]:
    target = _find(path)
    if target[0] < 0:
        _fail(13, path)
    return target


def _find(path: str) -> tuple[int, str]:
    # the preopen whose name is the longest prefix of path ("." serves relative paths), and the rest;
    # (-1, "") if no preopen holds the path
    if not _loaded:
        _load_preopens()
    p = _strip(path)
    best = -1
    best_len = -1
    rest = ""
    for i in range(len(_names)):
        name = _strip(_names[i])
        if name == "." or name == "":
            if not p.startswith("/") and best_len < 0:
                best = i
                best_len = 0
                rest = p
        elif name == "/":
            if p.startswith("/") and best_len < 1:
                best = i
                best_len = 1
                rest = p[1:]
        elif (p == name or p.startswith(name + "/")) and len(name) > best_len:
            best = i
            best_len = len(name)
            rest = p[len(name) + 1:]
    if best < 0:
        return (-1, "")
    if rest == "" or rest == ".":
        rest = "."
    return (_handles[best], rest)


def _fail(errno: int, path: str) -> None:
    # raises OSError("FileNotFoundError|[Errno 2] No such file or directory: 'x'"): runtime/files.py, which
    # makes every call that gets here, turns it into the subclass CPython raises for the errno (so that the
    # builtins make no OSError subclasses, and programs without files do not carry them)
    name = "OSError"
    text = "Input/output error"
    if errno == 2:
        name = "FileNotFoundError"
        text = "No such file or directory"
    elif errno == 13:
        name = "PermissionError"
        text = "Permission denied"
    elif errno == 21:
        name = "IsADirectoryError"
        text = "Is a directory"
    elif errno == 17:
        name = "FileExistsError"
        text = "File exists"
    elif errno == 20:
        name = "NotADirectoryError"
        text = "Not a directory"
    elif errno == 22:
        text = "Invalid argument"
    elif errno == 36:
        text = "File name too long"
    elif errno == 40:
        text = "Too many levels of symbolic links"
    elif errno == 28:
        text = "No space left on device"
    elif errno == 30:
        text = "Read-only file system"
    else:
        errno = 5
    if path == "":
        __raise("OSError", name + "|[Errno " + str(errno) + "] " + text)
    __raise("OSError", name + "|[Errno " + str(errno) + "] " + text + ": " + repr(path))


def _p1_errno(e: int) -> int:
    # WASI preview 1 errno values to Linux ones (a capability error is a permission error)
    if e == 44:
        return 2
    if e == 2 or e == 63 or e == 76:
        return 13
    if e == 31:
        return 21
    if e == 20:
        return 17
    if e == 54:
        return 20
    if e == 28:
        return 22
    if e == 37:
        return 36
    if e == 32:
        return 40
    if e == 51:
        return 28
    return 5


def _p2_errno(e: int) -> int:
    # wasi:filesystem error-code cases to Linux errno values
    if e == 20:
        return 2
    if e == 0 or e == 31:
        return 13
    if e == 14:
        return 21
    if e == 7:
        return 17
    if e == 24:
        return 20
    if e == 12:
        return 22
    if e == 18:
        return 36
    if e == 15:
        return 40
    if e == 23:
        return 28
    if e == 33:
        return 30
    return 5


def open_file(path: str, mode: str) -> int:
    # mode is one of r, w, a, x (the file classes check the rest)
    target = _resolve(path)
    dirfd = target[0]
    rel = target[1]
    m = mode[0]
    s = __scratch()
    at = __addr(rel) + 16
    n = __load32(__addr(rel) + 8)
    if __is_component() == 1:
        # open-flags: create 1, directory 2, exclusive 4, truncate 8; descriptor-flags: read 1, write 2
        oflags = 0
        dflags = 2
        if m == "r":
            dflags = 1
        elif m == "w":
            oflags = 9
        elif m == "a":
            oflags = 1
        else:
            oflags = 5
        __descriptor_open_at(dirfd, 1, at, n, oflags, dflags, s)
        if __load8(s) != 0:
            _fail(_p2_errno(__load8(s + 4)), path)
            return -1
        fd = __load32(s + 4)
        __descriptor_get_type(fd, s)
        if __load8(s) == 0 and __load8(s + 1) == 3:
            __descriptor_drop(fd)
            _fail(21, path)
            return -1
        return fd
    # path_open: oflags creat 1, directory 2, excl 4, trunc 8; fdflags append 1
    oflags = 0
    fdflags = 0
    if m == "w":
        oflags = 9
    elif m == "a":
        oflags = 1
        fdflags = 1
    elif m == "x":
        oflags = 5
    # rights: fd_read, fd_seek, fd_tell, fd_filestat_get; or fd_write, fd_seek, fd_tell, fd_filestat_get,
    # fd_filestat_set_size (hosts take write rights as the wish to write)
    rights = 2097190 if m == "r" else 6291556
    e = __path_open(dirfd, 1, at, n, oflags, rights, rights, fdflags, s)
    if e != 0:
        _fail(_p1_errno(e), path)
        return -1
    fd = __load32(s)
    if __fd_filestat_get(fd, s) == 0 and __load8(s + 16) == 3:
        __fd_close(fd)
        _fail(21, path)
        return -1
    return fd


def start_offset(fd: int, mode: str) -> int:
    # where writing starts: the end of the file in append mode (WASI 0.2 writes at offsets)
    if __is_component() == 1 and mode[0] == "a":
        s = __scratch()
        __descriptor_stat(fd, s)
        if __load8(s) != 0:
            _fail(_p2_errno(__load8(s + 8)), "")
        return __load64(s + 24)
    return 0


def read(fd: int, n: int, offset: int) -> bytes:
    # up to n bytes at offset (preview 1: at the fd's position, which follows the same offsets)
    s = __scratch()
    if __is_component() == 1:
        __descriptor_read(fd, n, offset, s)
        if __load8(s) != 0:
            _fail(_p2_errno(__load8(s + 4)), "")
        out = __bytes_from_mem(__load32(s + 4), __load32(s + 8))
        __gc_resume()
        return out
    out = bytes(n)
    at = __bytes_addr(out)
    __store32(s, at + 16)
    __store32(s + 4, n)
    e = __fd_read(fd, s, 1, s + 8)
    if e != 0:
        _fail(_p1_errno(e), "")
    got = __load32(s + 8)
    __store32(at + 8, got)
    __store32(at + 12, got)
    return out


def write(fd: int, data: bytes, offset: int) -> int:
    at = __bytes_addr(data) + 16
    n = len(data)
    s = __scratch()
    if __is_component() == 1:
        done = 0
        while done < n:
            __descriptor_write(fd, at + done, n - done, offset + done, s)
            if __load8(s) != 0:
                _fail(_p2_errno(__load8(s + 8)), "")
            done = done + __load64(s + 8)
        return n
    done = 0
    while done < n:
        e = __fd_write(fd, at + done, n - done)
        if e != 0:
            _fail(_p1_errno(e), "")
        done = done + __load32(24)
    return n


def close(fd: int) -> None:
    if __is_component() == 1:
        __descriptor_drop(fd)
    else:
        __fd_close(fd)


def utf8_end(data: bytes, start: int, count: int) -> int:
    # the offset just past the first count UTF-8 characters from start, or -1 if data holds fewer
    # (a character counts once its lead byte is followed by all its continuation bytes)
    n = len(data)
    at = __bytes_addr(data) + 16
    i = start
    while count > 0:
        if i >= n:
            return -1
        c = __load8(at + i)
        w = 1
        if c >= 240:
            w = 4
        elif c >= 224:
            w = 3
        elif c >= 192:
            w = 2
        if i + w > n:
            return -1
        i = i + w
        count = count - 1
    return i


def exists(path: str) -> bool:
    target = _find(path)
    if target[0] < 0:
        return False
    rel = target[1]
    s = __scratch()
    if __is_component() == 1:
        __descriptor_stat_at(target[0], 1, __addr(rel) + 16, __load32(__addr(rel) + 8), s)
        return __load8(s) == 0
    return __path_filestat_get(target[0], 1, __addr(rel) + 16, __load32(__addr(rel) + 8), s) == 0


def listdir(path: str = ".") -> list[str]:
    # the names in a directory, without "." and ".." (in the host's order, as CPython's)
    target = _resolve(path)
    rel = target[1]
    s = __scratch()
    out: list[str] = []
    if __is_component() == 1:
        __descriptor_open_at(target[0], 1, __addr(rel) + 16, __load32(__addr(rel) + 8), 2, 1, s)
        if __load8(s) != 0:
            _fail(_p2_errno(__load8(s + 4)), path)
            return out
        d = __load32(s + 4)
        __descriptor_read_directory(d, s)
        if __load8(s) != 0:
            __descriptor_drop(d)
            _fail(_p2_errno(__load8(s + 4)), path)
            return out
        stream = __load32(s + 4)
        while True:
            __read_directory_entry(stream, s)
            if __load8(s) != 0 or __load8(s + 4) == 0:
                break
            name = __str_from_bytes(__load32(s + 12), __load32(s + 16))
            __gc_resume()
            if name != "." and name != "..":
                out.append(name)
        __directory_entry_stream_drop(stream)
        __descriptor_drop(d)
        return out
    # path_open with oflags directory (2); rights: fd_readdir, path_open, fd_filestat_get, path_filestat_get
    rights = 2383872
    e = __path_open(target[0], 1, __addr(rel) + 16, __load32(__addr(rel) + 8), 2, rights, rights, 0, s)
    if e != 0:
        _fail(_p1_errno(e), path)
        return out
    fd = __load32(s)
    size = 65536
    buf = __raw_alloc(size)
    cookie = 0
    while True:
        e = __fd_readdir(fd, buf, size, cookie, s)
        if e != 0:
            break
        used = __load32(s)
        off = 0
        # each entry: d_next (u64), d_ino (u64), d_namlen (u32), d_type (u8), padding, then the name
        while off + 24 <= used and off + 24 + __load32(buf + off + 16) <= used:
            n = __load32(buf + off + 16)
            name = __str_from_bytes(buf + off + 24, n)
            cookie = __load64(buf + off)
            if name != "." and name != "..":
                out.append(name)
            off = off + 24 + n
        if used < size:
            break
    __gc_resume()
    __fd_close(fd)
    if e != 0:
        _fail(_p1_errno(e), path)
    return out
