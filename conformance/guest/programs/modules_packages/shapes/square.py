from shapes.base import Shape, Kind


class Square(Shape):
    side: float

    def __init__(self, side: float) -> None:
        super().__init__("square", Kind.SQUARE)
        self.side = side

    def area(self) -> float:
        return self.side * self.side
