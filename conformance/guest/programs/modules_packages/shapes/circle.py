import math
from shapes.base import Shape, Kind

print("shapes.circle loading as", __name__)


class Circle(Shape):
    r: float

    def __init__(self, r: float) -> None:
        super().__init__("circle", Kind.ROUND)
        self.r = r

    def area(self) -> float:
        return math.pi * self.r * self.r

    @property
    def diameter(self) -> float:
        return 2 * self.r

    @classmethod
    def of_diameter(cls, d: float) -> "Circle":
        return cls(d / 2)

    @staticmethod
    def unit_area() -> float:
        return math.pi
