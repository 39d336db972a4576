from typing import Callable


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def shout(s: str) -> int:
    return len(s)


print(apply(shout, 3))
