def f(n: int) -> int:
    return n


value: str = f(1)
