"""Helpers used by main: functions, a class, module variables, a custom exception."""
from shapes.base import Shape

print("util loading as", __name__)

LIMIT = 10
history: list[str] = []
_made = 0


class Counter:
    name: str
    count: int

    def __init__(self, name: str) -> None:
        global _made
        self.name = name
        self.count = 0
        _made += 1

    def bump(self, by: int = 1) -> None:
        self.count += by
        history.append(self.name + "+" + str(by))

    def describe(self) -> str:
        return f"{self.name}={self.count}"


class OutOfRange(ValueError):
    pass


def clamp(x: int) -> int:
    return max(0, min(LIMIT, x))


def strict_clamp(x: int) -> int:
    if x < 0:
        raise ValueError("negative")
    if x > LIMIT:
        raise OutOfRange(f"{x} > {LIMIT}")
    return x


def counters_made() -> int:
    return _made


def total_area(shapes: list[Shape]) -> float:
    return round(sum([s.area() for s in shapes]) * 100) / 100
