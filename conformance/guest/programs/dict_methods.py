# dict methods beyond get(): pop, setdefault, update, clear, copy, del, and keys()/values()/items()
# used as values (snapshot lists in the guest language), list(d) and sorted(d).


def word_index(text: str) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, w in enumerate(text.split()):
        index.setdefault(w, []).append(i)
    return index


def main() -> None:
    d: dict[str, int] = {"a": 1, "b": 2, "c": 3, "d": 4}
    print(d.pop("b"), d)
    d["b"] = 20  # a popped key comes back at the end
    print(d, list(d), sorted(d))
    print(d.pop("zz", -1), d.pop("a", 0), d)
    try:
        d.pop("missing")
    except KeyError as e:
        print("KeyError", e, repr(e))
    del d["c"]
    print(d)
    try:
        del d["c"]
    except KeyError as e:
        print("del:", repr(e))
    ints: dict[int, str] = {1: "one", 2: "two"}
    try:
        ints.pop(99)
    except KeyError as e:
        print("int key:", repr(e))
    tup: dict[tuple[int, str], int] = {(1, "x"): 5}
    try:
        del tup[(2, "y")]
    except KeyError as e:
        print("tuple key:", repr(e))
    print(tup.pop((1, "x")), len(tup))

    # setdefault
    counts: dict[str, int] = {}
    for ch in "hello world":
        counts.setdefault(ch, 0)
        counts[ch] += 1
    print(counts)
    print(counts.setdefault("h", 100), counts.setdefault("z", 100), counts["z"])
    print(word_index("the cat and the hat and the bat"))
    opt: dict[str, int | None] = {}
    print(opt.setdefault("k"), opt)
    maybe = d.pop("nothing", None)
    print(maybe, d.pop("d", None), d)

    # popitem: the last entry first
    stack: dict[str, float] = {"x": 1.5, "y": 2.5}
    stack["z"] = 3.5
    stack.pop("y")
    stack["y"] = 4.5
    while stack:
        key, value = stack.popitem()
        print(key, value, len(stack))
    try:
        stack.popitem()
    except KeyError as e:
        print("popitem:", repr(e))

    # update, copy, clear
    e: dict[str, int] = {"x": 1, "y": 2}
    e.update({"y": 20, "z": 30})
    print(e)
    e.update([("w", 0), ("x", 10)])
    print(e)
    e.update(e)
    print(e)
    f = e.copy()
    f["new"] = 1
    f.pop("x")
    print(e, f, len(e), len(f))
    floats: dict[str, float] = {"p": 0.5}
    floats.update({"q": 2.5})
    print(floats)
    print(floats.pop("q"), floats.pop("r", 7.0), floats)
    f.clear()
    print(f, len(f), bool(f))
    f["again"] = 2
    print(f)

    # | and |= (|= changes the dict itself)
    m1: dict[str, int] = {"a": 1, "b": 2}
    m2: dict[str, int] = {"b": 20, "c": 30}
    print(m1 | m2, m2 | m1, m1)
    same = m1
    m1 |= m2
    m1 |= [("z", 26)]
    print(same)
    nested: dict[str, dict[str, int]] = {"in": {"a": 1}}
    nested["in"] |= {"b": 2}
    print(nested)

    # views as snapshot lists
    g: dict[str, int] = {"one": 1, "two": 2, "three": 3}
    print(sorted(g.keys()), list(g.values()), list(g.items()))
    print(len(g.keys()), "two" in g.keys(), 5 in g.values(), ("one", 1) in g.items())
    print(sorted(g.items()), sorted(g.values(), reverse=True), max(g.values()), sum(g.values()))
    print(", ".join(g.keys()), [k.upper() for k in g.keys()], {v: k for k, v in g.items()})
    ks = list(g.keys())
    g["four"] = 4
    print(ks, list(g))
    print(sorted(g, key=len), sorted(g, reverse=True))

    # del on list items
    xs = [10, 20, 30, 40, 50]
    del xs[1]
    del xs[-1]
    print(xs)
    del xs[0], xs[0]
    print(xs)
    try:
        del xs[5]
    except IndexError as err:
        print("IndexError:", err)

    # many removals keep the order, and the index stays right
    big: dict[int, int] = {}
    for i in range(1000):
        big[i * 7 % 1000] = i
    for i in range(0, 1000, 3):
        del big[i]
    for i in range(1, 1000, 3):
        big.pop(i)
    for i in range(0, 1000, 6):
        big[i] = -i
    keys = list(big)
    print(len(big), keys[:5], keys[-5:], sum(big.values()))
    ok = True
    for k in keys:
        if k not in big:
            ok = False
    for i in range(1000):
        if (i % 3 == 2 or i % 6 == 0) != (i in big):
            ok = False
    print(ok)
    words: dict[str, int] = {}
    for i in range(300):
        words["w" + str(i)] = i
    for i in range(0, 300, 2):
        words.pop("w" + str(i))
    print(len(words), list(words)[:3], words["w299"], "w298" in words)

    # mutating a dict while iterating over it
    h: dict[int, int] = {1: 1, 2: 2, 3: 3}
    try:
        for k in h:
            if k == 2:
                h.pop(k)
    except RuntimeError as err:
        print("RuntimeError:", err)
    print(h)
    try:
        for k in h.keys():
            del h[k]
    except RuntimeError as err:
        print("RuntimeError:", err)
    h[7] = 7
    for k in list(h):
        if k != 7:
            del h[k]
    print(h, sorted(h.items()))


main()
