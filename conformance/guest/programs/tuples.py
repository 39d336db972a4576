# Tuples: displays, annotations, indexing, unpacking (also nested and in loops), tuple returns,
# comparison, printing, tuples as dict keys and sorting lists of tuples.


def divmod_pair(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


def min_max(xs: list[float]) -> tuple[float, float]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return (lo, hi)


q, r = divmod_pair(17, 5)
print(q, r, divmod_pair(-7, 2))
lo, hi = min_max([2.5, -1.0, 9.25])
print(lo, hi)

point = (3, "three", 3.0, True)
print(point, point[0], point[-1], point[1], len(point))
single = (42,)
empty: tuple[()] = ()
print(single, empty, len(empty))

a = 1
b = 2
a, b = b, a
print(a, b)
(x, y), z = (10, 20), 30
print(x, y, z)

pairs = [(1, "one"), (2, "two"), (3, "three")]
for n, word in pairs:
    print(n, word)
print(pairs)
print([w for _, w in pairs], {k: v for k, v in pairs})
for i, (n, word) in enumerate(pairs):
    print(i, n, word)

print((1, 2) == (1, 2), (1, 2) != (1, 3), (1, 2) < (1, 3), ("b", 1) > ("a", 9), (1, "a") <= (1, "a"))

grid: dict[tuple[int, int], str] = {}
grid[(0, 0)] = "origin"
grid[(2, -1)] = "east"
grid[0, 1] = "north"
print(grid, (2, -1) in grid, (5, 5) in grid, grid[(0, 1)])

scores = [("carol", 90), ("alice", 95), ("bob", 90), ("dave", 70)]
ranked = sorted([(-s, name) for name, s in scores])
print(ranked)
print([name for _, name in ranked[:2]])
nested = ((1, 2), (3, (4, 5)))
print(nested, nested[1][1][0])
print(str((1.5, "x")), repr(("it's", 'say "hi"')), f"{(1, 2)}")
for pair in enumerate("ab"):
    print(pair)
print((1, 2) in [(1, 2), (3, 4)], [(1, 2), (3, 4)].index((3, 4)))
