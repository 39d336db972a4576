# Evaluation order and aliasing that a compiler can get wrong: print() evaluates every argument
# before it turns any into text; += and *= on a list change the list itself.
class Box:
    items: list[int]

    def __init__(self) -> None:
        self.items = [1]


def main() -> None:
    xs = [1, 2]
    print(xs, xs.pop())
    print(len(xs), xs.append(7), xs, [xs.pop(), 9][0], xs)
    t = xs
    t += [5]
    print(xs, t)
    u = xs
    u *= 2
    print(xs, u)
    u *= 0
    print(xs, u, len(xs))
    rows = [[1], [2]]
    rows[0] += [10, 11]
    r = rows[1]
    rows[1] *= 3
    print(rows, r)
    b = Box()
    alias = b.items
    b.items += [2, 3]
    print(alias, b.items)
    s = "ab"
    s += "c"
    n = 3
    n *= 2
    print(s, n)


main()
