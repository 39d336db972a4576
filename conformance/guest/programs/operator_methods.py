# Operators on instances through their methods: __add__, __sub__, __mul__, __truediv__,
# __floordiv__, __mod__, __pow__ and the reflected __radd__/__rmul__ (2 * v), __neg__/__pos__, the
# rich comparisons __lt__/__le__/__gt__/__ge__ with their reflections (a > b falls back to b's
# __lt__), augmented assignment through the plain operator, and the left operand evaluated first.

order: list[str] = []


class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vec") -> "Vec":
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __truediv__(self, k: float) -> "Vec":
        return Vec(self.x / k, self.y / k)

    def __neg__(self) -> "Vec":
        return Vec(-self.x, -self.y)

    def __pos__(self) -> "Vec":
        return self

    def __lt__(self, other: "Vec") -> bool:
        return self.norm2() < other.norm2()

    def __le__(self, other: "Vec") -> bool:
        return self.norm2() <= other.norm2()

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)

    def __radd__(self, other: int) -> "Money":
        return Money(self.cents + other)

    def __floordiv__(self, n: int) -> "Money":
        return Money(self.cents // n)

    def __mod__(self, n: int) -> "Money":
        return Money(self.cents % n)

    def __pow__(self, n: int) -> int:
        return self.cents ** n

    def __gt__(self, other: "Money") -> bool:
        return self.cents > other.cents

    def __ge__(self, other: "Money") -> bool:
        return self.cents >= other.cents

    def __str__(self) -> str:
        return f"${self.cents // 100}.{self.cents % 100:02d}"


def tag(name: str, v: Vec) -> Vec:
    order.append(name)
    return v


a = Vec(1.0, 2.0)
b = Vec(3.0, -1.0)
print(a + b, a - b, a * 2.0, 0.5 * a, a / 4.0, -a, +b)
print(a < b, a <= b, a > b, a >= b, b < a, b > a)
c = a
c += b
c -= Vec(0.5, 0.5)
print(c, a)
print(tag("left", a) > tag("right", b), order)
m = Money(1999)
print(m + Money(1), 1 + m, m // 3, m % 7, Money(3) ** 2, m > Money(5), m < Money(5), m >= Money(1999), m <= Money(1))
total = Money(0)
for cents in [250, 199, 1]:
    total = total + Money(cents)
print(total, sum([1, 2]) + m)
