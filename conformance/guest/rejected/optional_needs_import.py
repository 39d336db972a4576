def f(x: Optional[int]) -> int:
    return 0
