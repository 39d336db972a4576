def check(n: int) -> None:
    if n < 0:
        raise "negative"
