class Circle:
    r: float

    def __init__(self, r: float) -> None:
        self.r = r

    @property
    def area(self) -> float:
        return 3.14 * self.r * self.r


c = Circle(1.0)
c.area = 2.0
