def f(s: set[list[int]]) -> int:
    return len(s)
