def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n: int) -> int:
    return 1 if n <= 1 else n * fact(n - 1)


def gcd(a: int, b: int) -> int:
    if b == 0:
        return a
    return gcd(b, a % b)


def hanoi(n: int, src: str, dst: str, via: str, moves: list[str]) -> None:
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)


print(fib(20))
print(fact(20), gcd(1071, 462))
m: list[str] = []
hanoi(4, "A", "C", "B", m)
print(len(m), m[0], m[-1])
