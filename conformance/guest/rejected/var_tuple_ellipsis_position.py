def head(xs: tuple[int, int, ...]) -> int:
    return xs[0]
