# str.format() of a literal: automatic, positional and named fields, conversions, format specs, and
# braces; every argument evaluated once, in order, before formatting.
calls: list[str] = []


def note(s: str) -> str:
    calls.append(s)
    return s


def main() -> None:
    print("{} has {:>5} items".format("cart", 3))
    print("{0}-{1}-{0}".format("a", "b"), "{name} is {age:03d}".format(name="Ann", age=7))
    print("{!r} {!s} {:.2f} {:,} {:<6}|{:^7}|".format("q", "s", 3.14159, 1234567, "left", "mid"))
    print("{{literal}} {}".format(42), "no fields".format(), "{:x} {:08.3f} {:+d}".format(255, 2.5, 5))
    print("{1}{0}".format(note("first"), note("second")), calls)
    total = 0.1 + 0.2
    print("total={}, half={:.1%}".format(total, 0.5))


main()
