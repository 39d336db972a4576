def outer() -> None:
    def inner() -> None:
        nonlocal y
        y = 1
    inner()
