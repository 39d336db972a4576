# Tuple assignment in loops: Fibonacci, gcd and extended Euclid returning tuples.


def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def gcd(a: int, b: int) -> int:
    while b != 0:
        a, b = b, a % b
    return a


def egcd(a: int, b: int) -> tuple[int, int, int]:
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


print([fib(n) for n in range(15)], fib(90))
print(gcd(1071, 462), gcd(17, 5), egcd(240, 46), egcd(17, 5))
