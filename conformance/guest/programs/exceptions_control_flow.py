class Shape:
    def area(self) -> float:
        raise NotImplementedError("area")


class Sq(Shape):
    side: float

    def __init__(self, side: float) -> None:
        if side < 0:
            raise ValueError("negative side")
        self.side = side

    def area(self) -> float:
        return self.side * self.side


def f(n: int) -> int:
    for i in range(5):
        try:
            try:
                if i == n:
                    return i * 100
                if i == 3:
                    break
            finally:
                print("inner finally", i)
        except ZeroDivisionError:
            print("never")
        finally:
            print("outer finally", i)
    return -1


shapes: list[Shape] = [Sq(2.0), Shape()]
for s in shapes:
    try:
        print(s.area())
    except NotImplementedError as e:
        print("not implemented:", e, repr(e))
try:
    Sq(-1.0)
except ValueError as e:
    print(e)
print(f(1))
print(f(9))
try:
    vals = [10 // (3 - k) for k in range(5)]
except ZeroDivisionError as e:
    print("comp:", e)
d = {"a": 1}
try:
    print(d["a"], d["b"])
except KeyError as e:
    print("missing", e)
def g() -> str:
    try:
        return "try"
    finally:
        print("g finally")
print(g())
x: int | None = None
try:
    x = int("5")
    x = int("nope")
except ValueError:
    pass
print(x)
n = 0
while n < 3:
    n += 1
    try:
        if n == 2:
            continue
        print("body", n)
    finally:
        print("fin", n)
