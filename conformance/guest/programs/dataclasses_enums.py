from dataclasses import dataclass
from enum import Enum


@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


@dataclass
class Point3(Point):
    z: int = 0


@dataclass
class Item:
    name: str
    price: float
    tags: list[str]
    note: str | None = None


@dataclass
class Line:
    start: Point
    end: Point


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def is_warm(self) -> bool:
        return self == Color.RED


class Suit(Enum):
    HEARTS = "h"
    SPADES = "s"


@dataclass
class Card:
    rank: int
    suit: Suit


p = Point(3, -4)
q = Point(x=3, y=-4)
print(p, repr(q), p == q, p != q, p == Point(3))
print(Point(1), p.norm1(), Point3(1, 2, 3), Point3(1) == Point3(1, 0, 0))
item = Item("pen", 1.5, ["office", "cheap"])
print(item)
item.note = "blue ink"
print(item.note, item)
line = Line(Point(0, 0), Point(2, 2))
print(line, line == Line(Point(0, 0), Point(2, 2)), line.end.x)
p.x += 10
print(p)

print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
for c in Color:
    print(c.name, c.value, c.is_warm(), f"{c}")
print(Color(2), Color["BLUE"], Color(2) == Color.GREEN, Color.RED != Color.GREEN, Color.RED is Color.RED)
counts: dict[Color, int] = {}
for c in [Color.RED, Color.BLUE, Color.RED]:
    counts[c] = counts.get(c, 0) + 1
print(counts[Color.RED], Color.GREEN in counts, len(counts))
print([s.value for s in Suit], Suit("s"), repr(Suit.HEARTS))
hand = [Card(10, Suit.HEARTS), Card(3, Suit.SPADES)]
print(hand[0], hand[0] == Card(10, Suit.HEARTS), hand[1] == hand[0])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Suit["CLUBS"]
except KeyError as e:
    print("KeyError:", e)
