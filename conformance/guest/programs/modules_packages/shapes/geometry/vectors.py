class Vec:
    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def add(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def describe(self) -> str:
        return f"({self.x}, {self.y})"


def dot(a: Vec, b: Vec) -> float:
    return a.x * b.x + a.y * b.y


def origin() -> Vec:
    return Vec(0.0, 0.0)
