# @export functions over @dataclass classes (WIT records, types of the world) and Enum subclasses (WIT enums).
from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    DARK_BLUE = 3


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Shape:
    name: str
    color: Color
    corners: list[Point]
    label: str | None
    scale: float
    visible: bool


@dataclass
class Labeled(Point):
    text: str


@export
def shift(p: Point, dx: int) -> Point:
    return Point(p.x + dx, p.y)


@export
def describe(s: Shape) -> str:
    return f"{s.name} {s.color.name} {len(s.corners)} {s.label} {s.scale} {s.visible}"


@export
def square(name: str, side: int) -> Shape:
    corners = [Point(0, 0), Point(side, 0), Point(side, side), Point(0, side)]
    return Shape(name, Color.GREEN, corners, None, 1.5, side > 0)


@export
def next_color(c: Color) -> Color:
    if c == Color.RED:
        return Color.GREEN
    if c == Color.GREEN:
        return Color.DARK_BLUE
    return Color.RED


@export
def palette() -> list[Color]:
    return [c for c in Color]


@export
def centroid(ps: list[Point]) -> Point | None:
    if len(ps) == 0:
        return None
    return Point(sum([p.x for p in ps]) // len(ps), sum([p.y for p in ps]) // len(ps))


@export
def tag(p: Point, text: str) -> Labeled:
    print(f"tagging {p}")
    return Labeled(p.x, p.y, text + "!")


@export
def area(s: Shape) -> int:
    if len(s.corners) < 3:
        raise ValueError(f"{s.name} has {len(s.corners)} corners")
    xs = [p.x for p in s.corners]
    ys = [p.y for p in s.corners]
    return (max(xs) - min(xs)) * (max(ys) - min(ys))


@export
def stress(ps: list[Point], names: list[str], rounds: int) -> list[Labeled]:
    # allocates far more than the initial heap: the collector runs while the arguments are live
    junk: list[list[int]] = []
    for r in range(rounds):
        junk.append([r] * 1000)
        if len(junk) > 50:
            junk = []
    return [Labeled(p.x + rounds, p.y, names[i % len(names)] * 2) for i, p in enumerate(ps)]
