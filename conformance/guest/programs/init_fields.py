# Fields declared by __init__ instead of the class body, as mypy reads them: self.x: T = v (also
# with no value), and self.x = v typed by an annotated parameter, a literal or a constructor call,
# at any depth of if/for/try; subclasses inherit them; a field assigned on one branch only raises
# AttributeError when read before it is assigned.


class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


class Shape:
    def __init__(self, name: str, origin: Point, closed: bool = True) -> None:
        self.name = name
        self.origin = origin
        self.closed = closed
        self.points: list[Point] = []
        self.count = 0
        self.scale = 1.0
        self.label = f"<{name}>"
        self.center = Point(0.0, 0.0)
        self.note: str | None = None
        if closed:
            self.kind = "polygon"
        for i in range(2):
            self.count += i
        try:
            self.checked: bool = True
        finally:
            self.steps = -3

    def add(self, p: Point) -> None:
        self.points.append(p)
        self.count += 1


class Square(Shape):
    def __init__(self, side: float) -> None:
        super().__init__("square", Point(1.0, 2.0))
        self.side = side
        self.tags: dict[str, int] = {"corners": 4}


s = Square(2.5)
s.add(Point(3.0, 4.0))
print(s.name, s.origin, s.closed, s.points, s.count, s.scale, s.label, s.center, s.note, s.kind, s.checked, s.steps)
print(s.side, s.tags)
s.note = "drawn"
s.scale *= 2
print(s.note, s.scale)
open_shape = Shape("line", Point(0.5, 0.5), False)
print(open_shape.closed, open_shape.points)
try:
    print(open_shape.kind)
except AttributeError as e:
    print("AttributeError:", e)
