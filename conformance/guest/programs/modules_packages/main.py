# A program in several modules and packages: every form of import the compiler supports.
import math
import util
import util as u
from util import clamp, Counter, LIMIT
import shapes.geometry.vectors
from shapes import registry
from shapes.geometry.vectors import Vec, dot
from shapes.base import Shape, Kind
import shapes.circle as circle

print("main starts as", __name__)
print(util.clamp(15), u.clamp(-3), clamp(7), LIMIT, util.LIMIT)
c = Counter("clicks")
c.bump()
c.bump(5)
print(c.describe())
print(util.counters_made())

v = Vec(1.5, 2.0)
w = shapes.geometry.vectors.Vec(3.0, -1.0)
print(v.add(w).describe(), dot(v, w), shapes.geometry.vectors.origin().describe())

sq = registry.make_square(2.0)
ci = circle.Circle(1.0)
everything: list[Shape] = [sq, ci, registry.make_square(0.5)]
for s in everything:
    print(s.describe(), f"{s.area():.3f}", s.kind == Kind.ROUND)
print(registry.count(), registry.names)
print(util.total_area(everything))


def safe_clamp(x: int) -> str:
    try:
        return str(util.strict_clamp(x))
    except util.OutOfRange as e:
        return "out of range: " + str(e)
    except ValueError as e:
        return "value error: " + str(e)


print(safe_clamp(3), safe_clamp(99), safe_clamp(-1))
print(util.history)


def counter_line(k: util.Counter) -> str:
    return k.describe().upper()


print(counter_line(c), sorted([12, -4, 5], key=util.clamp))
try:
    raise util.OutOfRange("raised in main")
except ValueError as e:
    print(type(e).__name__, e)
from shapes.registry import make_square, names
print(make_square(3.0).area(), names)
big = circle.Circle.of_diameter(10.0)
print(big.diameter, f"{big.area():.2f}", f"{circle.Circle.unit_area():.4f}", big.unit_area() == math.pi)
