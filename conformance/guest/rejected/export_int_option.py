@export
def half(n: int) -> int | None:
    if n % 2 == 1:
        return None
    return n // 2
