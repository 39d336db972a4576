def f() -> None:
    x = 1
    x = "s"
