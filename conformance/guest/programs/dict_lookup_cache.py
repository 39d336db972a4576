# The runtime remembers the last key a dict lookup found (so that d[k] = d.get(k, 0) + 1 looks k up
# once). Every way a dict can change between two lookups of the same key must leave the answers
# right: removals (del, pop, popitem, set.discard, clear), growth, other dicts, a collection
# between the two lookups (the key's address reused), and keys of each kind.


def count(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def churn(n: int) -> int:
    # allocates enough short-lived strs to make the collector run between lookups
    total = 0
    for i in range(n):
        s = "k" + str(i % 7)
        total += len(s * 3)
    return total


def main() -> None:
    words = "a b a c b a d e a b".split()
    c = count(words)
    print(sorted(c.items()))

    d: dict[str, int] = {"x": 1, "y": 2, "z": 3}
    k = "y"
    print(d.get(k, 0))
    del d["y"]
    print(d.get(k, -1), k in d)
    d[k] = 20
    print(d[k], list(d.keys()))
    print(d.pop("x"), d.get("z"), d.get("x", -5))
    d["w"] = 4
    last = d.popitem()
    print(last, d)
    d.clear()
    print(d.get("z", 99), len(d))

    # removal moves the last entry into the hole: the remembered entry number must not be reused
    e: dict[int, str] = {}
    for i in range(10):
        e[i] = str(i)
    print(e.get(3))
    e.pop(3)
    print(e.get(9), e.get(3, "gone"), e[9])

    # growth keeps entries: the remembered one is still right after the arrays are rebuilt
    g: dict[str, int] = {"first": 1}
    key = "first"
    print(g[key])
    for i in range(100):
        g["n" + str(i)] = i
    print(g[key], g["n99"], len(g))

    # two dicts with the same key
    a: dict[str, int] = {"k": 1}
    b: dict[str, int] = {"k": 2}
    kk = "k"
    print(a[kk], b[kk], a[kk] + b[kk])

    # a collection between two lookups of equal but different key objects
    h: dict[str, int] = {}
    for i in range(200):
        name = "key" + str(i % 13)
        h[name] = h.get(name, 0) + i
        if i % 50 == 0:
            churn(3000)
    print(sorted(h.items())[:4], len(h))

    # sets share the dict's table
    s: set[str] = {"p", "q", "r"}
    probe = "q"
    print(probe in s)
    s.discard("q")
    print(probe in s, sorted(s))
    s.add("q")
    print(probe in s, len(s))

    # bool and tuple keys
    f: dict[bool, int] = {True: 1, False: 2}
    print(f.get(True), f.get(False))
    del f[True]
    print(f.get(True, 0), f.get(False))
    t: dict[tuple[int, str], int] = {(1, "a"): 10}
    key2 = (1, "a")
    t[key2] = t.get(key2, 0) + 5
    print(t[(1, "a")])


main()
