# str.join() of any iterable of str: a list, a str's characters, a dict's keys (insertion order),
# generator expressions, map() and sorted sets.
def main() -> None:
    d = {"b": 1, "a": 2}
    words = ["pear", "fig"]
    print(", ".join(d), "".join("abc"), "-".join(reversed("abc")), "+".join(sorted(d)))
    print("/".join(w.upper() for w in words), " ".join(map(str, range(3))), ",".join(sorted({"z", "y"})))


main()
