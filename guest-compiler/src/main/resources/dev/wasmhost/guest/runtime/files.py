# File objects for open(), checked with the builtins when a program calls open(). open(path, mode)
# makes a TextIOWrapper ("r", "w", "a", "x"), a BufferedReader ("rb") or a BufferedWriter ("wb", "ab",
# "xb"); the host side is stdlib/_wasmhost_files.py. Reads go through a buffer of 64 KiB chunks;
# writes go to the host at once (no write buffering, so close() only releases the file).
import _wasmhost_files


class UnsupportedOperation(OSError):
    pass


def _wasmhost_os_error(e: OSError) -> OSError:
    # stdlib/_wasmhost_files.py raises OSError("FileNotFoundError|[Errno 2] No such file or directory: 'x'"):
    # the subclass it names, with errno, strerror and filename
    text = str(e)
    bar = text.find("|")
    if bar < 0:
        return e
    kind = text[:bar]
    text = text[bar + 1:]
    out = OSError(text)
    if kind == "FileNotFoundError":
        out = FileNotFoundError(text)
    elif kind == "PermissionError":
        out = PermissionError(text)
    elif kind == "IsADirectoryError":
        out = IsADirectoryError(text)
    elif kind == "FileExistsError":
        out = FileExistsError(text)
    elif kind == "NotADirectoryError":
        out = NotADirectoryError(text)
    if text.startswith("[Errno "):
        end = text.find("]")
        out.errno = int(text[7:end])
        rest = text[end + 2:]
        sep = rest.find(": '")
        if sep < 0:
            out.strerror = rest
        else:
            out.strerror = rest[:sep]
            out.filename = rest[sep + 3:len(rest) - 1]
    return out


def _wasmhost_listdir(path: str = ".") -> list[str]:
    # os.listdir
    try:
        return _wasmhost_files.listdir(path)
    except OSError as e:
        raise _wasmhost_os_error(e)


class _WasmhostFile:
    name: str
    mode: str
    closed: bool
    _fd: int
    _offset: int
    _buf: bytes
    _pos: int
    _eof: bool
    _readable: bool

    def __init__(self, file: str, mode: str = "r") -> None:
        self.name = file
        self.mode = mode
        self.closed = True
        self._readable = mode[0] == "r"
        try:
            self._fd = _wasmhost_files.open_file(file, mode)
            self.closed = False
            self._offset = _wasmhost_files.start_offset(self._fd, mode)
        except OSError as e:
            raise _wasmhost_os_error(e)
        self._buf = b""
        self._pos = 0
        self._eof = False

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            _wasmhost_files.close(self._fd)

    def _check(self, reading: bool) -> None:
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if reading and not self._readable:
            raise UnsupportedOperation("not readable")
        if not reading and self._readable:
            raise UnsupportedOperation("not writable")

    def _fill(self) -> bool:
        # appends one more chunk to the unread part of the buffer; False at the end of the file
        if self._eof:
            return False
        chunk = b""
        try:
            chunk = _wasmhost_files.read(self._fd, 65536, self._offset)
        except OSError as e:
            raise _wasmhost_os_error(e)
        if len(chunk) == 0:
            self._eof = True
            return False
        self._offset = self._offset + len(chunk)
        if self._pos >= len(self._buf):
            self._buf = chunk
        else:
            self._buf = self._buf[self._pos:] + chunk
        self._pos = 0
        return True

    def _read_bytes(self, size: int) -> bytes:
        self._check(True)
        if size < 0:
            while self._fill():
                pass
            size = len(self._buf) - self._pos
        while len(self._buf) - self._pos < size and self._fill():
            pass
        end = min(self._pos + size, len(self._buf))
        out = self._buf[self._pos:end]
        self._pos = end
        return out

    def _read_chars(self, count: int) -> bytes:
        # the bytes of the next count characters (all that is left if fewer)
        self._check(True)
        end = _wasmhost_files.utf8_end(self._buf, self._pos, count)
        while end < 0 and self._fill():
            end = _wasmhost_files.utf8_end(self._buf, self._pos, count)
        if end < 0:
            end = len(self._buf)
        out = self._buf[self._pos:end]
        self._pos = end
        return out

    def _readline_bytes(self) -> bytes:
        self._check(True)
        start = self._pos
        while True:
            i = self._buf.find(b"\n", start)
            if i >= 0:
                out = self._buf[self._pos:i + 1]
                self._pos = i + 1
                return out
            start = len(self._buf) - self._pos
            if not self._fill():
                out = self._buf[self._pos:]
                self._pos = len(self._buf)
                return out

    def _write_bytes(self, data: bytes) -> int:
        self._check(False)
        n = 0
        try:
            n = _wasmhost_files.write(self._fd, data, self._offset)
        except OSError as e:
            raise _wasmhost_os_error(e)
        self._offset = self._offset + n
        return n


def _wasmhost_text(data: bytes) -> str:
    # universal newlines, as CPython's text mode reads them
    text = data.decode()
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


class TextIOWrapper(_WasmhostFile):
    def read(self, size: int = -1) -> str:
        if size < 0:
            return _wasmhost_text(self._read_bytes(-1))
        return _wasmhost_text(self._read_chars(size))

    def readline(self) -> str:
        return _wasmhost_text(self._readline_bytes())

    def readlines(self) -> list[str]:
        lines: list[str] = []
        line = self.readline()
        while line != "":
            lines.append(line)
            line = self.readline()
        return lines

    def write(self, s: str) -> int:
        self._write_bytes(s.encode())
        return len(s)

    def __enter__(self) -> "TextIOWrapper":
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.close()


class BufferedReader(_WasmhostFile):
    def read(self, size: int = -1) -> bytes:
        return self._read_bytes(size)

    def readline(self) -> bytes:
        return self._readline_bytes()

    def readlines(self) -> list[bytes]:
        lines: list[bytes] = []
        line = self.readline()
        while len(line) > 0:
            lines.append(line)
            line = self.readline()
        return lines

    def __enter__(self) -> "BufferedReader":
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.close()


class BufferedWriter(_WasmhostFile):
    def write(self, data: bytes) -> int:
        return self._write_bytes(data)

    def __enter__(self) -> "BufferedWriter":
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.close()
