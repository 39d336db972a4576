# float(repr(x)) == x for 2,000 pseudo-random floats from 1e-270 to 1e270, and float() of rounded
# decimals (found 12 % of large-exponent round trips off by an ulp before m was split in two).
def main() -> None:
    seed = 99
    bad = 0
    for i in range(2000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        m = seed % 1048576 * 1048576 + (seed >> 11) % 1048576
        k = (seed >> 3) % 1800 - 900
        x = float(m) / 1099511627776.0 * 2.0 ** k
        if float(repr(x)) != x:
            bad += 1
            if bad < 5:
                print("mismatch", repr(x), repr(float(repr(x))))
        y = float(str(round(x, 3))) if -1e15 < x < 1e15 else float(repr(x))
        print(repr(y))
    print("bad", bad)


main()
