# Builtins over any iterable: list(), min()/max() with key and default, sum() with a start, map()
# and filter() (lazy in loops), and iterator builtins as arguments of the functions that consume them.
def shout(w: str) -> str:
    print("shout", w)
    return w.upper()


def main() -> None:
    words = ["pear", "fig", "apple", "kiwi"]
    xs = [3, 1, 4, 1, 5]
    fs = [2.5, 0.5, 1.0]
    print(list(range(4)), list(range(10, 0, -3)), list(xs), list("abc"))
    print(list(enumerate(words)), list(zip(words, xs)), list(reversed(xs)))
    copy = list(xs)
    copy.append(9)
    print(xs, copy)
    empty: list[int] = list()
    print(empty, list({"b": 1, "a": 2}))
    print(min(words), max(words), min("b", "a"), max("b", "a", "c"))
    print(max(words, key=len), min(words, key=len), min(xs, key=lambda v: -v))
    print(max(empty, default=-1), min(xs, default=0), max(fs), min(fs, key=lambda f: abs(f - 1.2)))
    print(max("hello"), min(x * 2 for x in xs), max(range(5)), min(map(len, words)))
    print(max((len(w), w) for w in words))
    print(sum(xs, 10), sum(fs, 0.25), sum(range(101)), sum(map(len, words)), sum([0.1] * 10, 1))
    print(sum((x for x in xs), start=100))
    print(list(map(str, xs)), list(map(lambda a, b: a * b, xs, [2, 3])), " ".join(map(str, xs)))
    print(list(filter(lambda v: v > 2, xs)), list(filter(None, [0, 1, 2, 0])), sorted(filter(None, words)))
    for w in map(shout, words[:2]):
        print("got", w)
    for i, w in enumerate(filter(lambda w: len(w) > 3, words)):
        print(i, w)
    print(any(map(lambda v: v > 4, xs)), all(map(lambda v: v > 0, xs)), sorted(map(lambda w: w[::-1], words)))
    print(sorted(set(map(len, words))), sorted(set(x % 3 for x in xs)))
    print(list(range(3)) + list(range(2)))
    try:
        print(max(x for x in xs if x > 10))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(min(list("")))
    except ValueError as e:
        print("ValueError:", e)


main()
