# More str methods: searching with start/end, partition, splitlines, split with maxsplit and rsplit,
# padding, strip with an argument, case conversion and classification, prefixes.


def searches() -> None:
    words = ["", "a", "abc", "abcabc", "aaaa", "xa,b,,c,", "héllo wörld é"]
    subs = ["", "a", "bc", "aa", ",", "é", "zz"]
    bounds = [0, 1, 2, -1, -3, 5, 10, -20]
    for w in words:
        for sub in subs:
            print(repr(w), repr(sub), w.rfind(sub), w.find(sub, 1), w.rfind(sub, 1), w.count(sub, 1),
                  w.startswith(sub, 1), w.endswith(sub, 0, -1))
            row: list[str] = []
            for a in bounds:
                for b in bounds:
                    row.append(str(w.find(sub, a, b)) + "/" + str(w.rfind(sub, a, b)) + "/" + str(w.count(sub, a, b))
                               + "/" + str(w.startswith(sub, a, b))[0] + str(w.endswith(sub, a, b))[0])
            print(" ".join(row))
    print("a.b.c".find(".", None, 3), "a.b.c".rfind(".", 2, None), "a.b.c".count(".", None, None))
    print("hello".rindex("l"), "hello".index("l", 3), "hello".rindex("l", 0, 3), "aXbXc".rindex("X"))
    for args in [("l", 4, 5), ("z", 0, 5), ("", 6, 5)]:
        try:
            print("hello".rindex(args[0], args[1], args[2]))
        except ValueError as e:
            print("ValueError:", e)
        try:
            print("hello".index(args[0], args[1], args[2]))
        except ValueError as e:
            print("ValueError:", e)
    name = "report.tar.gz"
    print(name.endswith((".gz", ".zip")), name.endswith((".zip", ".rar")), name.startswith(("rep", "x")),
          name.startswith(()), name.endswith(("",)), name.startswith(("tar", "port"), 2), name.endswith(("tar",), 0, 10))


def partitions() -> None:
    for s in ["key=value", "key=", "=value", "novalue", "", "a=b=c", "==", "naïve=café"]:
        print(s.partition("="), s.rpartition("="))
    head, sep, tail = "user@example.com".partition("@")
    print(head, sep, tail, "user@example.com".rpartition(".")[2])
    print("a--b--c".partition("--"), "a--b--c".rpartition("--"), "abc".partition("abc"), "abc".rpartition("abcd"))
    try:
        print("abc".partition(""))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print("abc".rpartition(""))
    except ValueError as e:
        print("ValueError:", e)


def lines() -> None:
    for s in ["", "one", "one\n", "one\ntwo", "one\r\ntwo\r\n", "a\rb\r\rc", "\n\n", "x\x0by\x0cz\x1cw\x1dv\x1eu",
              "tab\there\n  indented\n", "\r\n\r\n", "end\r"]:
        print(s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
    # (repr() of \x85 and \u2028 differs in the guest runtime, so these pieces are shown by length)
    odd = "p\x85q\u2028r\u2029s\x85"
    print([len(x) for x in odd.splitlines()], [len(x) for x in odd.splitlines(True)], odd.splitlines()[2])
    text = "first line\nsecond line\r\n\nfourth"
    for i, line in enumerate(text.splitlines()):
        print(i, repr(line))


def splits() -> None:
    for s in ["a,b,c", ",a,,b,", "", ",", "abc", "a,b,c,d"]:
        for n in [-1, 0, 1, 2, 5]:
            print(repr(s), n, s.split(",", n), s.rsplit(",", n), s.split(",", maxsplit=n), s.rsplit(sep=",", maxsplit=n))
        print(s.rsplit(","), s.split(sep=","))
    for s in ["  a b  c  ", "", "   ", "one", "\ta\nb\r\nc ", " x  y "]:
        for n in [-1, 0, 1, 2]:
            print(repr(s), n, s.split(None, n), s.rsplit(None, n), s.split(maxsplit=n), s.rsplit(maxsplit=n))
        print(s.rsplit(), s.split(None), s.rsplit(None))
    seps = "a\x1cb\x1d c\x1e\x1fd\x1c"
    print(seps.split(), seps.rsplit(None, 1), seps.split(None, 1), repr(seps.strip()), "\x1c\x1f".isspace())
    print("aaa".split("aa"), "aaa".rsplit("aa"), "aaaa".rsplit("aa", 1), "é,ü,ö".rsplit(",", 1), "x--y--z".rsplit("--"))
    path = "/usr/local/lib/python3/site.py"
    parts = path.rsplit("/", 1)
    print(parts[0], parts[1], path.split("/", 2))
    for sep in ["", ""]:
        try:
            print("abc".split(sep, 1))
        except ValueError as e:
            print("ValueError:", e)
        try:
            print("abc".rsplit(sep))
        except ValueError as e:
            print("ValueError:", e)


def strips() -> None:
    for s in ["xxhixx", "hi", "", "xxx", "yxhixy", "--==title==--", "ééaéé", "  spaced  "]:
        for chars in ["x", "xy", "", "-=", "é", " ", "abcxyz"]:
            print(repr(s), repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
    print(repr("  both  ".strip(None)), repr("  left".lstrip(None)), repr("right  ".rstrip(None)))
    print("www.example.com".strip("cmowz."), "0042".lstrip("0"), "3.1400".rstrip("0").rstrip("."))


def padding() -> None:
    for s in ["", "a", "ab", "abc", "abcd", "héé"]:
        for w in [-1, 0, 2, 3, 4, 5, 6, 7, 8]:
            print(repr(s), w, "[" + s.ljust(w) + "]", "[" + s.rjust(w, "*") + "]", "[" + s.center(w) + "]",
                  "[" + s.center(w, "é") + "]", s.zfill(w))
    for s in ["42", "-42", "+42", "-", "+", "", "3.14", "-3.14", "abc", "--1", "0"]:
        print(repr(s), s.zfill(6), s.zfill(1), s.zfill(0))
    print("|" + "name".ljust(10, ".") + "|" + "1.50".rjust(8) + "|" + "ok".center(6, "-") + "|")
    for fill in ["", "ab"]:
        try:
            print("x".center(5, fill))
        except TypeError as e:
            print("TypeError:", e)
        try:
            print("xyz".ljust(1, fill))
        except TypeError as e:
            print("TypeError:", e)


def cases() -> None:
    for s in ["hello world", "HELLO WORLD", "hello", "", "they're bill's friends from the UK", "a1b2 c3d4",
              "mIxEd CaSe 123", "_under_score", "x", "1st place", "ALL-CAPS.and_more"]:
        print(repr(s), s.title(), s.capitalize(), s.swapcase(), s.islower(), s.isupper(), s.isalnum(),
              s.isnumeric(), s.isdecimal(), s.isascii())
    for s in ["123", "0", "", "12.5", "-1", "abc123", "ABC", "abc", "A1", "1a", " ", "٣"]:
        if s.isascii():
            print(repr(s), s.isalnum(), s.isnumeric(), s.isdecimal(), s.islower(), s.isupper())
        else:
            print(repr(s), "not ASCII")
    print("naïve".isascii(), "".isascii())


def prefixes() -> None:
    for s in ["test_case", "test", "", "case_test", "tést_x"]:
        print(repr(s.removeprefix("test")), repr(s.removesuffix("test")), repr(s.removeprefix("")),
              repr(s.removesuffix("")), repr(s.removeprefix("tést_")))


def main() -> None:
    searches()
    partitions()
    lines()
    splits()
    strips()
    padding()
    cases()
    prefixes()


if __name__ == "__main__":
    main()
