# The guest standard library's math module: compiled with a program that imports it (names are
# prefixed "math."). Only functions whose results match CPython's bit for bit are here: no exp, log
# or trigonometry yet (the guest has no libm; an approximation would print different digits).

pi: float = 3.141592653589793
e: float = 2.718281828459045
tau: float = 6.283185307179586
inf: float = __bits_float(9218868437227405312)
nan: float = __bits_float(9221120237041090560)


def sqrt(x: float) -> float:
    if x < 0.0:
        __raise("ValueError", "math domain error")
    return __sqrt(x)


def floor(x: float) -> int:
    return int(__floor(x))


def ceil(x: float) -> int:
    return int(__ceil(x))


def trunc(x: float) -> int:
    return int(x)


def fabs(x: float) -> float:
    return abs(x)


def isnan(x: float) -> bool:
    return x != x


def isinf(x: float) -> bool:
    return x == inf or x == -inf


def isfinite(x: float) -> bool:
    return not isnan(x) and not isinf(x)


def copysign(x: float, y: float) -> float:
    magnitude = __float_bits(x) & 9223372036854775807
    sign = __float_bits(y) & (-9223372036854775807 - 1)
    return __bits_float(magnitude | sign)


def gcd(a: int, b: int) -> int:
    a = abs(a)
    b = abs(b)
    while b != 0:
        t = a % b
        a = b
        b = t
    return a


def factorial(n: int) -> int:
    if n < 0:
        __raise("ValueError", "factorial() not defined for negative values")
    r = 1
    i = 2
    while i <= n:
        r = r * i
        i = i + 1
    return r


def isclose(a: float, b: float, rel_tol: float = 1e-09, abs_tol: float = 0.0) -> bool:
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol
