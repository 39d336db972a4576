# The guest standard library's sys module: argv (the command's arguments) and exit. Arguments come from
# WASI: args_get (preview 1) or wasi:cli/environment get-arguments (component).


def _cstrlen(p: int) -> int:
    n = 0
    while __load8(p + n) != 0:
        n = n + 1
    return n


def _arguments() -> list[str]:
    out: list[str] = []
    if __is_component() == 1:
        __get_arguments(__scratch())
        base = __load32(__scratch())
        n = __load32(__scratch() + 4)
        i = 0
        while i < n:
            out.append(__str_from_bytes(__load32(base + 8 * i), __load32(base + 8 * i + 4)))
            i = i + 1
    else:
        __args_sizes_get(__scratch(), __scratch() + 4)
        n = __load32(__scratch())
        size = __load32(__scratch() + 4)
        ptrs = __raw_alloc(4 * n + 4)
        buf = __raw_alloc(size + 1)
        __args_get(ptrs, buf)
        i = 0
        while i < n:
            p = __load32(ptrs + 4 * i)
            out.append(__str_from_bytes(p, _cstrlen(p)))
            i = i + 1
    __gc_resume()
    return out


argv: list[str] = _arguments()


def exit(code: int = 0) -> None:
    # raises SystemExit (not caught by "except Exception"); uncaught, the program exits with the code
    __raise("SystemExit", str(code))
