class Shape:
    name: str
    sides: int

    def __init__(self, name: str, sides: int) -> None:
        self.name = name
        self.sides = sides

    def describe(self) -> str:
        return f"{self.name} with {self.sides} sides"

    def __str__(self) -> str:
        return "Shape(" + self.name + ")"


class Square(Shape):
    side: float

    def __init__(self, side: float) -> None:
        super().__init__("square", 4)
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Counter:
    count: int
    history: list[int]

    def __init__(self) -> None:
        self.count = 0
        self.history = []

    def add(self, n: int = 1) -> "int":
        self.count += n
        self.history.append(self.count)
        return self.count


def total_sides(shapes: list[Shape]) -> int:
    t = 0
    for s in shapes:
        t += s.sides
    return t


sq = Square(2.5)
tri = Shape("triangle", 3)
print(sq.describe(), sq.area(), tri.describe())
print(sq, str(tri), f"{sq}!")
shapes: list[Shape] = [tri, sq]
print(total_sides(shapes), len(shapes))
c = Counter()
c.add()
c.add(5)
print(c.add(n=2), c.count, c.history)
sq.side = 3.0
sq.sides += 1
print(sq.area(), sq.sides)
boxes: list[Counter] = []
for i in range(2000):
    b = Counter()
    b.add(i)
    if i % 500 == 0:
        boxes.append(b)
print(len(boxes), boxes[-1].count, boxes[2].history)
