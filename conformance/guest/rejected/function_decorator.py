def trace(f: int) -> int:
    return f


@trace
def g() -> None:
    pass
