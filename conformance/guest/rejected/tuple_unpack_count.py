def pair() -> tuple[int, int]:
    return 1, 2


a, b, c = pair()
