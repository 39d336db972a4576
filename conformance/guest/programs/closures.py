from typing import Callable


def make_counter(start: int) -> Callable[[], int]:
    count = start

    def step() -> int:
        nonlocal count
        count += 1
        return count

    return step


def make_adder(n: int) -> Callable[[int], int]:
    return lambda x: x + n


def apply_twice(f: Callable[[int], int], x: int) -> int:
    return f(f(x))


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    def h(x: int) -> int:
        return g(f(x))
    return h


def square(x: int) -> int:
    return x * x


def fib_memo(n: int) -> int:
    memo: dict[int, int] = {}

    def fib(k: int) -> int:
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        r = fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r

    return fib(n)


def late_binding() -> list[int]:
    fs: list[Callable[[], int]] = []
    i = 0
    while i < 3:
        fs.append(lambda: i * 10)
        i += 1
    return [f() for f in fs]


def shared_state() -> str:
    log: list[str] = []
    total = 0

    def add(s: str) -> None:
        nonlocal total
        log.append(s)
        total += len(s)

    def report() -> str:
        return ",".join(log) + "=" + str(total)

    add("ab")
    add("cde")
    return report()


def outer_inner(a: int) -> int:
    def middle(b: int) -> int:
        def inner(c: int) -> int:
            return a * 100 + b * 10 + c
        return inner(b + 1)
    return middle(a + 1)


c = make_counter(10)
print(c(), c(), c())
c2 = make_counter(0)
print(c2(), c())
add5 = make_adder(5)
print(add5(1), apply_twice(add5, 0), apply_twice(square, 3), apply_twice(lambda v: v - 1, 10))
inc_then_square = compose(make_adder(1), square)
print(inc_then_square(4), compose(square, add5)(4))
print(fib_memo(50), late_binding(), shared_state(), outer_inner(1))

words = ["banana", "Apple", "cherry", "kiwi", "date", "fig"]
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: -p[0]))
nums = [5, -3, 2, -8, 7]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda v: v % 3, reverse=True)
print(nums)
ops: dict[str, Callable[[int, int], int]] = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
for name in ["add", "mul"]:
    print(name, ops[name](6, 7))
table: list[Callable[[int], int]] = [square, add5, make_adder(-1)]
print([f(3) for f in table])
check: Callable[[str], bool] = lambda s: s.startswith("a")
print(check("apple"), check("pear"))
greet: Callable[[str], None] = lambda who: print("hi", who)
greet("ada")
print(sorted({3, 1, 2}, key=lambda v: -v))
