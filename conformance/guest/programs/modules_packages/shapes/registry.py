from shapes import square
from shapes.square import Square

names: list[str] = []
_count = 0


def make_square(side: float) -> Square:
    global _count
    _count += 1
    names.append("square" + str(_count))
    return square.Square(side)


def count() -> int:
    return _count
