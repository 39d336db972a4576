# int(s, base): bases 2 to 36 and 0 (from the prefix), prefixes, underscores, signs, whitespace, and
# CPython's errors.
def main() -> None:
    cases = [("ff", 16), ("FF", 16), ("0xff", 16), ("0x_ff", 16), ("-0b101", 2), ("0o17", 8), ("z", 36),
             ("  +12_34 ", 10), ("0x1f", 0), ("0b11", 0), ("0o7", 0), ("0", 0), ("00", 0), ("-10", 0),
             ("7fffffffffffffff", 16), ("-8000000000000000", 16), ("1010", 2), ("12", 3)]
    for text, base in cases:
        print(repr(text), base, int(text, base))
    print(int("11", base=2), int("zz", 36))
    for text, base in [("010", 0), ("12", 2), ("", 16), ("0x", 16), ("1__0", 10), ("_1", 10), ("5", 1), ("ab", 37)]:
        try:
            print(int(text, base))
        except ValueError as e:
            print("ValueError:", e)
        except OverflowError as e:
            print("OverflowError:", e)


main()
