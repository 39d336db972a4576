# isinstance(): user classes (single inheritance, narrowing in the branch), builtin types, optional
# values and tuples of classes.
from typing import Optional


class Shape:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0


class Rect(Shape):
    w: float
    h: float

    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


class Square(Rect):
    side: float

    def __init__(self, side: float) -> None:
        super().__init__(side, side)
        self.side = side


class Circle(Shape):
    r: float

    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r


class Holder:
    item: Optional[Shape]

    def __init__(self, item: Optional[Shape]) -> None:
        self.item = item


def describe(s: Shape) -> str:
    if isinstance(s, Square):
        return f"square of side {s.side}"
    elif isinstance(s, Rect):
        return f"rect {s.w}x{s.h}"
    elif isinstance(s, Circle):
        return f"circle r={s.r}"
    return "shape " + s.name


def main() -> None:
    shapes: list[Shape] = [Rect(2.0, 3.0), Square(2.0), Circle(1.5), Shape("blob")]
    for s in shapes:
        print(describe(s), isinstance(s, Shape), isinstance(s, Rect), isinstance(s, (Circle, Square)))
    print(len([s for s in shapes if isinstance(s, Rect)]))
    maybe: Optional[Shape] = None
    print(isinstance(maybe, Shape), isinstance(maybe, object))
    maybe = Circle(2.0)
    print(isinstance(maybe, Shape), isinstance(maybe, Circle), isinstance(maybe, Rect))
    if isinstance(maybe, Circle) and maybe.r > 1.0:
        print("big circle", maybe.r)
    h = Holder(Square(4.0))
    if isinstance(h.item, Rect):
        print("holder has a rect", h.item.w, h.item.area())
    if not isinstance(h.item, Circle):
        print("not a circle")
    n = 3
    flag = True
    x: Optional[int] = 5
    print(isinstance(n, int), isinstance(flag, int), isinstance(flag, bool), isinstance(n, bool),
          isinstance(n, float), isinstance("s", str), isinstance([1], list), isinstance({1: 2}, dict),
          isinstance((1, 2), tuple), isinstance(x, int), isinstance(n, (str, int)))
    x = None
    print(isinstance(x, int))
    for k in range(3):
        try:
            if k == 0:
                raise ValueError("bad value")
            elif k == 1:
                raise KeyError("key")
            raise ZeroDivisionError("zero")
        except Exception as e:
            print(isinstance(e, ValueError), isinstance(e, LookupError), isinstance(e, (KeyError, ArithmeticError)))


main()
