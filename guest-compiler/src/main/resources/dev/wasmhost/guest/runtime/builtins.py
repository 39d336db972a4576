# Builtin exception classes, checked as part of every program (before its own code), so that
# programs can raise, catch and subclass them like their own classes. The runtime library raises
# them by name (rt.fail); _wasmhost_exception makes the object when a handler catches one, and
# _wasmhost_report writes the last line of an uncaught exception as CPython does.


class BaseException:
    _wasmhost_text: str
    __cause__: "BaseException | None"

    def __init__(self, message: str = "") -> None:
        self._wasmhost_text = message

    def __str__(self) -> str:
        return self._wasmhost_text

    def __repr__(self) -> str:
        if self._wasmhost_text == "":
            return type(self).__name__ + "()"
        return type(self).__name__ + "(" + repr(self._wasmhost_text) + ")"


class Exception(BaseException):
    pass


class ArithmeticError(Exception):
    pass


class ZeroDivisionError(ArithmeticError):
    pass


class OverflowError(ArithmeticError):
    pass


class LookupError(Exception):
    pass


class IndexError(LookupError):
    pass


class KeyError(LookupError):
    def __init__(self, key: str = "") -> None:
        self._wasmhost_text = repr(key)

    def __repr__(self) -> str:
        return "KeyError(" + self._wasmhost_text + ")"


class ValueError(Exception):
    pass


class TypeError(Exception):
    pass


class UnicodeError(ValueError):
    pass


class UnicodeDecodeError(UnicodeError):
    pass


class OSError(Exception):
    errno: int | None
    strerror: str | None
    filename: str | None

    def __init__(self, message: str = "") -> None:
        self._wasmhost_text = message
        self.errno = None
        self.strerror = None
        self.filename = None


class FileNotFoundError(OSError):
    pass


class FileExistsError(OSError):
    pass


class PermissionError(OSError):
    pass


class IsADirectoryError(OSError):
    pass


class NotADirectoryError(OSError):
    pass


class AssertionError(Exception):
    pass


class AttributeError(Exception):
    pass


class NameError(Exception):
    pass


class RuntimeError(Exception):
    pass


class NotImplementedError(RuntimeError):
    pass


class RecursionError(RuntimeError):
    pass


class MemoryError(Exception):
    pass


class SystemExit(BaseException):
    code: int

    def __init__(self, code: int = 0) -> None:
        self.code = code
        self._wasmhost_text = str(code)


def _wasmhost_exception(name: str, text: str) -> BaseException:
    e: BaseException = Exception()
    if name == "ZeroDivisionError":
        e = ZeroDivisionError()
    elif name == "OverflowError":
        e = OverflowError()
    elif name == "IndexError":
        e = IndexError()
    elif name == "KeyError":
        e = KeyError()
    elif name == "ValueError":
        e = ValueError()
    elif name == "TypeError":
        e = TypeError()
    elif name == "AssertionError":
        e = AssertionError()
    elif name == "AttributeError":
        e = AttributeError()
    elif name == "NameError":
        e = NameError()
    elif name == "RuntimeError":
        e = RuntimeError()
    elif name == "NotImplementedError":
        e = NotImplementedError()
    elif name == "UnicodeDecodeError":
        e = UnicodeDecodeError()
    elif name == "OSError":
        e = OSError()
    elif name == "SystemExit":
        e = SystemExit(int(text))
    e._wasmhost_text = text
    return e


def _wasmhost_exit_code(e: BaseException) -> int:
    # the status of an uncaught SystemExit (sys.exit), or -1 for any other exception
    if type(e).__name__ == "SystemExit":
        return int(str(e))
    return -1


def _wasmhost_report(e: BaseException) -> str:
    text = str(e)
    if text == "":
        return type(e).__name__
    return type(e).__name__ + ": " + text


class Enum:
    name: str
