def count_down(x: int | None) -> int:
    if x is None:
        return 0
    while x > 0:
        x = None
    return 1
