# Variable-length tuples, tuple[T, ...]: as parameter, return, field, local and container element
# types; tuple(iterable); displays typed by their context; fixed tuples converting where a
# tuple[T, ...] is expected; len, indexing, slicing, iteration, in, comparison, hash, repr/str/print
# and f-strings, + and *, index/count, sorted/list/min/max/sum/any/all, unpacking, comprehensions.
from dataclasses import dataclass


def mean(samples: tuple[float, ...]) -> float:
    return sum(samples) / len(samples)


def evens(n: int) -> tuple[int, ...]:
    return tuple(i for i in range(n) if i % 2 == 0)


def total(xs: tuple[int, ...]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


def describe(t: tuple[int, ...] | None) -> str:
    if t is None:
        return "none"
    if not t:
        return "empty"
    return f"{len(t)} items from {t[0]} to {t[-1]}"


def with_defaults(t: tuple[int, ...] = (1, 2), names: tuple[str, ...] = ()) -> str:
    return str(t) + " " + str(names)


@dataclass
class Route:
    name: str
    stops: tuple[str, ...]
    weights: tuple[float, ...] = ()


class Shape:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name


class Square(Shape):
    pass


def shape_names(shapes: tuple[Shape, ...]) -> list[str]:
    return [s.name for s in shapes]


def part1() -> None:
    print(mean((1.0, 2.0, 4.5)), mean((3.0,)))
    scores = [3, 1, 2]
    frozen = tuple(sorted(scores))
    print(frozen, evens(7), evens(0), evens(2), total(frozen), total((4, 5)), total(()))
    print(describe(None), describe(()), describe((7, 8, 9)), describe(frozen))
    print(with_defaults(), with_defaults((5,)), with_defaults(names=("a", "b")))


# module variables that the parts below share
t: tuple[int, ...] = (3, 1, 2)
one: tuple[str, ...] = ("solo",)
empty: tuple[float, ...] = ()
floats: tuple[float, ...] = (1.5, -0.0, 2.25e-10)


# displays, one-item and empty tuples, repr/str/print/f-strings
def part2() -> None:
    print(t, one, empty)
    print(repr(t), str(one), repr(empty), f"{t}|{one!r}|{empty}|{one!s:>10}|{t!r:<12}|")
    print(len(t), len(one), len(empty), bool(t), bool(empty))
    print(floats, (True, False), tuple("é✓"))


# tuple(iterable) of every kind of iterable
def part3() -> None:
    d = {"b": 1, "a": 2}
    print(tuple([4, 5]), tuple("abc"), tuple(range(3)), tuple({3, 1, 2}), tuple(b"hi"))
    print(tuple(d), tuple(d.keys()), tuple(d.values()), tuple(d.items()))
    print(tuple(x * x for x in range(4)), tuple([x for x in "ab"]), tuple(map(str, (1, 2))))
    print(tuple(filter(None, (0, 1, 2))), tuple(zip((1, 2), "ab")), tuple(enumerate("xy")), tuple(t) == t)


# indexing (negative too), slicing (gives a tuple), iteration
def part4() -> None:
    print(t[0], t[-1], t[1], t[-3], t[1:], t[::-1], t[5:], t[:-1], t[::2], t[-10:10])
    for i, v in enumerate(t):
        print(i, v, end="; ")
    print()
    for num, letter in zip(t, ("x", "y", "z")):
        print(num, letter, end="; ")
    print()
    for r in reversed(t):
        print(r, end=" ")
    print()
    print(*t, sep=", ")


# in, comparison (lexicographic, then by length), hash
def part5() -> None:
    print(2 in t, 7 in t, 7 not in t, "solo" in one, 1.5 in floats)
    print(t == (3, 1, 2), t != (3, 1, 2), t == tuple([3, 1, 2]), t == (3, 1), t < (3, 1, 3), t > (3,))
    print((1, 2) < (1, 2, 0), (1, 2, 3) <= (1, 3), () < (0,), t >= t, empty == ())
    print(hash(t) == hash((3, 1, 2)), hash(tuple([1, 2, 3])), hash((1, 2, 3)), hash(()), hash((1,)))
    print(hash((1.5, 2.0)), hash(tuple([1.5, 2.0])), hash((True, False)), hash(evens(5)))


# + and * (new tuples), index and count
def part6() -> None:
    print(t + (9,), (0,) + t, t + t, t * 2, 2 * t, t * 0, t * -1, one * 3)
    print((1, 2) + (3, "a"), (1, 2) * 2, () + (), (0,) * len(t))
    print(t.index(2), t.count(1), one.count("x"), (1, 2, 1).count(1), ("a", "b").index("b"))
    acc: tuple[int, ...] = ()
    for n in range(4):
        acc += (n,)
    acc *= 2
    print(acc, t)
    grown = [0]
    same = grown
    grown += (1, 2)
    grown += acc[:2]
    print(grown, same, max(t, (3, 1)), min((2,), t))


# builtins over tuples
def part7() -> None:
    print(sorted(t), sorted(t, reverse=True), list(t), min(t), max(t), sum(t), sum(floats))
    print(sorted(("pear", "fig", "apple"), key=len), max(("pear", "fig", "apple"), key=len))
    print(any((False, True)), all((True, False)), any(()), all(()), any(x > 2 for x in t))
    print(set(t) == {1, 2, 3}, list((1, 2)), sorted((3, 1, 2)), " ".join(("a", "b")), "-".join(tuple("xyz")))
    print("archive.zip".endswith((".tar", ".zip")), "x".startswith(tuple(["a", "b"])), min(floats), max(evens(9)))


# unpacking
def part8() -> None:
    a, b, c = t
    print(a, b, c)
    first, *rest = t
    *init, last = t
    print(first, rest, init, last)
    for name, n in (("one", 1), ("two", 2)):
        print(name, n, end="; ")
    print()


# comprehensions and element types
def part9() -> None:
    print([x * 2 for x in t], {x: str(x) for x in t}, [len(s) for s in (t, evens(3), ())])
    lists: list[tuple[int, ...]] = [(3,), (1, 2), (1,), ()]
    lists.sort()
    print(lists, sorted([(2, 1), (1, 2, 3), (1, 2)]))
    mixed_lengths = [(1, 2), (3,), ()]
    print(mixed_lengths, mixed_lengths[1] + mixed_lengths[0])
    keys: dict[tuple[str, ...], int] = {("a",): 1, ("a", "b"): 2}
    keys[("c",)] = 3
    keys[tuple("ab")] += 10
    print(keys, keys[("a", "b")], ("a",) in keys, ("z",) in keys, keys.get(()))
    seen: set[tuple[int, ...]] = {(1, 2), (1,), ()}
    seen.add(tuple([1, 2]))
    seen.add((2,))
    print(len(seen), sorted(seen))
    nested: tuple[tuple[int, ...], ...] = ((1, 2), (3,), ())
    print(nested, nested[1], len(nested[2]), (3,) in nested, tuple(tuple(range(i)) for i in range(3)))
    pairs: tuple[tuple[str, int], ...] = (("a", 1), ("b", 2))
    print(dict(pairs), [k for k, _ in pairs], max(pairs, key=lambda p: p[1]))
    route = Route("loop", ("A", "B", "A"))
    print(route, route == Route("loop", ("A", "B", "A")), route.stops.count("A"), Route("x", (), (0.5,)))
    squares: tuple[Square, ...] = (Square("s1"), Square("s2"))
    print(shape_names(squares), shape_names((Shape("c"), Square("s"))))
    maybe: tuple[int | None, ...] = (1, None, 3)
    print(maybe, maybe.count(None), None in maybe, maybe.index(3))
    chosen = (1, 2) if len(t) > 2 else (3,)
    print(chosen, isinstance(chosen, tuple), type(t).__name__)
    print(1 in (1, 2, 3), "z" in ("a", "b"), [x for x in (10, 20)], sum(len(s) for s in ("ab", "c")))


# fixed tuples: concatenation, repetition by a literal and slices with literal bounds stay fixed
def part10() -> None:
    point = (3, "three", 3.0)
    x3, s3, f3, x4, s4, f4 = point + point
    print(point[1:], point[::-1], point[:1], point[5:], point[-2:-1], point + point, (0,) * 3, ("a", 1) * 0)
    print(x3, s3, f3, x4, s4, f4, sorted("banana"), sorted("cab", reverse=True))
    # an index computed at run time, on a tuple of one item type (or of tuples that join)
    sizes = (10, 20, 30)
    rows = ((1, 2), (3,))
    for i in range(-3, 3):
        print(sizes[i], rows[i % 2], end="; ")
    print()
    try:
        print(sizes[len(sizes)])
    except IndexError as e:
        print("IndexError:", e)


# the errors CPython raises, caught
def part11() -> None:
    for bad in [5, -4]:
        try:
            print(t[bad])
        except IndexError as e:
            print("IndexError:", e)
    try:
        t.index(99)
    except ValueError as e:
        print("ValueError:", e)
    try:
        x, y = t
    except ValueError as e:
        print("ValueError:", e)
    try:
        w, x, y, z = t
    except ValueError as e:
        print("ValueError:", e)
    try:
        p, *q, r, s = evens(3)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(min(empty))
    except ValueError as e:
        print("ValueError:", e)


part1()
part2()
part3()
part4()
part5()
part6()
part7()
part8()
part9()
part10()
part11()
