# dict(): from a dict (a copy), a list of pairs, zip() and enumerate(), keyword arguments, and empty.
def main() -> None:
    words = ["pear", "fig", "kiwi"]
    sizes = dict(zip(words, [len(w) for w in words]))
    print(sizes, dict(enumerate(words)), dict([("a", 1), ("b", 2), ("a", 3)]))
    copy = dict(sizes)
    copy["plum"] = 4
    print(sizes, copy, dict(red=1, green=2), dict(sizes, fig=30))
    empty: dict[str, list[int]] = dict()
    empty["x"] = [1]
    print(empty, len(dict(zip(words, words))))


main()
