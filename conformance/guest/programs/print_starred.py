# print() with *iterable arguments: each element printed with str(), separated by sep; an empty
# iterable adds nothing.
def main() -> None:
    xs = [1, 2, 3]
    empty: list[int] = []
    print(*xs)
    print("a", *xs, "b", sep="-")
    print(*empty)
    print("x", *empty, "y")
    print(*"abc", sep="", end="!\n")
    print(*[1.5, 2.0], *[True, False], *range(2))
    print(*sorted({"b": 1, "a": 2}), sep=", ")


def outer() -> None:
    xs = ["p", "q"]

    def inner() -> None:
        print(*xs, sep="+")

    inner()


main()
outer()
