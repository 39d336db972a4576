def f(a: int) -> int:
    return a


f(1, 2)
