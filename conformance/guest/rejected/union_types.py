def f(x: int | str) -> int:
    return 0
