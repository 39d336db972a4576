def scale(x: int) -> int:
    factor: int = "2"
    return x * factor
