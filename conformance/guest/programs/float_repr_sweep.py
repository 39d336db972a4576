# repr() and round() of 3,000 pseudo-random floats from 1e-270 to 1e270: the shortest repr that reads
# back (17 digits correctly rounded when it takes 17), and round(x, n) half to even on the exact value.
# (Found by comparing 20,000 such values with CPython: 17-digit reprs were off by one in the last
# digit, about 0.6 % of them, before the fix.)
def main() -> None:
    seed = 2024
    lines = 0
    for i in range(3000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        m = seed % 1048576 * 1048576 + (seed >> 11) % 1048576
        k = (seed >> 3) % 1800 - 900
        x = float(m) / 1099511627776.0 * 2.0 ** k
        if seed % 5 == 0:
            x = -x
        n = (seed >> 17) % 19 - 4
        r = round(x, n) if -1e20 < x < 1e20 else x
        print(repr(x), n, repr(r))
        lines += 1
    print(lines)


main()
