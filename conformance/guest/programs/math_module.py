import math
from math import sqrt, pi, isclose


def hypotenuse(a: float, b: float) -> float:
    return sqrt(a * a + b * b)


print(math.sqrt(2.0), sqrt(16), hypotenuse(3, 4))
print(math.floor(2.7), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.9), math.trunc(-7.9))
print(math.pi, pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isfinite(2.0))
print(math.fabs(-3.5), math.copysign(2.0, -0.0), math.copysign(-3.0, 1.0))
print(math.gcd(48, 18), math.gcd(-12, 8), math.gcd(0, 5), math.factorial(10), math.factorial(0))
print(isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
area = pi * 2.5 ** 2
print(f"{area:.4f}", math.floor(area))
try:
    math.sqrt(-1.0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.floor(math.nan)
except ValueError as e:
    print("ValueError:", e)
try:
    math.ceil(math.inf)
except OverflowError as e:
    print("OverflowError:", e)
