def find(xs: list[int], v: int) -> int | None:
    return None


def index(xs: list[int], v: int) -> int:
    return find(xs, v)
