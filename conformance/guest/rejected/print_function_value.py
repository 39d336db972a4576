from typing import Callable


def twice(x: int) -> int:
    return 2 * x


steps: list[Callable[[int], int]] = [twice]
print(steps)
