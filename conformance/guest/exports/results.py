# @export functions that raise WitError return result<T, string>: a WitError becomes err(its text); any
# other exception still fails the call.
from dataclasses import dataclass
from wit_world import WitError


@dataclass
class Point:
    x: int
    y: int


@export
def divide(a: int, b: int) -> int:
    if b == 0:
        raise WitError(f"cannot divide {a} by zero")
    return a // b


@export
def parse_point(text: str) -> Point:
    parts = text.split(",")
    if len(parts) != 2:
        raise WitError("expected x,y")
    return Point(int(parts[0]), int(parts[1]))


@export
def check(name: str) -> None:
    for c in name:
        if not c.isalpha():
            raise WitError(f"bad character {c!r} in {name!r}")
    print(f"{name} is fine")


@export
def plain(n: int) -> int:
    return n + 1
