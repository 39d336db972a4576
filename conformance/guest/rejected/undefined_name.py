def f() -> int:
    return y + 1
