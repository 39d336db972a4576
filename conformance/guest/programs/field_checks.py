# Reading a field that was never assigned raises AttributeError, also where the compiler leaves out
# the test for fields that every constructor assigns first (these are read here too).


class Node:
    leaf: bool
    left: "Node"

    def __init__(self, leaf: bool) -> None:
        self.leaf = leaf


class Point:
    x: int
    y: int

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y * 2


class Labeled(Point):
    label: str

    def __init__(self, label: str) -> None:
        self.label = label  # Point.__init__ is not called: x and y stay unassigned


class Shifted(Point):
    dx: int

    def __init__(self, x: int, dx: int) -> None:
        super().__init__(x + dx, 0)
        self.dx = dx


class Early:
    v: int

    def __init__(self) -> None:
        self.show()
        self.v = 1

    def show(self) -> None:
        try:
            print("v early", self.v)
        except AttributeError as e:
            print("early read:", e)


def total(p: Point) -> int:
    return p.x + p.y


n = Node(True)
print(n.leaf)
try:
    print(n.left.leaf)
except AttributeError as e:
    print("caught:", e)
print(total(Point(2, 3)))
print(total(Shifted(1, 4)), Shifted(1, 4).dx)
try:
    print(total(Labeled("a")))
except AttributeError:
    print("caught AttributeError for a subclass that skips __init__")
print(Labeled("b").label)
e = Early()
print(e.v)
