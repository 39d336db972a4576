from typing import Callable


def square(x: int) -> int:
    return x * x


f: Callable[[int], int] = square
print(f("x"))
