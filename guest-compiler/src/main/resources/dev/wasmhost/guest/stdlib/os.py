# The guest standard library's os module: environ (read from WASI at start-up) and getenv. Variables
# come from environ_get (preview 1) or wasi:cli/environment get-environment (component).


def _cstrlen(p: int) -> int:
    n = 0
    while __load8(p + n) != 0:
        n = n + 1
    return n


def _environment() -> dict[str, str]:
    out: dict[str, str] = {}
    if __is_component() == 1:
        __get_environment(__scratch())
        base = __load32(__scratch())
        n = __load32(__scratch() + 4)
        i = 0
        while i < n:
            e = base + 16 * i
            out[__str_from_bytes(__load32(e), __load32(e + 4))] = __str_from_bytes(__load32(e + 8), __load32(e + 12))
            i = i + 1
    else:
        __environ_sizes_get(__scratch(), __scratch() + 4)
        n = __load32(__scratch())
        size = __load32(__scratch() + 4)
        ptrs = __raw_alloc(4 * n + 4)
        buf = __raw_alloc(size + 1)
        __environ_get(ptrs, buf)
        i = 0
        while i < n:
            p = __load32(ptrs + 4 * i)
            k = 0
            while __load8(p + k) != 0 and __load8(p + k) != 61:
                k = k + 1
            rest = p + k + 1
            if __load8(p + k) == 0:
                rest = p + k
            out[__str_from_bytes(p, k)] = __str_from_bytes(rest, _cstrlen(rest))
            i = i + 1
    __gc_resume()
    return out


environ: dict[str, str] = _environment()


def getenv(key: str, default: str | None = None) -> str | None:
    if key in environ:
        return environ[key]
    return default
