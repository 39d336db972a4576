# set methods and operators: union, intersection, difference, symmetric_difference (of sets and
# other iterables), issubset/issuperset/isdisjoint and <=, <, >=, >, pop, remove, discard, clear,
# copy, update and the in-place operators (which change the set itself, as other names see).


def empty_set() -> set[int]:
    return set()


def main() -> None:
    a = {1, 2, 3, 4}
    b = {3, 4, 5}
    print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
    print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
    print(sorted(a.union([9, 8], {7})), sorted(a.intersection([2, 3, 99], {3, 2, 1})), sorted(a.difference([1], [4])))
    print(sorted(a.symmetric_difference([4, 5, 6])), sorted(a.union()), sorted(a))
    letters = {"a", "b", "c"}
    print(sorted(letters.union("cde")), sorted(letters.intersection("abba")), sorted(letters.difference({"a": 1})))

    # subsets
    small = {3, 4}
    print(small.issubset(a), a.issubset(small), a.issuperset(small), small.issuperset(a))
    print(small <= a, small < a, a <= a, a < a, a >= small, a > small, a >= a, a > a, b <= a)
    print(a.isdisjoint(b), a.isdisjoint({10, 11}), a.isdisjoint([5, 6]), empty_set().isdisjoint(a))
    empty: set[int] = set()
    print(empty <= a, empty < a, empty < empty, empty.issubset(empty), a.issubset([1, 2, 3, 4, 5]))

    # pop, remove, discard
    one = {"only"}
    print(one.pop(), len(one))
    try:
        one.pop()
    except KeyError as e:
        print("KeyError:", repr(e))
    c = {5, 1, 4}
    popped: list[int] = []
    while c:
        popped.append(c.pop())
    print(sorted(popped), len(c))
    d = {10, 20}
    d.discard(10)
    d.discard(99)
    try:
        d.remove(99)
    except KeyError as e:
        print("remove:", repr(e))
    words = {"x", "y"}
    try:
        words.remove("z")
    except KeyError as e:
        print("remove:", repr(e), e)
    print(sorted(d), sorted(words))

    # copy, clear, update
    e = a.copy()
    e.add(100)
    print(sorted(a), sorted(e))
    e.update([7], {8, 9})
    print(sorted(e))
    e.clear()
    print(len(e), sorted(e))

    # in-place operators change the set itself
    f = {1, 2, 3}
    alias = f
    f |= {4}
    print(sorted(f), sorted(alias))
    f &= {1, 2, 4, 9}
    print(sorted(alias))
    f -= {1}
    print(sorted(alias))
    f ^= {2, 5}
    print(sorted(alias))
    f ^= f
    print(sorted(alias), len(f))
    g = {1, 2, 3}
    g.intersection_update([2, 3, 4])
    print(sorted(g))
    g.difference_update({3})
    print(sorted(g))
    g.symmetric_difference_update({2, 6})
    print(sorted(g))
    g -= g
    print(sorted(g))
    box: dict[str, set[int]] = {"k": {1}}
    inner = box["k"]
    box["k"] |= {2}
    print(sorted(inner), sorted(box["k"]))

    # larger sets with str elements (the collector runs meanwhile)
    evens = {"n" + str(i) for i in range(0, 3000, 2)}
    threes = {"n" + str(i) for i in range(0, 3000, 3)}
    both = evens & threes
    either = evens | threes
    print(len(both), len(either), len(evens - threes), len(evens ^ threes))
    work = set(evens)
    work &= threes
    print(work == both, both <= evens, both < threes, either >= evens, evens.isdisjoint(threes))
    work ^= either
    print(len(work), work == evens ^ threes)
    total = 0
    while work:
        total += len(work.pop())
    print(total)


main()
