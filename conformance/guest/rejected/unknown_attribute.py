class Point:
    x: int

    def __init__(self) -> None:
        self.x = 0


p = Point()
p.z = 1
