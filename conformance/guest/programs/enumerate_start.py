# enumerate() with a start, positional or by keyword, in loops, comprehensions and list().
def main() -> None:
    words = ["pear", "fig", "kiwi"]
    for i, w in enumerate(words, start=1):
        print(i, w)
    for i, w in enumerate(words, 10):
        print(i, w)
    print([(i, c) for i, c in enumerate("ab", -1)], list(enumerate(words, start=5)))
    print(sum(i for i, _ in enumerate(words, 100)))


main()
