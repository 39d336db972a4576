def f(b: bytes) -> str:
    return b + "!"
