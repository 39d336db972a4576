# @export functions over int (s64), float (f64) and bool; the top-level code runs once, before the first call.
calls: int = 0


@export
def add(a: int, b: int) -> int:
    global calls
    calls += 1
    return a + b


@export
def scale(x: float, by: float) -> float:
    return x * by


@export
def is_even(n: int) -> bool:
    return n % 2 == 0


@export
def negate(flag: bool) -> bool:
    return not flag


@export
def divide(a: int, b: int) -> int:
    return a // b


@export
def shout(n: int) -> None:
    print("value", n)
